// `pull` extracts what Flux's own puller (fluxcd/pkg/oci and tar, in .tools/bin/flux-pull)
// extracts, byte for byte, for our artifacts, for artifacts `flux push` wrote and for layers no
// tool would write; refuses what Flux refuses; and extracts nothing from an artifact that does not
// verify.
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consume, runConsumer } from '../support/consumers.js';
import { MANIFESTS, scratchDirectories, testCosignKey } from '../support/end-to-end.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { checkout, outputsOf, publishWithCli, runCli } from './cli.js';
import { craftedLayer, pushArtifact } from './crafted.js';
import { snapshot } from './tree.js';

const scratch = scratchDirectories();
let registry: TestRegistry;
let work: string;
let signedDigest: string;
let publicKey: string;

beforeAll(async () => {
  registry = await startRegistry();
  work = await checkout(scratch);
  await publishWithCli(work, `oci://${registry.host}/app`, ['--tag', 'ours', '--promote', '']);
  const keys = await scratch.make('keys-');
  const key = testCosignKey('pull-test-password');
  await writeFile(join(keys, 'cosign.key'), key.pem);
  publicKey = join(keys, 'cosign.pub');
  await writeFile(publicKey, key.publicKeyPEM);
  const signing = ['--promote', '', '--sign', '--cosign-key', join(keys, 'cosign.key')];
  const password = { COSIGN_PASSWORD: key.password };
  const signed = await publishWithCli(
    work,
    `oci://${registry.host}/signed`,
    ['--tag', 'v1', ...signing],
    password,
  );
  signedDigest = signed.digest!;
  await publishWithCli(work, 'oci-layout:layout', ['--tag', 'v1', ...signing], password);
  await consume('flux-push', [
    '--url',
    `${registry.host}/app:flux`,
    '--path',
    MANIFESTS,
    '--source',
    'https://github.com/larkspur-labs/manifests',
    '--revision',
    'main@sha1:0123456789abcdef0123456789abcdef01234567',
  ]);
  const past = new Date('2024-05-06T07:08:09Z');
  await pushArtifact(
    registry,
    'app',
    'crafted',
    await craftedLayer([
      { name: './', type: 'directory', mode: 0o755, mtime: past },
      // A file before its directory: its parent is made 0750, and stays so.
      { name: 'late/first.yaml', mode: 0o640, mtime: past, content: 'a: 1\n' },
      { name: 'late/', type: 'directory', mode: 0o711, mtime: past },
      { name: 'locked/', type: 'directory', mode: 0o500, mtime: past },
      { name: 'locked/secret.yaml', mode: 0o600, mtime: past, content: 'b: 2\n' },
      { name: 'run.sh', mode: 0o755, mtime: past, content: '#!/bin/sh\necho hi\n' },
      { name: 'link', type: 'symlink', linkname: 'run.sh', mtime: past },
      { name: 'escape', type: 'symlink', linkname: '../../etc/passwd', mtime: past },
      { name: 'hard', type: 'link', linkname: 'run.sh', mtime: past },
      { name: `deep/${'x'.repeat(120)}.yaml`, mode: 0o644, mtime: past, content: 'c: 3\n' },
      { name: './dotted/file.yaml', mode: 0o4755, mtime: past, content: 'd: 4\n' },
      { name: 'future.yaml', mode: 0o644, mtime: new Date('2999-01-01T00:00:00Z'), content: '' },
    ]),
    { 'org.opencontainers.image.source': 'crafted', 'org.opencontainers.image.revision': 'r1' },
  );
}, 120_000);

afterAll(async () => {
  await registry?.stop();
  await scratch.removeAll();
});

/** What flux-pull and our pull extract from `tag`, and what each printed. */
async function bothPull(tag: string) {
  const dir = await scratch.make('pull-');
  const theirs = join(dir, 'flux');
  const ours = join(dir, 'ours');
  const flux = JSON.parse(
    await consume('flux-pull', ['--url', `${registry.host}/app:${tag}`, '--output', theirs]),
  ) as Record<string, string>;
  const result = await runCli(['pull', `oci://${registry.host}/app:${tag}`, '--output', ours], {
    cwd: dir,
  });
  expect(result.status, result.stderr).toBe(0);
  return { theirs, ours, flux, outputs: outputsOf(result.stdout) };
}

