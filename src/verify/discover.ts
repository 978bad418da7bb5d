// Finding an artifact's signatures where cosign and Flux look for them: Sigstore bundles among the
// referrers of its digest (cosign's GetBundles: any referrer whose single layer is a bundle of
// v0.3 or later), and the layers of the legacy `sha256-<hex>.sig` manifest. Nothing is judged here.
import { bundleFromJSON, type Bundle } from '@sigstore/bundle';
import { readImageManifest } from '../oci/image-manifest.js';
import { readBlobAtMost } from '../oci/read-blob.js';
import type { Descriptor, Repository } from '../oci/repository.js';
import { signatureTag } from '../cosign/format.js';

/** Signatures are a few kilobytes; a larger blob is not one to hold in memory. */
const MAX_SIGNATURE_BLOB_BYTES = 1024 * 1024;
const BUNDLE_LAYER_PREFIX = 'application/vnd.dev.sigstore.bundle';

export interface FoundBundle {
  format: 'bundle';
  /** The referrer manifest's digest. */
  where: string;
  bundle?: Bundle;
  /** Why it could not be read; cosign and Flux skip such referrers. */
  problem?: string;
}

export interface FoundLegacy {
  format: 'legacy';
  /** `<tag> layer <n>`. */
  where: string;
  layer: Descriptor;
  payload?: Buffer;
  problem?: string;
}

export type FoundSignature = FoundBundle | FoundLegacy;

export interface Discovery {
  /** Bundles that parse (what makes Flux ≥ 2.8 ignore the `.sig` tag), then unreadable ones. */
  bundles: FoundBundle[];
  legacy: FoundLegacy[];
  /** The legacy signature tag looked up. */
  signatureTag: string;
  /** Listing the referrers failed (Flux then falls back to the `.sig` tag). */
  referrersError?: string;
}

function isV03OrLater(bundle: Bundle): boolean {
  const match = /version=(\d+)\.(\d+)|bundle\.v(\d+)\.(\d+)\+json/.exec(bundle.mediaType);
  if (!match) return false;
  const major = Number(match[1] ?? match[3]);
  const minor = Number(match[2] ?? match[4]);
  return major > 0 || minor >= 3;
}

/** A referrer as cosign reads it: one layer of a bundle media type, holding a v0.3+ bundle. */
async function readReferrer(
  repository: Repository,
  referrer: Descriptor,
): Promise<FoundBundle | undefined> {
  const where = referrer.digest;
  const stored = await repository.getManifest(referrer.digest);
  const manifest = stored && readImageManifest(stored);
  const [layer, ...others] = manifest?.layers ?? [];
  if (!layer || others.length > 0 || !layer.mediaType.startsWith(BUNDLE_LAYER_PREFIX)) {
    return undefined; // not a Sigstore bundle: an SBOM, an attestation of another tool…
  }
  const bytes =
    layer.size <= MAX_SIGNATURE_BLOB_BYTES
      ? await readBlobAtMost(repository, layer.digest, MAX_SIGNATURE_BLOB_BYTES)
      : undefined;
  if (!bytes) return { format: 'bundle', where, problem: 'its bundle is larger than 1 MiB' };
  let bundle: Bundle;
  try {
    bundle = bundleFromJSON(JSON.parse(bytes.toString('utf8')));
  } catch (error) {
    return { format: 'bundle', where, problem: `not a valid Sigstore bundle (${String(error)})` };
  }
  if (!isV03OrLater(bundle)) {
    return { format: 'bundle', where, problem: `bundle ${bundle.mediaType} is older than v0.3` };
  }
  return { format: 'bundle', where, bundle };
}

async function findBundles(
  repository: Repository,
  digest: string,
): Promise<{ bundles: FoundBundle[]; error?: string }> {
  let referrers: Descriptor[];
  try {
    referrers = await repository.listReferrers(digest);
  } catch (error) {
    return { bundles: [], error: (error as Error).message };
  }
  const found = await Promise.all(referrers.map((r) => readReferrer(repository, r)));
  const bundles = found.filter((b): b is FoundBundle => b !== undefined);
  // Readable bundles first: they are the ones that count.
  return { bundles: [...bundles.filter((b) => b.bundle), ...bundles.filter((b) => !b.bundle)] };
}

async function findLegacy(repository: Repository, tag: string): Promise<FoundLegacy[]> {
  const stored = await repository.getManifest(tag);
  if (!stored) return [];
  const manifest = readImageManifest(stored);
  if (!manifest) {
    return [
      {
        format: 'legacy',
        where: tag,
        layer: { mediaType: stored.mediaType, digest: stored.digest, size: stored.bytes.length },
        problem: `${tag} is not an image manifest`,
      },
    ];
  }
  return Promise.all(
    manifest.layers.map(async (layer, index): Promise<FoundLegacy> => {
      const where = `${tag} layer ${index + 1}`;
      if (layer.size > MAX_SIGNATURE_BLOB_BYTES) {
        return { format: 'legacy', where, layer, problem: 'its payload is larger than 1 MiB' };
      }
      const payload = await readBlobAtMost(repository, layer.digest, MAX_SIGNATURE_BLOB_BYTES);
      return payload
        ? { format: 'legacy', where, layer, payload }
        : { format: 'legacy', where, layer, problem: 'its payload is larger than 1 MiB' };
    }),
  );
}

/** The signatures of the manifest `digest` in `repository`, in both forms. */
export async function discoverSignatures(
  repository: Repository,
  digest: string,
): Promise<Discovery> {
  const tag = signatureTag(digest);
  const [referrers, legacy] = await Promise.all([
    findBundles(repository, digest),
    findLegacy(repository, tag),
  ]);
  return {
    bundles: referrers.bundles,
    legacy,
    signatureTag: tag,
    ...(referrers.error === undefined ? {} : { referrersError: referrers.error }),
  };
}
