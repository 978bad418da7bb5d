// A manifest that several writers update under one tag: the cosign `.sig` manifest (one layer per
// signer) and the referrers fallback index (one entry per referrer). Each writer reads it, adds its
// entry and writes it back; a writer whose read is older than another's write drops that one's
// entry. Two defences, chosen by what the registry shows it does:
//
//  - Compare-and-swap. A registry that honours `If-Match` on a manifest PUT refuses (412) a write
//    based on a read that is no longer current; the writer reads again. Whether it honours it is
//    detected, not assumed: the first write of a run carries an `If-Match` that cannot match. A
//    registry that honours it refuses that write, and every later one is conditional; one that
//    ignores it (distribution 2.8 and go-containerregistry's registry, measured) stores the write,
//    which is the unconditional write it would have got anyway.
//  - Without it, what a writer alone can do: it never writes from a read older than WINDOW_MS
//    (it reads again instead), never repeats a PUT whose answer it lost, and after each write waits
//    a settle interval, then reads again, adding its entry anew until a read that late still holds
//    it. A writer that dropped our entry read before our write and wrote from that read; once every
//    such write has landed, what we then see stays. The settle is measured, not fixed: SETTLE_FACTOR
//    times this write's own window (read sent → PUT answered), between MIN_SETTLE_MS and
//    MAX_SETTLE_MS, so an idle run waits half a second and a loaded one (long windows) up to 5 s.
//    It covers a concurrent writer whose read-to-landed-write window is at most that long: one
//    SETTLE_FACTOR times slower than this run can still drop our entry after we checked. The
//    docs/reliability.md says what that leaves, and how often the load runs met it.
import { UserError } from '../errors.js';
import { digestOf } from './digest.js';
import type { Log } from '../log.js';
import { backoffMs, type RetryPolicy } from './retry.js';
import type { BlobSource, SharedTagChange, StoredManifest } from './repository.js';

/** What a conditional PUT came to. */
export type WriteOutcome =
  | { kind: 'written' }
  /** 412: a condition did not hold, so nothing was written. */
  | { kind: 'refused' }
  /** A transient failure: it may or may not have been stored; asked again after `afterMs`. */
  | { kind: 'failed'; reason: string; afterMs?: number };

export interface WriteConditions {
  ifMatch?: string;
  ifNoneMatch?: boolean;
}

/** What the registry has shown about conditional manifest PUTs, learnt once per repository. */
export interface ConditionalWrites {
  ifMatch: boolean | undefined;
  /** Shown only by a 412 to an `If-None-Match: *` creation: until then a creation is checked. */
  ifNoneMatch: boolean;
}

/** The registry side: reads with their ETag, writes exactly once, blobs as usual. */
export interface SharedTagStore {
  readonly displayName: string;
  read(tag: string): Promise<{ manifest: StoredManifest; etag?: string } | undefined>;
  putBlob(blob: BlobSource): Promise<void>;
  /** One PUT, never repeated by the transport: a repeated stale PUT is what loses entries. */
  write(
    tag: string,
    manifest: Omit<StoredManifest, 'digest'>,
    conditions: WriteConditions,
  ): Promise<WriteOutcome>;
}

/**
 * The longest a write may follow the read it is based on, from sending one to sending the other:
 * an older read is read again. Under load (__tests__/load/run.sh: 2 vCPUs kept busy by stress-ng,
 * 8 runs signing one digest at once, 20 times) the longest window from sending the read to the
 * PUT's answer was 1.9 s.
 */
const WINDOW_MS = 2_000;
/**
 * How long after a write that nothing guarded to read it back, as a multiple of that write's own
 * window (from sending the read to the PUT's answer): a concurrent writer, on the same registry
 * and as loaded as this run, takes about as long from its read to its write's landing.
 */
const SETTLE_FACTOR = 3;
/** The least settle: an idle run's window is a few ms, a peer's hiccup (GC, scheduling) is not. */
const MIN_SETTLE_MS = 500;
/**
 * The longest settle: the longest window plus the time a PUT took to apply on a machine kept busy
 * (__tests__/load/run.sh: 1.9 s and 3 s), the fixed wait every run paid before it was measured.
 */
const MAX_SETTLE_MS = 5_000;
/** The longest an update may take before it fails. */
const TOTAL_MS = 120_000;

export interface SharedTagOptions {
  conditional: ConditionalWrites;
  /** The waits after a transient failure, as for every other request. */
  policy: RetryPolicy;
  log: Log;
}

/** An ETag no registry gives: a write carrying it is refused by every registry that checks. */
const NEVER_MATCHES = '"publish-oci-artifact-conditional-write-probe"';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** Between `ms` and 1.5 × `ms`, so that writers that lost together do not retry in step. */
const jittered = (ms: number) => Math.round(ms * (1 + Math.random() / 2));
const short = (digest: string | undefined) => (digest ? digest.slice(7, 19) : 'nothing');