describe('pull', () => {
  it.each(['ours', 'flux'])(
    'extracts the tree flux-pull extracts from the %s artifact',
    async (tag) => {
      const { theirs, ours, flux, outputs } = await bothPull(tag);
      const tree = await snapshot(ours);
      expect(Object.keys(tree).length).toBeGreaterThan(10);
      expect(tree).toEqual(await snapshot(theirs));
      expect(outputs).toMatchObject({
        digest: flux.digest,
        source: flux.source,
        revision: flux.revision,
      });
    },
  );

  it('extracts a crafted layer (links, odd modes, long names) as flux-pull does', async () => {
    const { theirs, ours } = await bothPull('crafted');
    const tree = await snapshot(ours);
    const expected = await snapshot(theirs);
    // Times later than the extraction are clamped to its start, which differs between the two.
    expect(tree['future.yaml']!.mtimeMs).toBeLessThanOrEqual(Date.now() / 1000);
    delete tree['future.yaml']!.mtimeMs;
    delete expected['future.yaml']!.mtimeMs;
    expect(tree).toEqual(expected);
    expect(tree).not.toHaveProperty('link');
    expect(tree['locked']).toMatchObject({ kind: 'directory', mode: '700' });
    expect(tree['hard']).toMatchObject({ kind: 'file' });
  });

  it.each([
    { name: '../escape.yaml', why: 'a parent reference' },
    { name: '/etc/absolute.yaml', why: 'an absolute name' },
    { name: 'back\\slash.yaml', why: 'a backslash' },
  ])('refuses $why as flux-pull does, and writes nothing', async ({ name }) => {
    const tag = `refused-${Buffer.from(name).toString('hex').slice(0, 16)}`;
    await pushArtifact(
      registry,
      'app',
      tag,
      await craftedLayer([
        { name: 'ok.yaml', mode: 0o644, content: 'a: 1\n' },
        { name, mode: 0o644, content: 'evil\n' },
      ]),
    );
    const dir = await scratch.make('refused-');
    const flux = await runConsumer('flux-pull', [
      '--url',
      `${registry.host}/app:${tag}`,
      '--output',
      join(dir, 'flux'),
    ]);
    expect(flux.exitCode).not.toBe(0);
    const result = await runCli(['pull', `oci://${registry.host}/app:${tag}`, '-o', 'out'], {
      cwd: dir,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^error: Cannot extract layer .*Flux refuses\. \[ARTIFACT_LAYER_INVALID\]\n$/,
    );
    expect((await readdir(dir)).sort()).toEqual(['flux']);
  });

  it('stops at --max-size, writing nothing', async () => {
    await pushArtifact(
      registry,
      'app',
      'large',
      await craftedLayer([
        { name: 'big.bin', mode: 0o644, content: Buffer.alloc(2 * 1024 * 1024) },
      ]),
    );
    const dir = await scratch.make('large-');
    const result = await runCli(
      ['pull', `oci://${registry.host}/app:large`, '-o', 'out', '--max-size', '1MiB'],
      { cwd: dir },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--max-size');
    expect(await readdir(dir)).toEqual([]);
    const unlimited = await runCli(
      ['pull', `oci://${registry.host}/app:large`, '-o', 'out', '--max-size', '0'],
      { cwd: dir },
    );
    expect(unlimited.status, unlimited.stderr).toBe(0);
  });

  it('extracts a signed artifact that verifies with the key', async () => {
    const dir = await scratch.make('verified-');
    const result = await runCli(
      ['pull', `oci://${registry.host}/signed:v1`, '-o', 'out', '--key', publicKey],
      { cwd: dir },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(outputsOf(result.stdout).digest).toBe(signedDigest);
    expect(Object.keys(await snapshot(join(dir, 'out')))).toContain('README.md');
  });

  it('verifies and extracts from an OCI layout as from a registry', async () => {
    const layout = `oci-layout:${join(work, 'layout')}:v1`;
    const verified = await runCli(['verify', layout, '--key', publicKey], { cwd: work });
    expect(verified.status, verified.stdout + verified.stderr).toBe(0);
    const dir = await scratch.make('from-layout-');
    const result = await runCli(['pull', layout, '-o', 'out', '--key', publicKey], { cwd: dir });
    expect(result.status, result.stderr).toBe(0);
    const fromRegistry = await bothPull('ours');
    expect(await snapshot(join(dir, 'out'))).toEqual(await snapshot(fromRegistry.ours));
  });

  it.each([
    { artifact: 'signed:v1', what: 'signed with another key' },
    { artifact: 'app:ours', what: 'not signed' },
  ])('refuses an artifact $what and writes no file', async ({ artifact }) => {
    const dir = await scratch.make('unverified-');
    const other = join(await scratch.make('key-'), 'other.pub');
    await writeFile(other, testCosignKey('unused').publicKeyPEM);
    const result = await runCli(
      ['pull', `oci://${registry.host}/${artifact}`, '-o', 'out', '--key', other],
      { cwd: dir },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('nothing was extracted');
    expect(await readdir(dir)).toEqual([]);
  });
});
