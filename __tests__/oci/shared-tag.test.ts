// Writers adding entries to one shared tag (a referrers fallback index here; the `.sig` manifest
// takes the same path) against the real registry, which ignores If-Match, and against a proxy in
// front of it that honours conditional writes. Every writer's entry must be there at the end,
// including when one writer's PUT is held up past another's write, or its read is too old.
import { describe, expect, it } from 'vitest';
import { openRepository } from '../../src/oci/open.js';
import { silentLog, type Log } from '../../src/log.js';
import { fallbackIndexChange } from '../../src/oci/referrers.js';
import { settleMs } from '../../src/oci/shared-tag.js';
import type { Descriptor, Repository, SharedTagChange } from '../../src/oci/repository.js';
import { bufferBlob, manifestOf } from '../support/blobs.js';
import { conditionalWrites, faults, route } from '../support/proxy-handlers.js';
import type { ProxyHandler, RegistryProxy } from '../support/proxy.js';
import { registryBehindProxy } from '../support/proxied-registry.js';
import { manifest as storedManifest } from '../support/registry-state.js';
import type { TestRegistry } from '../support/registry.js';

const WRITERS = 8;
const TAG = 'shared';

let registry: TestRegistry;
let proxy: RegistryProxy;
const { useForTest } = registryBehindProxy(
  'anonymous',
  (started) => ({ registry, proxy } = started),
);

/** A writer with its own connection and its own knowledge of the registry, as a separate run. */
function writer(repository: string, lines: string[] = []): Promise<Repository> {
  const log: Log = {
    ...silentLog,
    debug: (m) => lines.push(m),
    info: (m) => lines.push(m),
    warning: (m) => lines.push(m),
    notice: (m) => lines.push(m),
  };
  return openRepository(`oci://${proxy.host}/${repository}`, {
    log,
    retry: { baseDelayMs: 5, maxDelayMs: 50 },
  });
}

/** Manifests to list (an index may list only manifests the registry has), pushed by digest. */
async function entries(repository: string, count: number): Promise<Descriptor[]> {
  const repo = await openRepository(`oci://${registry.host}/${repository}`);
  const config = bufferBlob('{}');
  await repo.putBlob(config);
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const layer = bufferBlob(`${repository} entry ${i}`);
      await repo.putBlob(layer);
      const manifest = manifestOf(config, layer);
      await repo.putManifest(manifest, manifest.digest);
      return {
        mediaType: manifest.mediaType,
        digest: manifest.digest,
        size: manifest.bytes.length,
      };
    }),
  );
}

const add = (entry: Descriptor): SharedTagChange => fallbackIndexChange('test', TAG, entry);

/** The digests the index at the tag lists, read from the registry itself. */
async function listed(repository: string): Promise<string[]> {
  const found = await storedManifest(registry, repository, TAG);
  return (found?.parsed.manifests ?? []).map((m) => m.digest).sort();
}

const tagRequests = (repository: string, method: string) =>
  proxy.requests.filter(
    (r) => r.method === method && r.path === `/v2/${repository}/manifests/${TAG}`,
  );

