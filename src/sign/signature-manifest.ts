// The legacy `.sig` manifest: one OCI image manifest per signed digest, one layer per signature,
// shared by every signer of that digest (sigstore/cosign pkg/oci/remote: the `sha256-<hex>.sig`
// tag). Adding ours is a read-modify-write that
// never drops a layer written by someone else.
import { OCI_MANIFEST } from '../oci/media-types.js';
import type { Descriptor, Repository, StoredManifest } from '../oci/repository.js';
import { writeUntilKept } from '../oci/write-until-kept.js';
import { UserError } from '../errors.js';
import { bufferBlob } from './blob.js';
import { LegacyAnnotation } from './legacy-layer.js';

const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
/** cosign refuses to read a `.sig` manifest with more layers than this. */
const MAX_LAYERS = 1000;
/** Concurrent signers of one digest each re-read until their layer has survived. */
const WRITE_ATTEMPTS = 5;
const MIN_SETTLE_MS = 100;

/** `sha256-<hex>.sig`: the tag cosign looks up for the signatures of `digest`. */
export function signatureTag(digest: string): string {
  return `${digest.replace(':', '-')}.sig`;
}

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
  await repository.putBlob(bufferBlob(payload));
  const kept = await writeUntilKept({
    attempts: WRITE_ATTEMPTS,
    settleMs: MIN_SETTLE_MS,
    async write() {
      const others = parseLayers(await repository.getManifest(tag), tag).filter(
        (existing) => !supersedes(existing),
      );
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
      await repository.putBlob(configBlob);
      const manifest: ImageManifest = {
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        config: { mediaType: OCI_CONFIG, digest: configBlob.digest, size: configBlob.size },
        layers,
      };
      await repository.putManifest(
        { mediaType: OCI_MANIFEST, bytes: Buffer.from(JSON.stringify(manifest)) },
        tag,
      );
      return true;
    },
    // Ours, or an equivalent one that a concurrent run of the same signer wrote over it.
    kept: async () =>
      parseLayers(await repository.getManifest(tag), tag).some(
        (existing) => sameSignature(existing, layer) || supersedes(existing),
      ),
  });
  if (!kept) {
    throw new UserError(
      'SIGNATURE_MANIFEST_CONFLICT',
      `Another writer kept replacing the signature manifest at tag ${tag} (${WRITE_ATTEMPTS} ` +
        'attempts); our signature is not in it. Re-run the job when the other signer is done.',
    );
  }
  return tag;
}
