// The config and manifest bytes: the exact shape Flux reads, serialised the same way every time.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { sha256 } from '../support/blobs.js';
import { tempDir, treeOf, writeTree } from '../support/file-tree.js';
import { build, CREATED } from './building.js';

let scratch: { path: string; remove: () => Promise<void> };
let source: string;
beforeEach(async () => {
  scratch = await tempDir();
  source = join(scratch.path, 'deploy');
  await mkdir(source);
  await writeTree(source, treeOf({ 'app.yaml': 'kind: Namespace\n' }));
});
afterEach(() => scratch.remove());

it('writes a config holding created and the tar digest as rootfs.diff_ids', async () => {
  const built = await build(source, { workspace: scratch.path });
  expect(built.config.bytes.toString()).toBe(
    `{"created":"${CREATED}","rootfs":{"type":"layers","diff_ids":["${built.diffId}"]}}`,
  );
  expect(built.config).toMatchObject({
    mediaType: 'application/vnd.cncf.flux.config.v1+json',
    digest: sha256(built.config.bytes),
    size: built.config.bytes.length,
  });
  await built.dispose();
});

it('writes the manifest Flux reads, keys in a fixed order, and gives its digest', async () => {
  const built = await build(source, { workspace: scratch.path });
  expect(built.manifest.bytes.toString()).toBe(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: {
        mediaType: 'application/vnd.cncf.flux.config.v1+json',
        digest: built.config.digest,
        size: built.config.size,
      },
      layers: [
        {
          mediaType: 'application/vnd.cncf.flux.content.v1.tar+gzip',
          digest: built.layer.digest,
          size: built.layer.size,
        },
      ],
      annotations: {
        'org.opencontainers.image.created': CREATED,
        'org.opencontainers.image.revision': 'main@sha1:6b86b273ff34fce19d6b804eff5a3f5747ada4ea',
        'org.opencontainers.image.source': 'https://github.com/example/app',
      },
    }),
  );
  expect(built.manifest.mediaType).toBe('application/vnd.oci.image.manifest.v1+json');
  expect(built.manifest.digest).toBe(sha256(built.manifest.bytes));
  await built.dispose();
});

it('merges user annotations last, keeping values that contain =', async () => {
  const built = await build(source, {
    workspace: scratch.path,
    annotations: {
      'org.opencontainers.image.source': 'https://github.com/example/monorepo',
      'com.example/query': 'a=1&b=2',
    },
  });
  const manifest = JSON.parse(built.manifest.bytes.toString()) as {
    annotations: Record<string, string>;
  };
  expect(manifest.annotations).toEqual({
    'com.example/query': 'a=1&b=2',
    'org.opencontainers.image.created': CREATED,
    'org.opencontainers.image.revision': 'main@sha1:6b86b273ff34fce19d6b804eff5a3f5747ada4ea',
    'org.opencontainers.image.source': 'https://github.com/example/monorepo',
  });
  await built.dispose();
});

it('gives the same manifest whatever order the user annotations come in', async () => {
  const one = await build(source, { workspace: scratch.path, annotations: { b: '2', a: '1' } });
  const two = await build(source, { workspace: scratch.path, annotations: { a: '1', b: '2' } });
  expect(one.manifest.bytes).toEqual(two.manifest.bytes);
  await Promise.all([one.dispose(), two.dispose()]);
});

it('gives another manifest, with the same layer, for another created time', async () => {
  const one = await build(source, { workspace: scratch.path });
  const two = await build(source, { workspace: scratch.path, created: '2025-01-01T00:00:00Z' });
  expect(two.layer.digest).toBe(one.layer.digest);
  expect(two.manifest.digest).not.toBe(one.manifest.digest);
  await Promise.all([one.dispose(), two.dispose()]);
});

it.each(['2024-05-13T13:56:21.5Z', '2024-05-13T13:56:21+02:00', '2024-13-45T99:00:00Z', ''])(
  'refuses %j as created, which is not RFC 3339 UTC with whole seconds',
  async (created) => {
    await expect(build(source, { workspace: scratch.path, created })).rejects.toThrow(/created/);
  },
);
