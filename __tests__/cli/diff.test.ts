// `diff` compares what --path would package with a published artifact on the uncompressed content:
// exit 0 equal (also for a tar and gzip Flux wrote), 1 changed with the files listed, 2 for a
// missing tag or an unreachable registry, each in one line.
import { execFileSync } from 'node:child_process';
import { chmod, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consume } from '../support/consumers.js';
import { readTree } from '../support/file-tree.js';
import { scratchDirectories } from '../support/end-to-end.js';
import { freePort, startRegistry, type TestRegistry } from '../support/registry.js';
import { checkout, publishWithCli, runCli } from './cli.js';

const scratch = scratchDirectories();
let registry: TestRegistry;
let dir: string;

beforeAll(async () => {
  registry = await startRegistry();
  dir = await checkout(scratch);
  await publishWithCli(dir, `oci://${registry.host}/app`, ['--tag', 'v1', '--promote', '']);
  await publishWithCli(dir, 'oci-layout:layout', ['--tag', 'v1', '--promote', '']);
  await consume('flux-push', [
    '--url',
    `${registry.host}/app:flux`,
    '--path',
    join(dir, 'deploy'),
    '--source',
    'https://github.com/larkspur-labs/manifests',
    '--revision',
    'main@sha1:0123456789abcdef0123456789abcdef01234567',
  ]);
}, 120_000);

afterAll(async () => {
  await registry?.stop();
  await scratch.removeAll();
});

const diff = (url: string, path: string, ...flags: string[]) =>
  runCli(['diff', url, '--path', path, ...flags], { cwd: dir });

describe('diff', () => {
  it.each(['v1', 'flux'])('exits 0 when %s holds the same content', async (tag) => {
    const result = await diff(`oci://${registry.host}/app:${tag}`, 'deploy');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('No changes');
  });

  it('compares with an OCI layout as with a registry', async () => {
    expect((await diff('oci-layout:layout:v1', 'deploy')).status).toBe(0);
    await writeFile(join(dir, 'deploy', 'extra.yaml'), 'e: 1\n');
    try {
      const result = await diff('oci-layout:layout:v1', 'deploy');
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('+ extra.yaml\n');
    } finally {
      await rm(join(dir, 'deploy', 'extra.yaml'));
    }
  });

  it('exits 1 and lists the files added, removed and changed', async () => {
    const changed = await scratch.make('changed-');
    await consume('flux-pull', ['--url', `${registry.host}/app:v1`, '--output', changed]);
    await writeFile(join(changed, 'added.yaml'), 'a: 1\n');
    await rm(join(changed, 'README.md'));
    await writeFile(join(changed, 'base', 'kustomization.yaml'), 'resources: []\n');
    const script = join(changed, 'scripts', 'render.sh');
    await chmod(script, 0o644);
    const result = await diff(`oci://${registry.host}/app:v1`, changed, '-o', 'json');
    expect(result.status, result.stderr).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({
      equal: false,
      added: ['added.yaml'],
      removed: ['README.md'],
      changed: ['base/kustomization.yaml', 'scripts/render.sh'],
    });
    const text = await diff(`oci://${registry.host}/app:v1`, changed);
    expect(text.status).toBe(1);
    expect(text.stdout.split('\n').filter(Boolean).sort()).toEqual([
      '+ added.yaml',
      '- README.md',
      '~ base/kustomization.yaml',
      '~ scripts/render.sh',
    ]);
  });

  it('lists each change with its status in the JSON, as git diff --name-status would', async () => {
    const changed = await scratch.make('changed-json-');
    await consume('flux-pull', ['--url', `${registry.host}/app:v1`, '--output', changed]);
    await writeFile(join(changed, 'added.yaml'), 'a: 1\n');
    await chmod(join(changed, 'scripts', 'render.sh'), 0o644);
    const result = await diff(`oci://${registry.host}/app:v1`, changed, '-o', 'json');
    expect(result.status, result.stderr).toBe(1);
    expect((JSON.parse(result.stdout) as { files: unknown }).files).toEqual([
      { status: 'A', path: 'added.yaml' },
      { status: 'M', path: 'scripts/render.sh' },
    ]);
  });

  it('prints with --unified a diff that git apply takes to turn the artifact into --path', async () => {
    const changed = await scratch.make('changed-unified-');
    await consume('flux-pull', ['--url', `${registry.host}/app:v1`, '--output', changed]);
    const kustomization = join(changed, 'base', 'kustomization.yaml');
    await writeFile(kustomization, `${await readFile(kustomization, 'utf8')}# reviewed\n`);
    await writeFile(join(changed, 'added.yaml'), 'a: 1\n');
    await rm(join(changed, 'README.md'));
    await chmod(join(changed, 'scripts', 'render.sh'), 0o644);
    const result = await diff(`oci://${registry.host}/app:v1`, changed, '--unified');
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout).toContain('+# reviewed\n');

    const published = await scratch.make('published-');
    await consume('flux-pull', ['--url', `${registry.host}/app:v1`, '--output', published]);
    execFileSync('git', ['apply', '-p1', '-'], { cwd: published, input: result.stdout });
    expect(await readTree(published)).toEqual(await readTree(changed));
  });

  it('exits 2 in one line when the tag does not exist', async () => {
    const result = await diff(`oci://${registry.host}/app:missing`, 'deploy');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^error: There is no artifact at .*app:missing\. .* \[ARTIFACT_NOT_FOUND\]\n$/,
    );
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('exits 2 in one line when the registry does not answer', async () => {
    const port = await freePort();
    const result = await diff(`oci://127.0.0.1:${port}/app:v1`, 'deploy');
    expect(result.status).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^error: .*127\.0\.0\.1:\d+/);
  });
});
