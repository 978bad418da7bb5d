// Did the content change since the artifact at some tag? Decided on the uncompressed content, so
// that another gzip (a new Node, the Flux CLI) or another `created` time is not a change.
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { UserError } from '../errors.js';
import type { Descriptor, Repository, StoredManifest } from '../oci/repository.js';
import { readBlobAtMost } from '../oci/read-blob.js';
import type { BuiltArtifact } from './build.js';
import { DigestStream } from '../oci/digest.js';
import { FLUX_CONTENT_MEDIA_TYPE } from './flux-format.js';
import { tarContentDigest } from './tar-contents.js';

export interface PublishedComparison {
  unchanged: boolean;
  /** The published manifest, when there is one at the reference: tagging it needs no new read. */
  manifest?: StoredManifest;
  /** Why, in a few words, for the log. */
  reason: string;
}

const FLUX_CONTENT = { mediaType: FLUX_CONTENT_MEDIA_TYPE, kind: 'a Flux artifact' };

/** Configs are tiny; a larger one is not ours to parse. */
const MAX_CONFIG_BYTES = 1024 * 1024;

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

/** `rootfs.diff_ids[0]` of a config, when it has one. */
async function publishedDiffId(
  repository: Repository,
  config: Descriptor,
): Promise<string | undefined> {
  if (config.size > MAX_CONFIG_BYTES) return undefined;
  const bytes = await readBlobAtMost(repository, config.digest, MAX_CONFIG_BYTES);
  if (bytes === undefined) return undefined;
  try {
    const parsed = JSON.parse(bytes.toString('utf8')) as { rootfs?: { diff_ids?: unknown } };
    const diffId: unknown = Array.isArray(parsed.rootfs?.diff_ids)
      ? parsed.rootfs.diff_ids[0]
      : undefined;
    return typeof diffId === 'string' ? diffId : undefined;
  } catch {
    return undefined;
  }
}

/** sha256 of the uncompressed tar and its content digest, in one pass over a gzipped layer. */
async function readPublishedLayer(layer: Readable): Promise<{ diffId: string; content: string }> {
  const tar = new DigestStream();
  const [content] = await Promise.all([
    tarContentDigest(tar),
    pipeline(layer, createGunzip(), tar),
  ]);
  return { diffId: tar.result().digest, content };
}

/** What the comparison needs of a built artifact, Flux's or a Helm chart. */
export type ComparableArtifact = Pick<BuiltArtifact, 'manifest' | 'layer' | 'diffId'>;

async function ourContentDigest(built: ComparableArtifact): Promise<string> {
  const tar = createGunzip();
  const [content] = await Promise.all([tarContentDigest(tar), pipeline(built.layer.open(), tar)]);
  return content;
}

/**
 * Compares `built` with what `repository` holds at `reference` (a tag or digest). Unchanged means
 * the same uncompressed content: by the config's `diff_ids` when it has them; otherwise (artifacts
 * pushed by other tools) by streaming the published layer through gunzip, and comparing first the
 * tar's digest, then what the tar holds, so that a tar written by Go or GNU tar with the same files
 * counts as the same. Anything unreadable counts as changed: publishing again is the safe answer.
 * `content` names the kind of artifact by the media type of its content layer (a Helm chart's
 * config has no `diff_ids`, so a chart is always compared by its tar).
 */
export async function compareWithPublished(
  repository: Repository,
  reference: string,
  built: ComparableArtifact,
  content: { mediaType: string; kind: string } = FLUX_CONTENT,
): Promise<PublishedComparison> {
  const manifest = await repository.getManifest(reference);
  if (manifest === undefined) {
    return { unchanged: false, reason: `nothing is published at ${reference}` };
  }
  if (manifest.digest === built.manifest.digest) {
    return { unchanged: true, manifest, reason: 'the same manifest' };
  }
  const artifact = parseManifest(manifest.bytes, content.mediaType);
  if (artifact === undefined) {
    return { unchanged: false, manifest, reason: `${reference} is not ${content.kind}` };
  }
  if (artifact.layer.digest === built.layer.digest) {
    return { unchanged: true, manifest, reason: 'the same layer' };
  }

  const diffId = await publishedDiffId(repository, artifact.config);
  if (diffId !== undefined) {
    const unchanged = diffId === built.diffId;
    return { unchanged, manifest, reason: `${unchanged ? 'the same' : 'another'} content digest` };
  }

  const layerStream = await repository.getBlob(artifact.layer.digest);
  let publishedLayer;
  try {
    publishedLayer = await readPublishedLayer(layerStream);
  } catch (error) {
    // The registry's own errors say more; anything else means the layer cannot be compared.
    if (error instanceof UserError) throw error;
    return {
      unchanged: false,
      manifest,
      reason: `its layer is not a readable tar+gzip (${String(error)})`,
    };
  }
  if (publishedLayer.diffId === built.diffId) {
    return { unchanged: true, manifest, reason: 'the same tar (no diff_ids in its config)' };
  }
  const unchanged = (await ourContentDigest(built)) === publishedLayer.content;
  return {
    unchanged,
    manifest,
    reason: `${unchanged ? 'the same' : 'other'} files (no diff_ids in its config)`,
  };
}
