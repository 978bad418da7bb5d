// The legacy `.sig` manifest: one OCI image manifest per signed digest, one layer per signature,
// shared by every signer of that digest (formats.md §2a). Adding ours is a change to a shared tag
// (oci/shared-tag.ts) that never drops a layer written by someone else.
import { OCI_MANIFEST } from '../oci/media-types.js';
import type { Descriptor, Repository, SharedTagChange, StoredManifest } from '../oci/repository.js';
import { UserError } from '../errors.js';
import { bufferBlob } from './blob.js';
import { LegacyAnnotation, signatureTag } from '../cosign/format.js';

const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
/** cosign refuses to read a `.sig` manifest with more layers than this. */
const MAX_LAYERS = 1000;

interface ImageManifest {
  schemaVersion: 2;
  mediaType: string;
  config: Descriptor;
  layers: Descriptor[];
  annotations?: Record<string, string>;
}

/** Tells whether an existing layer is an earlier signature of ours, which `layer` replaces. */
export type Supersedes = (existing: Descriptor) => boolean;

function parseLayers(stored: StoredManifest | undefined, tag: string): Descriptor[] {
  if (!stored) return [];
  try {
    const manifest = JSON.parse(stored.bytes.toString('utf8')) as Partial<ImageManifest>;
    if (Array.isArray(manifest.layers)) return manifest.layers;
  } catch {
    // reported below
  }
  throw new UserError(
    'SIGNATURE_MANIFEST_INVALID',
    `The existing signature manifest at tag ${tag} is not an image manifest with layers, so ` +
      'signatures cannot be added to it without losing what it holds. Inspect it and delete the ' +
      'tag if it is not a cosign signature manifest.',
  );
}

/** The layers of the `.sig` manifest of `subjectDigest`; none when it is missing or unreadable. */
export async function legacySignatureLayers(
  repository: Repository,
  subjectDigest: string,
): Promise<Descriptor[]> {
  const tag = signatureTag(subjectDigest);
  try {
    return parseLayers(await repository.getManifest(tag), tag);
  } catch (error) {
    // Adding a signature reports what is wrong with it; here it holds none of ours.
    if (error instanceof UserError && error.code === 'SIGNATURE_MANIFEST_INVALID') return [];
    throw error;
  }
}

/**
 * The config cosign's writer (go-containerregistry's `mutate.Append` over an empty image) would
 * give these layers. No verifier reads it, but tools that inspect the image expect it consistent.
 */
function configFor(layers: Descriptor[]): Buffer {
  const epoch = '0001-01-01T00:00:00Z';
  return Buffer.from(
    JSON.stringify({
      architecture: '',
      created: epoch,
      history: layers.map(() => ({ created: epoch })),
      os: '',
      rootfs: { type: 'layers', diff_ids: layers.map((layer) => layer.digest) },
      config: {},
    }),
  );
}

function sameSignature(a: Descriptor, b: Descriptor): boolean {
  const key = LegacyAnnotation.signature;
  return a.digest === b.digest && a.annotations?.[key] === b.annotations?.[key];
}

/**
 * Adds `layer` (whose blob is `payload`) to the `.sig` manifest of `subjectDigest`, replacing
 * layers `supersedes` claims, keeping every other one. Returns the tag.
 */
export async function addLegacySignature(
  repository: Repository,
  subjectDigest: string,
  payload: Buffer,
  layer: Descriptor,
  supersedes: Supersedes,
): Promise<string> {
  const tag = signatureTag(subjectDigest);
  await repository.updateSharedTag(tag, legacySignatureChange(tag, payload, layer, supersedes));
  return tag;
}

function legacySignatureChange(
  tag: string,
  payload: Buffer,
  layer: Descriptor,
  supersedes: Supersedes,
): SharedTagChange {
  return {
    description: `signature ${layer.annotations?.[LegacyAnnotation.signature]?.slice(0, 16)}…`,
    // Ours, or an equivalent one that a concurrent run of the same signer wrote over it.
    holds: (current) =>
      parseLayers(current, tag).some(
        (existing) => sameSignature(existing, layer) || supersedes(existing),
      ),
    apply(current) {
      const others = parseLayers(current, tag).filter((existing) => !supersedes(existing));
      const layers = [...others, layer];
      if (layers.length > MAX_LAYERS) {
        throw new UserError(
          'SIGNATURE_MANIFEST_FULL',
          `The signature manifest at tag ${tag} already holds ${others.length} signatures; ` +
            `cosign reads at most ${MAX_LAYERS}. Delete the tag (or old signatures in it) and ` +
            'sign again.',
        );
      }
      const configBlob = bufferBlob(configFor(layers));
      const manifest: ImageManifest = {
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: { mediaType: OCI_CONFIG, digest: configBlob.digest, size: configBlob.size },
        layers,
      };
      return {
        manifest: { mediaType: OCI_MANIFEST, bytes: Buffer.from(JSON.stringify(manifest)) },
        blobs: [bufferBlob(payload), configBlob],
      };
    },
  };
}
