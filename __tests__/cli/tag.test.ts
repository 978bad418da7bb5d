// `tag` points new tags at the manifest a tag or digest names, the same bytes, with no blob read
// or uploaded: checked on the requests a proxy in front of the registry saw.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchDirectories } from '../support/end-to-end.js';
import { startRegistryProxy, type RegistryProxy } from '../support/proxy.js';
import { manifest, tags } from '../support/registry-state.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { checkout, publishWithCli, runCli } from './cli.js';

const scratch = scratchDirectories();
let registry: TestRegistry;
let proxy: RegistryProxy;
let dir: string;
let digest: string;

beforeAll(async () => {
  registry = await startRegistry();
  proxy = await startRegistryProxy(registry.origin);
  dir = await checkout(scratch);
  const outputs = await publishWithCli(dir, `oci://${registry.host}/app`, [
    '--tag',
    'v1.0.0',
    '--promote',
    '',
  ]);
  digest = outputs.digest!;
}, 120_000);

afterAll(async () => {
  await proxy?.stop();
  await registry?.stop();
  await scratch.removeAll();
});

describe('tag', () => {
  it('points each tag at the same manifest bytes without touching a blob', async () => {
    proxy.requests.length = 0;
    const result = await runCli(
      ['tag', `oci://${proxy.host}/app:v1.0.0`, '--tag', 'stable', '--tag', 'prod,edge'],
      { cwd: dir },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.trimEnd().split('\n')).toEqual(
      ['stable', 'prod', 'edge'].map((t) => `${proxy.host}/app:${t}@${digest}`),
    );
    const original = (await manifest(registry, 'app', 'v1.0.0'))!;
    for (const tag of ['stable', 'prod', 'edge']) {
      expect((await manifest(registry, 'app', tag))!.bytes.equals(original.bytes)).toBe(true);
    }
    expect(proxy.requests.filter((r) => r.path.includes('/blobs/'))).toEqual([]);
  });

  it('tags by digest and prints JSON', async () => {
    const result = await runCli(
      ['tag', `oci://${registry.host}/app@${digest}`, '-t', 'from-digest', '-o', 'json'],
      { cwd: dir },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      digest,
      tags: [`${registry.host}/app:from-digest`],
    });
    expect((await manifest(registry, 'app', 'from-digest'))!.digest).toBe(digest);
  });

  it('tags in an OCI layout', async () => {
    const published = await publishWithCli(dir, 'oci-layout:layout', [
      '--tag',
      'v2',
      '--promote',
      '',
    ]);
    const result = await runCli(['tag', 'oci-layout:layout:v2', '--tag', 'stable'], { cwd: dir });
    expect(result.status, result.stderr).toBe(0);
    const listed = await runCli(['list', 'oci-layout:layout', '-o', 'json'], { cwd: dir });
    expect(JSON.parse(listed.stdout)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ tag: 'stable', digest: published.digest }),
        expect.objectContaining({ tag: 'v2', digest: published.digest }),
      ]),
    );
  });

  it('adds no tag when one of them is invalid', async () => {
    const before = await tags(registry, 'app');
    const result = await runCli(
      ['tag', `oci://${registry.host}/app:v1.0.0`, '--tag', 'good', '--tag', 'not good'],
      { cwd: dir },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^error: --tag 'not good' is not a tag/);
    expect(await tags(registry, 'app')).toEqual(before);
  });
});