/** The settle after a write whose window (read sent → PUT answered) was `windowMs`. */
export function settleMs(windowMs: number): number {
  return Math.min(MAX_SETTLE_MS, Math.max(MIN_SETTLE_MS, SETTLE_FACTOR * windowMs));
}

/**
 * Adds `change` to the manifest at `tag`, keeping everything others wrote there, and resolves once
 * the change is known to be kept: stored by a compare-and-swap, or still there when read back
 * a settle interval after our last write. Fails with SHARED_TAG_CONFLICT after TOTAL_MS.
 */
export async function updateSharedTag(
  store: SharedTagStore,
  tag: string,
  change: SharedTagChange,
  options: SharedTagOptions,
): Promise<void> {
  const { conditional, policy, log } = options;
  const started = Date.now();
  const pushed = new Set<string>();
  const trace = (message: string) =>
    log.debug(`${store.displayName}:${tag}, ${change.description}: ${message}`);
  let failures = 0;
  for (let round = 1; Date.now() - started < TOTAL_MS; round++) {
    const readAt = Date.now();
    const current = await store.read(tag);
    if (change.holds(current?.manifest)) {
      trace(`round ${round}: read ${short(current?.manifest.digest)}, which holds it: kept`);
      return;
    }
    const { manifest, blobs } = change.apply(current?.manifest);
    for (const blob of blobs.filter((b) => !pushed.has(b.digest))) {
      await store.putBlob(blob);
      pushed.add(blob.digest);
    }
    const conditions = conditionsFor(conditional, current);
    const readAge = Date.now() - readAt;
    if (!conditions.guaranteed && readAge > WINDOW_MS) {
      trace(`round ${round}: the read is ${readAge} ms old, longer than ${WINDOW_MS} ms`);
      continue;
    }
    const outcome = await store.write(tag, manifest, conditions.headers);
    const window = Date.now() - readAt;
    if (conditions.probe && outcome.kind !== 'failed') {
      conditional.ifMatch = outcome.kind === 'refused';
      log.debug(
        `${store.displayName} ${conditional.ifMatch ? 'honours' : 'ignores'} If-Match on manifest PUTs.`,
      );
      if (conditional.ifMatch) continue;
    }
    if (outcome.kind === 'refused') {
      if (conditions.headers.ifNoneMatch) conditional.ifNoneMatch = true;
      trace(`round ${round}: ${short(current?.manifest.digest)} changed before our write`);
      await sleep(Math.random() * 50 * Math.min(round, 10));
      continue;
    }
    if (outcome.kind === 'failed') {
      const wait = outcome.afterMs ?? backoffMs(policy, failures++);
      trace(`round ${round}: ${outcome.reason}; reading again in ${wait} ms`);
      await sleep(wait);
      continue;
    }
    trace(
      `round ${round}: read ${short(current?.manifest.digest)}, wrote ` +
        `${short(digestOf(manifest.bytes))} ${window} ms after sending the read` +
        (conditions.guaranteed ? ' (compare-and-swap): kept' : ''),
    );
    if (conditions.guaranteed) return;
    const settle = jittered(settleMs(window));
    log.info(
      `Waiting ${(settle / 1000).toFixed(1)} s for any other writer of ${tag} (another signer of ` +
        `this digest), then reading it back: ${store.displayName} ignores If-Match, so a write ` +
        `based on an older read could still land over the ${change.description}.`,
    );
    await sleep(settle);
  }
  throw new UserError(
    'SHARED_TAG_CONFLICT',
    `Could not add the ${change.description} to ${tag} in ${store.displayName}: other writers ` +
      `kept replacing it for ${Math.round(TOTAL_MS / 1000)} s. Re-run the job once the ` +
      'other publishes of this digest are done.',
  );
}

/** The headers of the next write, and whether the registry guarantees it is not stale. */
function conditionsFor(
  conditional: ConditionalWrites,
  current: { etag?: string } | undefined,
): { headers: WriteConditions; guaranteed: boolean; probe: boolean } {
  if (conditional.ifMatch === undefined) {
    return { headers: { ifMatch: NEVER_MATCHES }, guaranteed: false, probe: true };
  }
  if (!conditional.ifMatch) return { headers: {}, guaranteed: false, probe: false };
  if (!current) {
    return { headers: { ifNoneMatch: true }, guaranteed: conditional.ifNoneMatch, probe: false };
  }
  if (current.etag) return { headers: { ifMatch: current.etag }, guaranteed: true, probe: false };
  return { headers: {}, guaranteed: false, probe: false };
}
