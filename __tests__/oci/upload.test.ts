// Chunked uploads through a proxy in front of the real registry: chunks of the size we chose (or
// the registry's minimum), resumption from the offset the registry reports after a failed chunk,
// a fresh session when the registry invalidated the old one, and progress as bytes are sent.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { openRepository } from '../../src/oci/open.js';
import type { RepositoryOptions } from '../../src/oci/options.js';
import type { UploadProgress } from '../../src/oci/repository.js';
import { generatedBlob, readAll, sha256 } from '../support/blobs.js';
import { addHeaders, faults, route, type Fault } from '../support/proxy-handlers.js';
import { type RegistryProxy } from '../support/proxy.js';
import { type TestRegistry } from '../support/registry.js';
import { credentialsOf } from '../support/credentials.js';
import { registryBehindProxy } from '../support/proxied-registry.js';
import { uploadSessions } from '../support/registry-state.js';

const KiB = 1024;
const chunked = { chunkThresholdBytes: 256 * KiB, chunkSizeBytes: 256 * KiB };

let registry: TestRegistry;
let proxy: RegistryProxy;
const { useForTest } = registryBehindProxy(
  'htpasswd',
  (started) => ({ registry, proxy } = started),
);

function open(repository: string, options: RepositoryOptions = {}, host = proxy.host) {
  return openRepository(`oci://${host}/${repository}`, {
    credentials: credentialsOf(registry.users.writer),
    retry: { attempts: 4, baseDelayMs: 5, maxDelayMs: 50 },
    upload: chunked,
    ...options,
  });
}

/** The blob as the registry itself serves it, read past the proxy. */
async function storedDigest(repository: string, digest: string): Promise<string> {
  return sha256(await readAll(await (await open(repository, {}, registry.host)).getBlob(digest)));
}

/** `Content-Range`s of the PATCHes the proxy saw for one repository, as [start, end]. */
function patchRanges(repository: string): [number, number][] {
  return proxy.requests
    .filter((r) => r.method === 'PATCH' && r.path.startsWith(`/v2/${repository}/`))
    .map((r) => (r.headers['content-range'] as string).split('-').map(Number) as [number, number]);
}

const patchOf = (repository: string) =>
  route('PATCH', new RegExp(`^/v2/${repository}/blobs/uploads/`));

async function uploadWith(repository: string, size: number, ...faultQueue: Fault[]) {
  if (faultQueue.length) useForTest(faults(patchOf(repository), ...faultQueue));
  const blob = await generatedBlob(size, size + repository.length);
  await (await open(repository)).putBlob(blob);
  expect(await storedDigest(repository, blob.digest)).toBe(blob.digest);
  return patchRanges(repository);
}

describe('chunked uploads', () => {
  it('send a blob above the threshold as consecutive chunks', async () => {
    const ranges = await uploadWith('chunks/plain', 1000 * KiB);
    expect(ranges).toEqual([
      [0, 256 * KiB - 1],
      [256 * KiB, 512 * KiB - 1],
      [512 * KiB, 768 * KiB - 1],
      [768 * KiB, 1000 * KiB - 1],
    ]);
  });

  it("raise the chunk size to the registry's OCI-Chunk-Min-Length", async () => {
    useForTest(
      addHeaders(route('POST', /^\/v2\/chunks\/minimum\/blobs\/uploads\/$/), {
        'oci-chunk-min-length': String(400 * KiB),
      }),
    );
    const ranges = await uploadWith('chunks/minimum', 1000 * KiB);
    expect(ranges).toEqual([
      [0, 400 * KiB - 1],
      [400 * KiB, 800 * KiB - 1],
      [800 * KiB, 1000 * KiB - 1],
    ]);
  });

  it('resume from the registry’s offset after a chunk it never received', async () => {
    const ranges = await uploadWith('chunks/lost', 768 * KiB, { pass: true }, { status: 500 });
    // The first PATCH went through, the second was lost and sent again from the same offset.
    expect(ranges).toEqual([
      [0, 256 * KiB - 1],
      [256 * KiB, 512 * KiB - 1],
      [256 * KiB, 512 * KiB - 1],
      [512 * KiB, 768 * KiB - 1],
    ]);
  });

  it('start over when the registry stored a chunk whose answer was lost', async () => {
    // Distribution keeps the upload's offset in the signed `_state` of each Location: the stale
    // one we still hold no longer matches the stored size, so the registry cancels the session
    // (measured: "upload resumed at wrong offset") and a new session is the only way forward.
    const ranges = await uploadWith('chunks/unanswered', 768 * KiB, { forwardThenStatus: 502 });
    expect(ranges).toEqual([
      [0, 256 * KiB - 1],
      [0, 256 * KiB - 1],
      [256 * KiB, 512 * KiB - 1],
      [512 * KiB, 768 * KiB - 1],
    ]);
  });

  it('start a new session when a reset left the old one holding part of a chunk', async () => {
    // Distribution invalidates a session whose stored size no longer matches its state.
    const ranges = await uploadWith('chunks/reset', 768 * KiB, { destroyAfterBytes: 100 * KiB });
    expect(ranges.at(-1)).toEqual([512 * KiB, 768 * KiB - 1]);
    expect(ranges.filter(([start]) => start === 0).length).toBeGreaterThanOrEqual(2);
  });
});

