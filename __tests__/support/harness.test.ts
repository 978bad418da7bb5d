// The harness itself: each auth mode of the real registry accepts a push made with plain fetch,
// and skopeo, an independent reader, reads back the exact bytes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRegistry, type AuthMode, type TestRegistry } from './registry.js';
import { rawPushBlob, rawPushManifest, rawRequest } from './raw-client.js';
import { skopeoInspectRaw } from './tools.js';

it('runs on Node 24 from the npm registry', () => {
  console.log(`tests run on Node ${process.version}`);
  expect(process.versions.node.split('.')[0]).toBe('24');
});

async function pushSmallArtifact(registry: TestRegistry, repository: string, tag: string) {
  const user = registry.users.writer;
  const content = Buffer.from('hello, registry\n');
  const config = Buffer.from('{}');
  const layer = await rawPushBlob(registry, user, repository, content);
  const configDigest = await rawPushBlob(registry, user, repository, config);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.empty.v1+json', digest: configDigest, size: 2 },
      layers: [{ mediaType: 'application/octet-stream', digest: layer, size: content.length }],
    }),
  );
  const res = await rawPushManifest(registry, user, repository, tag, manifest);
  expect(res.status, await res.text()).toBe(201);
  return manifest;
}

describe.each<AuthMode>(['anonymous', 'htpasswd', 'token'])('a %s registry', (mode) => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startRegistry({ mode });
  });
  afterAll(() => registry?.stop());

  it('stores a pushed manifest that skopeo reads back byte for byte', async () => {
    const manifest = await pushSmallArtifact(registry, 'smoke/app', 'v1');
    expect(await skopeoInspectRaw(registry, 'smoke/app:v1')).toEqual(manifest);
  });

  if (mode !== 'anonymous') {
    it('refuses a request without credentials', async () => {
      const res = await rawRequest(registry, undefined, 'POST', '/v2/smoke/anon/blobs/uploads/');
      expect(res.status).toBe(401);
    });
  }

  if (mode === 'token') {
    it('refuses a push from the pull-only user', async () => {
      const res = await rawRequest(
        registry,
        registry.users.reader,
        'POST',
        '/v2/smoke/ro/blobs/uploads/',
      );
      // Distribution 2.8 answers a token without the push action with 401 and
      // `error="insufficient_scope"` in the challenge (not the 403 DENIED of ghcr.io).
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toContain('error="insufficient_scope"');
    });

    it('lets the pull-only user read', async () => {
      const manifest = await pushSmallArtifact(registry, 'smoke/shared', 'v1');
      expect(await skopeoInspectRaw(registry, 'smoke/shared:v1', registry.users.reader)).toEqual(
        manifest,
      );
    });
  }
});
