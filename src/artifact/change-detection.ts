// Did the content change since the artifact at some tag, and which files? Decided on the
// uncompressed content, file by file (src/artifact/tar-contents.ts), so that another gzip (a new
// Node, the Flux CLI), another tar writer or another `created` time is not a change. The same
// answer serves `diff-tag` (push or not), a chart's version check, a pull request's review
// (src/review/), which shows the changed files as diffs, and the CLI's `diff` (src/cli/diff.ts).
import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { ErrorCode, UserError } from '../errors.js';
import type { Descriptor, Repository, StoredManifest } from '../oci/repository.js';
import type { BuiltArtifact } from './build.js';
import { diffTrees, type FileChange } from './content-diff.js';
import { FLUX_CONTENT_MEDIA_TYPE } from './flux-format.js';
import { tarEntries, type TarEntry } from './tar-contents.js';

export interface PublishedComparison {
  unchanged: boolean;
  /** The published manifest, when there is one at the reference: tagging it needs no new read. */
  manifest?: StoredManifest;
  /** Why, in a few words, for the log. */
  reason: string;
  /** False when nothing comparable is published there (nothing, another kind, unreadable). */
  comparable: boolean;
  /**
   * The files that differ, as `git diff --name-status` lists them; every file added when nothing
   * comparable is published. Text files small enough to diff carry their bytes on both sides.
   */
  changes: FileChange[];
}

const FLUX_CONTENT = { mediaType: FLUX_CONTENT_MEDIA_TYPE, kind: 'a Flux artifact' };

/** Files larger than this are not held in memory for a diff: a review shows them by size. */
const MAX_DIFFED_FILE_BYTES = 1024 * 1024;

/** What one side of a comparison holds in memory for diffs, at most; the rest shown by size. */
const MAX_KEPT_BYTES = 32 * 1024 * 1024;

interface PublishedArtifact {
  config: Descriptor;
  layer: Descriptor;
}

function isDescriptor(value: unknown): value is Descriptor {
  const d = value as Partial<Descriptor> | null;
  return typeof d?.mediaType === 'string' && typeof d.digest === 'string';
}

/** The config and the content layer of a manifest, or `undefined`. */
function parseManifest(bytes: Buffer, contentMediaType: string): PublishedArtifact | undefined {
  let manifest: { config?: unknown; layers?: unknown };
  try {
    manifest = JSON.parse(bytes.toString('utf8')) as typeof manifest;
  } catch {
    return undefined;
  }
  // A Helm chart may carry its provenance in a second layer, which `helm push` may put first.
  const layer: unknown = Array.isArray(manifest.layers)
    ? manifest.layers.find((item) => isDescriptor(item) && item.mediaType === contentMediaType)
    : undefined;
  if (!isDescriptor(manifest.config) || !isDescriptor(layer)) return undefined;
  return { config: manifest.config, layer };
}

/**
 * The entries of a gzipped tar, keeping the bytes of the files `wanted` accepts (once read, their
 * digest known) within the memory budget.
 */
async function entriesOf(
  gzipped: Readable,
  wanted: (entry: Omit<TarEntry, 'data'>) => boolean,
): Promise<Map<string, TarEntry>> {
  let budget = MAX_KEPT_BYTES;
  const keep = (entry: Omit<TarEntry, 'data'>) => {
    if (!wanted(entry) || entry.size > budget) return false;
    budget -= entry.size;
    return true;
  };
  const tar = new PassThrough();
  const [entries] = await Promise.all([
    tarEntries(tar, { keepDataUpTo: MAX_DIFFED_FILE_BYTES, keep }),
    pipeline(gzipped, createGunzip(), tar),
  ]);
  return entries;
}

/** What the comparison needs of a built artifact, Flux's or a Helm chart. */
export type ComparableArtifact = Pick<BuiltArtifact, 'manifest' | 'layer'>;

/** Our files with the bytes of those named (read again from the layer file, not the network). */
function ourEntries(built: ComparableArtifact, names?: ReadonlySet<string>) {
  return entriesOf(built.layer.open(), (entry) => names?.has(entry.name) ?? true);
}

