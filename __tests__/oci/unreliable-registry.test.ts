// Registries that go silent, cut an answer short or ask for patience, through a proxy in front of
// the real registry: a stalled attempt is abandoned after the no-progress timeout and retried (a
// download that stalls after its headers too), an answer cut off part-way is read again instead of being taken for what arrived, an upload that
// keeps moving is never cut however long it takes, and an upload told to come back later waits
// as long as the registry said.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { openRepository } from '../../src/oci/open.js';
import type { BlobSource } from '../../src/oci/repository.js';
import { bufferBlob, manifestOf, readAll, sha256 } from '../support/blobs.js';
import { faultQueue, type FaultKind } from '../support/fault-schedule.js';
import { faults, route } from '../support/proxy-handlers.js';
import { recordingLog } from '../support/recording-log.js';
import { type RegistryProxy } from '../support/proxy.js';
import { type TestRegistry } from '../support/registry.js';
import { credentialsOf } from '../support/credentials.js';
import { registryBehindProxy } from '../support/proxied-registry.js';

const TIMEOUT_MS = 300;

let registry: TestRegistry;
let proxy: RegistryProxy;
const { useForTest } = registryBehindProxy(
  'htpasswd',
  (started) => ({ registry, proxy } = started),
);

function open(repository: string, log = recordingLog()) {
  return openRepository(`oci://${proxy.host}/${repository}`, {
    credentials: credentialsOf(registry.users.writer, log),
    log,
    retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 2_000, timeoutMs: TIMEOUT_MS },
  });
}

/** A repository holding one small artifact under `tag`, pushed without faults. */
async function pushed(repository: string, tags: string[]) {
  const repo = await open(repository);
  const config = bufferBlob('{}');
  const layer = bufferBlob(`content of ${repository}`);
  await repo.putBlob(config);
  await repo.putBlob(layer);
  const manifest = manifestOf(config, layer);
  for (const tag of tags) await repo.putManifest(manifest, tag);
  return { repo, digest: manifest.digest, bytes: manifest.bytes };
}

/** Installs `handler` for one test's requests to `repository`. */
function inject(method: string, path: RegExp, kinds: FaultKind[]) {
  useForTest(faultQueue(route(method, path), kinds, { stallLimitMs: 30_000 }));
}

function requestsTo(method: string, path: RegExp) {
  return proxy.requests.filter((r) => r.method === method && path.test(r.path.split('?')[0]!));
}

describe('a registry that stalls', () => {
  it('has the silent attempt abandoned and the request retried', async () => {
    const { repo, digest } = await pushed('stall/manifest', ['v1']);
    const path = /^\/v2\/stall\/manifest\/manifests\/v1$/;
    inject('GET', path, ['stall']);
    expect((await repo.getManifest('v1'))?.digest).toBe(digest);
    expect(requestsTo('GET', path)).toHaveLength(2);
  });

  it('has an upload it stopped reading started over, and the blob stored whole', async () => {
    const repo = await open('stall/upload');
    const blob = bufferBlob(Buffer.alloc(256 * 1024, 7));
    const path = /^\/v2\/stall\/upload\/blobs\/uploads\/.+/;
    inject('PUT', path, ['stall']);
    await repo.putBlob(blob);
    expect(await repo.hasBlob(blob.digest)).toBe(true);
    expect(requestsTo('PUT', path)).toHaveLength(2);
  });

  it('has a download that stops part-way abandoned instead of awaited', async () => {
    const repo = await open('stall/download');
    const blob = bufferBlob(Buffer.alloc(64 * 1024, 3));
    await repo.putBlob(blob);
    const path = new RegExp(`^/v2/stall/download/blobs/${blob.digest}$`);
    useForTest(async (req, next) => {
      if (!route('GET', path)(req)) return next();
      const answer = await next();
      if ('destroy' in answer) return answer;
      // The headers and the first bytes, then silence until the connection is dropped.
      async function* firstBytesThenSilence() {
        yield blob.bytes.subarray(0, 1024);
        await new Promise((resolve) => req.raw.socket.once('close', resolve));
      }
      return { ...answer, body: Readable.from(firstBytesThenSilence()) };
    });
    const started = Date.now();
    await expect(readAll(await repo.getBlob(blob.digest))).rejects.toThrow(/no byte moved/);
    expect(Date.now() - started).toBeLessThan(20 * TIMEOUT_MS);
  });

  it('does not cut an upload that keeps moving, however long it takes', async () => {
    const repo = await open('stall/slow-upload');
    // Ten pieces, each a little slower than half the timeout: the whole takes several timeouts.
    const pieces = Array.from({ length: 10 }, (_, i) => Buffer.alloc(1024, i));
    const content = Buffer.concat(pieces);
    const blob: BlobSource = {
      digest: sha256(content),
      size: content.length,
      open: () =>
        Readable.from(
          (async function* () {
            for (const piece of pieces) {
              await new Promise((resolve) => setTimeout(resolve, TIMEOUT_MS * 0.6));
              yield piece;
            }
          })(),
        ),
    };
    await repo.putBlob(blob);
    expect(await repo.hasBlob(blob.digest)).toBe(true);
    expect(requestsTo('PUT', /^\/v2\/stall\/slow-upload\/blobs\/uploads\/.+/)).toHaveLength(1);
  });
});

describe('an answer cut off part-way', () => {
  it('is read again: the manifest comes back whole', async () => {
    const { repo, bytes } = await pushed('cut/manifest', ['v1']);
    const path = /^\/v2\/cut\/manifest\/manifests\/v1$/;
    inject('GET', path, ['truncated-answer']);
    expect((await repo.getManifest('v1'))?.bytes).toEqual(bytes);
    expect(requestsTo('GET', path)).toHaveLength(2);
  });

  it('is read again: a tag list is never taken for what arrived', async () => {
    const tags = Array.from({ length: 40 }, (_, i) => `v1.0.${i}`);
    const { repo } = await pushed('cut/tags', tags);
    const path = /^\/v2\/cut\/tags\/tags\/list$/;
    inject('GET', path, ['truncated-answer', 'truncated-answer']);
    expect((await repo.listTags()).sort()).toEqual([...tags].sort());
    expect(requestsTo('GET', path)).toHaveLength(3);
  });

  it('fails when a tag list is not one, rather than reading it as no tags', async () => {
    const repo = await open('cut/not-a-list');
    useForTest(
      faults(route('GET', /^\/v2\/cut\/not-a-list\/tags\/list$/), {
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: '<html>maintenance</html>',
      }),
    );
    await expect(repo.listTags()).rejects.toMatchObject({
      code: 'REGISTRY_PROTOCOL',
      message: expect.stringContaining('not a tag list') as unknown,
    });
  });
});

describe('an upload answered 429 with Retry-After', () => {
  it('starts over no sooner than the registry asked', async () => {
    const log = recordingLog();
    const repo = await open('patience/upload', log);
    const blob = bufferBlob(Buffer.alloc(64 * 1024, 3));
    const path = /^\/v2\/patience\/upload\/blobs\/uploads\/.+/;
    useForTest(
      faults(route('PUT', path), {
        status: 429,
        headers: { 'content-type': 'application/json', 'retry-after': '1' },
        body: JSON.stringify({ errors: [{ code: 'TOOMANYREQUESTS', message: 'slow down' }] }),
      }),
    );
    await repo.putBlob(blob);
    expect(await repo.hasBlob(blob.digest)).toBe(true);
    expect(log.at('info')).toContainEqual(
      expect.stringMatching(/upload of sha256:.*answered 429; retrying in 1\.0 s/),
    );
  });
});