/** Holds the next PUT to the tag until `release` is called. */
function holdNextPut(repository: string): {
  handler: ProxyHandler;
  held: Promise<void>;
  release: () => void;
} {
  let held!: () => void;
  let release!: () => void;
  const heldPromise = new Promise<void>((resolve) => (held = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  let used = false;
  const handler: ProxyHandler = async (req, next) => {
    if (used || req.method !== 'PUT' || req.url.pathname !== `/v2/${repository}/manifests/${TAG}`)
      return next();
    used = true;
    await req.body();
    held();
    await released;
    return next();
  };
  return { handler, held: heldPromise, release };
}

describe('the wait before reading a write back, where the registry ignores If-Match', () => {
  it("is three times the write's own window: half a second on an idle machine, 5 s at most", () => {
    expect(settleMs(4)).toBe(500);
    expect(settleMs(400)).toBe(1_200);
    expect(settleMs(1_900)).toBe(5_000);
  });
});

describe('on a registry that ignores If-Match (distribution 2.8)', () => {
  it(`keeps the entry of each of ${WRITERS} writers adding at once`, async () => {
    const repository = 'shared/at-once';
    const added = await entries(repository, WRITERS);
    const logs = added.map(() => [] as string[]);
    const writers = await Promise.all(added.map((_, i) => writer(repository, logs[i])));
    await Promise.all(writers.map((w, i) => w.updateSharedTag(TAG, add(added[i]!))));
    expect(await listed(repository)).toEqual(added.map((e) => e.digest).sort());
    // Each found out for itself that the registry ignores If-Match, with the write it had to make.
    for (const log of logs) expect(log).toContainEqual(expect.stringMatching(/ignores If-Match/));
  }, 120_000);

  it("adds its entry again when a PUT held up in transit lands after another writer's, within its settle", async () => {
    const repository = 'shared/held';
    const [first, second] = await entries(repository, 2);
    const hold = holdNextPut(repository);
    useForTest(hold.handler);
    const slow = (await writer(repository)).updateSharedTag(TAG, add(first!));
    await hold.held; // the slow writer read (nothing there yet) and its PUT is on its way
    // The first tag PUT the registry answers is the fast writer's (the slow one's is held).
    let fastLanded!: () => void;
    const landed = new Promise<void>((resolve) => (fastLanded = resolve));
    useForTest(async (req, next) => {
      const response = await next();
      if (req.method === 'PUT' && req.url.pathname === `/v2/${repository}/manifests/${TAG}`) {
        fastLanded();
      }
      return response;
    });
    const fastLog: string[] = [];
    const fast = (await writer(repository, fastLog)).updateSharedTag(TAG, add(second!));
    // The fast writer's PUT has landed; now the slow one's, written from an older read, does too.
    await landed;
    hold.release();
    await Promise.all([slow, fast]);
    expect(await listed(repository)).toEqual([first!.digest, second!.digest].sort());
    expect(fastLog.filter((l) => l.includes(', wrote '))).toHaveLength(2);
  }, 60_000);

  it('reads again instead of writing from a read older than the window', async () => {
    const repository = 'shared/old-read';
    const [entry] = await entries(repository, 1);
    const log: string[] = [];
    const repo = await writer(repository, log);
    // The change's blob takes longer to push than the window allows.
    const blob = bufferBlob('a blob the change needs');
    useForTest(async (req, next) => {
      if (req.url.pathname.endsWith(`/blobs/${blob.digest}`)) {
        await new Promise((resolve) => setTimeout(resolve, 2_500));
      }
      return next();
    });
    const change = add(entry!);
    await repo.updateSharedTag(TAG, {
      ...change,
      apply: (current) => ({ ...change.apply(current), blobs: [blob] }),
    });
    expect(await listed(repository)).toEqual([entry!.digest]);
    const reads = tagRequests(repository, 'GET').length;
    const firstPut = proxy.requests.findIndex(
      (r) => r.method === 'PUT' && r.path === `/v2/${repository}/manifests/${TAG}`,
    );
    const readsBeforePut = proxy.requests
      .slice(0, firstPut)
      .filter((r) => r.method === 'GET' && r.path === `/v2/${repository}/manifests/${TAG}`);
    expect(readsBeforePut).toHaveLength(2);
    expect(reads).toBeGreaterThanOrEqual(3); // and the read-back after the settle interval
    expect(log).toContainEqual(expect.stringMatching(/the read is \d+ ms old/));
  }, 60_000);

  it('never sends a PUT again when its answer was lost: it reads and finds it stored', async () => {
    const repository = 'shared/lost-answer';
    const [entry] = await entries(repository, 1);
    useForTest(
      faults(route('PUT', new RegExp(`^/v2/${repository}/manifests/${TAG}$`)), {
        forwardThenStatus: 503,
      }),
    );
    await (await writer(repository)).updateSharedTag(TAG, add(entry!));
    expect(await listed(repository)).toEqual([entry!.digest]);
    expect(tagRequests(repository, 'PUT')).toHaveLength(1);
  }, 60_000);
});

describe('on a registry that honours If-Match (a proxy in front of distribution)', () => {
  it(`finds out, and keeps the entry of each of ${WRITERS} writers by compare-and-swap`, async () => {
    const repository = 'shared/cas';
    const added = await entries(repository, WRITERS);
    const cas = conditionalWrites();
    useForTest(cas);
    const logs = added.map(() => [] as string[]);
    const writers = await Promise.all(added.map((_, i) => writer(repository, logs[i])));
    await Promise.all(writers.map((w, i) => w.updateSharedTag(TAG, add(added[i]!))));
    expect(await listed(repository)).toEqual(added.map((e) => e.digest).sort());
    for (const log of logs) expect(log).toContainEqual(expect.stringMatching(/honours If-Match/));
    // No write went through unconditionally, and stale ones were refused.
    const puts = tagRequests(repository, 'PUT');
    expect(puts.every((r) => r.headers['if-match'] || r.headers['if-none-match'] === '*')).toBe(
      true,
    );
    expect(cas.refused()).toBeGreaterThanOrEqual(WRITERS); // one probe each, and lost races
    expect(logs.flat()).toContainEqual(expect.stringMatching(/\(compare-and-swap\): kept/));
  }, 120_000);
});