/** Every file of `built` as added, with its bytes: what a review shows when nothing is published. */
export async function allFilesNew(built: ComparableArtifact): Promise<FileChange[]> {
  return diffTrees(new Map(), await ourEntries(built));
}

/**
 * Compares `built` with what `repository` holds at `reference` (a tag or digest): one manifest
 * read and, unless the manifest or its layer is ours, one streamed read of the published layer,
 * gunzipped and read entry by entry (the bytes of the files that differ are kept for diffs).
 * Unchanged means the same files with the same kinds, permission bits and bytes, whichever tool
 * wrote the tar. Anything unreadable counts as changed: publishing again is the safe answer.
 * `content` names the kind of artifact by the media type of its content layer.
 */
export async function compareWithPublished(
  repository: Repository,
  reference: string,
  built: ComparableArtifact,
  content: { mediaType: string; kind: string } = FLUX_CONTENT,
): Promise<PublishedComparison> {
  const allNew = async (reason: string, manifest?: StoredManifest) => ({
    unchanged: false,
    ...(manifest && { manifest }),
    reason,
    comparable: false,
    changes: await allFilesNew(built),
  });
  const manifest = await repository.getManifest(reference);
  if (manifest === undefined) return allNew(`nothing is published at ${reference}`);
  if (manifest.digest === built.manifest.digest) {
    return {
      unchanged: true,
      manifest,
      reason: 'the same manifest',
      comparable: true,
      changes: [],
    };
  }
  const artifact = parseManifest(manifest.bytes, content.mediaType);
  if (artifact === undefined) return allNew(`${reference} is not ${content.kind}`, manifest);
  if (artifact.layer.digest === built.layer.digest) {
    return { unchanged: true, manifest, reason: 'the same layer', comparable: true, changes: [] };
  }

  let changes: FileChange[];
  try {
    changes = await changedFiles(repository, artifact.layer.digest, built, reference);
  } catch (error) {
    // Unreadable means it cannot be compared; the registry's own errors say more.
    if (!(error instanceof UserError && error.code === ErrorCode.ARTIFACT_LAYER_INVALID)) {
      throw error;
    }
    return allNew(`its layer is not a readable tar+gzip (${String(error.cause)})`, manifest);
  }
  if (changes.length === 0) {
    return { unchanged: true, manifest, reason: 'the same files', comparable: true, changes };
  }
  return {
    unchanged: false,
    manifest,
    reason: `${changes.length} files differ`,
    comparable: true,
    changes,
  };
}

/**
 * The files that differ between the layer `digest` in `repository` (named `what` in an error) and
 * `built`'s layer, sorted by path: one streamed read of the published layer, gunzipped and read
 * entry by entry. With `withData` (a review, `diff --unified`), text files small enough to diff
 * carry their bytes on both sides, within the memory budget; ours are read again from the layer
 * file, only for the files that differ. A published layer that is not a readable tar+gzip is an
 * ARTIFACT_LAYER_INVALID error.
 */
export async function changedFiles(
  repository: Repository,
  digest: string,
  built: ComparableArtifact,
  what: string,
  withData = true,
): Promise<FileChange[]> {
  if (digest === built.layer.digest) return [];
  const ours = await ourEntries(built, new Set());
  const differs = (entry: Omit<TarEntry, 'data'>) =>
    withData && ours.get(entry.name)?.sha256 !== entry.sha256;
  let published;
  try {
    published = await entriesOf(await repository.getBlob(digest), differs);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(
      ErrorCode.ARTIFACT_LAYER_INVALID,
      `${what} is not a readable gzip-compressed tar (${String(error)}).`,
      { cause: error },
    );
  }
  const changes = diffTrees(published, ours);
  if (changes.length === 0 || !withData) return changes;
  return diffTrees(
    published,
    await ourEntries(built, new Set(changes.map((c) => c.after?.name ?? ''))),
  );
}
