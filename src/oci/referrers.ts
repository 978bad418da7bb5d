// The referrers tag schema (distribution-spec 1.1) for stores without the referrers API: an image
// index tagged `<alg>-<hex of the subject digest>` lists the subject's referrers. Adding one is a
// read-modify-write that keeps every entry others wrote. `If-Match` is sent when the store gives an
// ETag, but distribution ignores it, so after writing we wait for concurrent writers to land and
// read the index back; an entry of ours that a concurrent write dropped is merged in again.
import { UserError } from '../errors.js';
import { splitDigest } from './digest.js';
import { OCI_INDEX } from './media-types.js';
import type { Log } from '../log.js';
import type { Descriptor, StoredManifest } from './repository.js';
import { writeUntilKept } from './write-until-kept.js';

/** The tag of a subject's fallback referrers index. */
export function fallbackTag(subjectDigest: string): string {
  const { algorithm, hex } = splitDigest(subjectDigest);
  return `${algorithm}-${hex}`.slice(0, 128);
}

/** A manifest store with optimistic concurrency where it has any. */
export interface IndexStore {
  readonly displayName: string;
  read(tag: string): Promise<{ manifest: StoredManifest; etag?: string } | undefined>;
  /** `false` when the store refused because `ifMatch` no longer matches. */
  write(tag: string, bytes: Buffer, ifMatch: string | undefined): Promise<boolean>;
}

interface IndexDocument extends Record<string, unknown> {
  manifests: Record<string, unknown>[];
}

function parseIndex(store: IndexStore, tag: string, manifest: StoredManifest): IndexDocument {
  let parsed: unknown;
  try {
    parsed = JSON.parse(manifest.bytes.toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const manifests = (parsed as { manifests?: unknown } | undefined)?.manifests;
  if (manifest.mediaType !== OCI_INDEX || !Array.isArray(manifests)) {
    throw new UserError(
      'REFERRERS_INDEX_INVALID',
      `The tag ${tag} in ${store.displayName} should hold the OCI image index of referrers, but ` +
        `holds a ${manifest.mediaType}; it was left untouched. Remove or retag it to add referrers.`,
    );
  }
  return parsed as IndexDocument;
}

const digestOf = (entry: Record<string, unknown>) => entry.digest;

export interface AddOptions {
  log: Log;
  /** Verification rounds before giving up (default 5). */
  attempts?: number;
  /**
   * Nothing can come between the store's read and write (a layout under its lock): one round,
   * with no wait for concurrent writers and no read-back.
   */
  atomic?: boolean;
}

/** How long concurrent writers get to land before we read back (see writeUntilKept). */
const SETTLE_MS = 100;

/** Lists `referrer` in the fallback index of `subjectDigest`, keeping everything already there. */
export async function addToFallbackIndex(
  store: IndexStore,
  subjectDigest: string,
  referrer: Descriptor,
  options: AddOptions,
): Promise<void> {
  const tag = fallbackTag(subjectDigest);
  const attempts = options.attempts ?? 5;
  const listed = (manifest: StoredManifest) =>
    parseIndex(store, tag, manifest).manifests.some((e) => digestOf(e) === referrer.digest);
  /** Reads, merges the referrer in and writes; `false` when the write was refused as stale. */
  const write = async () => {
    const current = await store.read(tag);
    if (current && listed(current.manifest)) return true;
    const index: IndexDocument = current
      ? parseIndex(store, tag, current.manifest)
      : { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [] };
    index.manifests.push({ ...referrer });
    return store.write(tag, Buffer.from(JSON.stringify(index)), current?.etag);
  };
  const kept = options.atomic
    ? await write()
    : await writeUntilKept({
        attempts,
        settleMs: SETTLE_MS,
        write,
        async kept() {
          const after = await store.read(tag);
          return after !== undefined && listed(after.manifest);
        },
        onLost: (reason) =>
          options.log.debug(
            reason === 'stale'
              ? `${store.displayName}: ${tag} changed while we wrote it; reading again.`
              : `${store.displayName}: a concurrent write dropped our entry from ${tag}; merging again.`,
          ),
      });
  if (kept) return;
  throw new UserError(
    'REFERRERS_INDEX_CONFLICT',
    `Could not add ${referrer.digest} to the referrers index ${tag} of ${store.displayName}: ` +
      `other writers kept replacing it (${attempts} attempts). Run the step again.`,
  );
}

function isDescriptor(
  entry: Record<string, unknown>,
): entry is Record<string, unknown> & Descriptor {
  return (
    typeof entry.mediaType === 'string' &&
    typeof entry.digest === 'string' &&
    typeof entry.size === 'number'
  );
}

/** The descriptors of an index's `manifests`, optionally only those of one artifact type. */
export function referrersOf(manifests: unknown, artifactType?: string): Descriptor[] {
  if (!Array.isArray(manifests)) return [];
  return (manifests as unknown[]).filter(
    (entry): entry is Descriptor =>
      typeof entry === 'object' &&
      entry !== null &&
      isDescriptor(entry as Record<string, unknown>) &&
      (artifactType === undefined || (entry as Descriptor).artifactType === artifactType),
  );
}

/** The referrers listed in the fallback index of `subjectDigest` (none when there is no index). */
export async function listFromFallbackIndex(
  store: IndexStore,
  subjectDigest: string,
  artifactType?: string,
): Promise<Descriptor[]> {
  const tag = fallbackTag(subjectDigest);
  const current = await store.read(tag);
  if (!current) return [];
  return referrersOf(parseIndex(store, tag, current.manifest).manifests, artifactType);
}
