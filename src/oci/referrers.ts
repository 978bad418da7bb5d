// The referrers tag schema (distribution-spec 1.1) for stores without the referrers API: an image
// index tagged `<alg>-<hex of the subject digest>` lists the subject's referrers. Adding one is a
// change to a shared tag (shared-tag.ts) that keeps every entry others wrote.
import { UserError, ErrorCode } from '../errors.js';
import { splitDigest } from './digest.js';
import { OCI_INDEX } from './media-types.js';
import type { Descriptor, Repository, SharedTagChange, StoredManifest } from './repository.js';

/** The tag of a subject's fallback referrers index. */
export function fallbackTag(subjectDigest: string): string {
  const { algorithm, hex } = splitDigest(subjectDigest);
  return `${algorithm}-${hex}`.slice(0, 128);
}

/** Where a fallback index is read from: a repository, named in messages. */
type IndexReader = Pick<Repository, 'displayName' | 'getManifest'>;

interface IndexDocument extends Record<string, unknown> {
  manifests: Record<string, unknown>[];
}

function parseIndex(displayName: string, tag: string, manifest: StoredManifest): IndexDocument {
  let parsed: unknown;
  try {
    parsed = JSON.parse(manifest.bytes.toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const manifests = (parsed as { manifests?: unknown } | undefined)?.manifests;
  if (manifest.mediaType !== OCI_INDEX || !Array.isArray(manifests)) {
    throw new UserError(
      ErrorCode.REFERRERS_INDEX_INVALID,
      `The tag ${tag} in ${displayName} should hold the OCI image index of referrers, but ` +
        `holds a ${manifest.mediaType}; it was left untouched. Remove or retag it to add referrers.`,
    );
  }
  return parsed as IndexDocument;
}

/** Lists `referrer` in the fallback index at `tag`, keeping everything already there. */
export function fallbackIndexChange(
  displayName: string,
  tag: string,
  referrer: Descriptor,
): SharedTagChange {
  return {
    description: `referrer ${referrer.digest}`,
    holds: (current) =>
      current !== undefined &&
      parseIndex(displayName, tag, current).manifests.some((e) => e.digest === referrer.digest),
    apply(current) {
      const index: IndexDocument = current
        ? parseIndex(displayName, tag, current)
        : { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [] };
      index.manifests.push({ ...referrer });
      return {
        manifest: { mediaType: OCI_INDEX, bytes: Buffer.from(JSON.stringify(index)) },
        blobs: [],
      };
    },
  };
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
  repository: IndexReader,
  subjectDigest: string,
  artifactType?: string,
): Promise<Descriptor[]> {
  const tag = fallbackTag(subjectDigest);
  const current = await repository.getManifest(tag);
  if (!current) return [];
  return referrersOf(parseIndex(repository.displayName, tag, current).manifests, artifactType);
}