describe('failed uploads', () => {
  it('give up after the configured attempts, not attempts squared', async () => {
    const down = { status: 503 };
    useForTest(
      faults(
        route('POST', /^\/v2\/failing\/start\/blobs\/uploads\/$/),
        ...Array<Fault>(20).fill(down),
      ),
    );
    const blob = await generatedBlob(4 * KiB, 1);
    await expect((await open('failing/start')).putBlob(blob)).rejects.toMatchObject({
      code: 'REGISTRY_UNAVAILABLE',
    });
    expect(
      proxy.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/v2/failing/start/')),
    ).toHaveLength(4);
  });

  it('report the last failure after a monolithic PUT failed on every attempt', async () => {
    const down = {
      status: 502,
      body: '{"errors":[{"code":"UNAVAILABLE","message":"storage down"}]}',
    };
    useForTest(
      faults(route('PUT', /^\/v2\/failing\/put\/blobs\/uploads\//), ...Array<Fault>(20).fill(down)),
    );
    const blob = await generatedBlob(4 * KiB, 2);
    await expect((await open('failing/put')).putBlob(blob)).rejects.toMatchObject({
      code: 'REGISTRY_UNAVAILABLE',
      message: expect.stringContaining('storage down') as unknown,
    });
    expect(
      proxy.requests.filter((r) => r.method === 'PUT' && r.path.startsWith('/v2/failing/put/')),
    ).toHaveLength(4);
  });
});

describe('abandoned upload sessions', () => {
  /** DELETEs the proxy saw on the repository's upload sessions. */
  const deletes = (repository: string) =>
    proxy.requests.filter(
      (r) => r.method === 'DELETE' && r.path.startsWith(`/v2/${repository}/blobs/uploads/`),
    );

  it('a session whose PUT was cut off is cancelled before the next one starts', async () => {
    const repository = 'abandoned/reset';
    useForTest(
      faults(route('PUT', new RegExp(`^/v2/${repository}/blobs/uploads/`)), {
        destroyAfterBytes: 2 * KiB,
      }),
    );
    const blob = await generatedBlob(64 * KiB, 3);
    await (await open(repository)).putBlob(blob);
    expect(await storedDigest(repository, blob.digest)).toBe(blob.digest);
    expect(deletes(repository)).toHaveLength(1);
    expect(await uploadSessions(registry, repository)).toEqual([]);
  });

  it('a chunked upload that fails for good cancels the session holding its first chunks', async () => {
    const repository = 'abandoned/chunked';
    const denied = {
      status: 403,
      headers: { 'content-type': 'application/json' },
      body: '{"errors":[{"code":"DENIED","message":"quota exceeded"}]}',
    };
    useForTest(faults(patchOf(repository), { pass: true }, { pass: true }, denied));
    const blob = await generatedBlob(1000 * KiB, 4);
    await expect((await open(repository)).putBlob(blob)).rejects.toMatchObject({
      registryCode: 'DENIED',
    });
    expect(deletes(repository)).toHaveLength(1);
    expect(await uploadSessions(registry, repository)).toEqual([]);
  });

  it('a monolithic PUT that fails on every attempt leaves no session behind', async () => {
    const repository = 'abandoned/every-attempt';
    useForTest(
      faults(
        route('PUT', new RegExp(`^/v2/${repository}/blobs/uploads/`)),
        ...Array<Fault>(20).fill({ status: 503 }),
      ),
    );
    const blob = await generatedBlob(4 * KiB, 5);
    await expect((await open(repository)).putBlob(blob)).rejects.toMatchObject({
      code: 'REGISTRY_UNAVAILABLE',
    });
    expect(deletes(repository)).toHaveLength(4);
    expect(await uploadSessions(registry, repository)).toEqual([]);
  });
});

describe('content that fails while it is sent', () => {
  /** A blob whose stream gives some bytes, then fails as a disk read might. */
  function failingBlob(size: number, failAfter: number) {
    return {
      digest: sha256('never sent whole'),
      size,
      open: () =>
        Readable.from(
          (async function* () {
            yield Buffer.alloc(failAfter);
            await Promise.resolve();
            throw new Error('EIO: i/o error, read');
          })(),
        ),
    };
  }

  it.each([
    ['monolithic', 4 * KiB],
    ['chunked', 600 * KiB],
  ])('fails the %s upload with the read error, once, without retrying', async (_kind, size) => {
    const repo = await open(`failing/source-${size}`);
    await expect(repo.putBlob(failingBlob(size, 1024))).rejects.toMatchObject({
      code: 'UPLOAD_SOURCE_FAILED',
      message: expect.stringContaining('EIO') as unknown,
    });
    // One upload session: the failure was not taken for a network fault and started over.
    const sessions = proxy.requests.filter(
      (r) => r.method === 'POST' && r.path.startsWith(`/v2/failing/source-${size}/blobs/uploads/`),
    );
    expect(sessions).toHaveLength(1);
  });
});

describe('progress', () => {
  it.each([
    ['monolithic', 3 * 1024 * KiB, 8 * 1024 * KiB],
    ['chunked', 3 * 1024 * KiB, 256 * KiB],
  ])('is reported for a %s upload, rising to the total', async (kind, size, threshold) => {
    const blob = await generatedBlob(size, 99);
    const seen: UploadProgress[] = [];
    const repo = await open(`progress/${kind}`, {
      upload: { chunkThresholdBytes: threshold, chunkSizeBytes: 256 * KiB },
    });
    await repo.putBlob(blob, { onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.every((p) => p.digest === blob.digest && p.total === size)).toBe(true);
    const sent = seen.map((p) => p.sent);
    expect(sent).toEqual([...sent].sort((a, b) => a - b));
    expect(sent.at(-1)).toBe(size);
  });
});

describe('chunked uploads to a token registry', () => {
  let tokenRegistry: TestRegistry;
  let tokenProxy: RegistryProxy;
  const token = registryBehindProxy('token', (started) => {
    ({ registry: tokenRegistry, proxy: tokenProxy } = started);
  });

  it('send a chunk answered 401 again, under the same range, with a fresh token', async () => {
    // A token that expired mid-upload: the registry refuses the second chunk with a challenge.
    const { realm, service } = tokenRegistry.tokenServer!;
    const repository = 'chunks/expired-token';
    const challenge =
      `Bearer realm="${realm}",service="${service}",` +
      `scope="repository:${repository}:pull,push",error="invalid_token"`;
    token.useForTest(
      faults(
        patchOf(repository),
        { pass: true },
        { status: 401, headers: { 'www-authenticate': challenge } },
      ),
    );
    const options = {
      credentials: credentialsOf(tokenRegistry.users.writer),
      retry: { attempts: 4, baseDelayMs: 5, maxDelayMs: 50 },
      upload: chunked,
    };
    const blob = await generatedBlob(768 * KiB, 7);
    await (await openRepository(`oci://${tokenProxy.host}/${repository}`, options)).putBlob(blob);

    const direct = await openRepository(`oci://${tokenRegistry.host}/${repository}`, options);
    expect(sha256(await readAll(await direct.getBlob(blob.digest)))).toBe(blob.digest);
    const ranges = tokenProxy.requests
      .filter((r) => r.method === 'PATCH' && r.path.startsWith(`/v2/${repository}/`))
      .map((r) => r.headers['content-range']);
    expect(ranges).toEqual([
      `0-${256 * KiB - 1}`,
      `${256 * KiB}-${512 * KiB - 1}`,
      `${256 * KiB}-${512 * KiB - 1}`,
      `${512 * KiB}-${768 * KiB - 1}`,
    ]);
  });
});
