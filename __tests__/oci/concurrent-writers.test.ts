// Clients that push the same blobs at the same moment, as parallel jobs publishing one commit do.
// Distribution 2.8 rewrites a repository's link to a blob in place each time an upload of it
// commits, so a manifest PUT that lands meanwhile is refused with MANIFEST_BLOB_UNKNOWN although
// the blob is there (measured: 18 of 240 PUTs, 8 clients at once, plain fetch). The client asks
// again; other 400s stay final.
import { describe, expect, it } from 'vitest';
import { openRepository } from '../../src/oci/open.js';
import { bufferBlob, manifestOf, sha256 } from '../support/blobs.js';
import { faults, route } from '../support/proxy-handlers.js';
import { type RegistryProxy } from '../support/proxy.js';
import { type TestRegistry } from '../support/registry.js';
import { registryBehindProxy } from '../support/proxied-registry.js';

const CLIENTS = 8;
const ROUNDS = 10;

let registry: TestRegistry;
let proxy: RegistryProxy;
const { useForTest } = registryBehindProxy(
  'anonymous',
  (started) => ({ registry, proxy } = started),
);

const open = (host: string, repository: string) =>
  openRepository(`oci://${host}/${repository}`, {
    retry: { baseDelayMs: 5, maxDelayMs: 100 },
  });

describe('clients pushing the same blobs at once', () => {
  it(`all store their manifests (${CLIENTS} clients, ${ROUNDS} rounds)`, async () => {
    let stored = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const config = bufferBlob('{}');
      const layer = bufferBlob(`the same content, round ${round}`);
      const manifest = manifestOf(config, layer);
      await Promise.all(
        Array.from({ length: CLIENTS }, async (_, client) => {
          const repo = await open(registry.host, `same-blobs/round-${round}`);
          await repo.putBlob(config);
          await repo.putBlob(layer);
          expect(await repo.putManifest(manifest, `client-${client}`)).toBe(sha256(manifest.bytes));
          stored++;
        }),
      );
    }
    expect(stored).toBe(CLIENTS * ROUNDS);
  });
});

describe('a manifest PUT answered 400', () => {
  const blobUnknown = {
    status: 400,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      errors: [
        { code: 'DIGEST_INVALID', message: 'provided digest did not match uploaded content' },
        { code: 'MANIFEST_BLOB_UNKNOWN', message: 'blob unknown to registry' },
      ],
    }),
  };

  it('with MANIFEST_BLOB_UNKNOWN is sent again, and stored', async () => {
    const repo = await open(proxy.host, 'lagging/blob');
    const config = bufferBlob('{}');
    const layer = bufferBlob('lagging');
    await repo.putBlob(config);
    await repo.putBlob(layer);
    const path = /^\/v2\/lagging\/blob\/manifests\/v1$/;
    useForTest(faults(route('PUT', path), blobUnknown, blobUnknown));
    await repo.putManifest(manifestOf(config, layer), 'v1');
    expect(proxy.requests.filter((r) => r.method === 'PUT' && path.test(r.path))).toHaveLength(3);
  });

  it('with MANIFEST_INVALID fails at once', async () => {
    const repo = await open(proxy.host, 'invalid/manifest');
    const path = /^\/v2\/invalid\/manifest\/manifests\/v1$/;
    useForTest(
      faults(route('PUT', path), {
        status: 400,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          errors: [{ code: 'MANIFEST_INVALID', message: 'manifest invalid' }],
        }),
      }),
    );
    await expect(
      repo.putManifest(manifestOf(bufferBlob('{}'), bufferBlob('x')), 'v1'),
    ).rejects.toMatchObject({ status: 400, registryCode: 'MANIFEST_INVALID' });
    expect(proxy.requests.filter((r) => r.method === 'PUT' && path.test(r.path))).toHaveLength(1);
  });
});
