// The Sigstore bundle form (cosign v3, Flux ≥ 2.8): the bundle as the single layer of an OCI 1.1
// artifact manifest whose `subject` is the signed manifest, attached as a referrer (the layout
// cosign v3 writes: sigstore/cosign cmd/cosign/cli/signcommon/common.go).
// A signer's re-run keeps the bundle it attached before rather than piling up equivalent ones:
// referrers cannot be replaced, only added.
import { digestOf } from '../oci/digest.js';
import { OCI_MANIFEST } from '../oci/media-types.js';
import type { Descriptor, Repository } from '../oci/repository.js';
import { readBlobAtMost } from '../oci/read-blob.js';
import { bufferBlob } from './blob.js';
import { COSIGN_SIGN_PREDICATE_TYPE } from './statement.js';

export const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const EMPTY_JSON = Buffer.from('{}');
const EMPTY_MEDIA_TYPE = 'application/vnd.oci.empty.v1+json';

/** RFC 3339 in UTC, second precision, as cosign writes `org.opencontainers.image.created`. */
function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Tells whether an existing bundle (its JSON) is by the signer of the one being attached. */
export type SameSigner = (bundleJSON: Buffer) => boolean;

/** Bundles are a few kilobytes; a larger layer is not one of ours to read. */
const MAX_BUNDLE_BYTES = 1024 * 1024;

/** The Sigstore bundles attached to `subject`, each with its referrer manifest's descriptor. */
export async function* attachedBundles(
  repository: Repository,
  subject: Descriptor,
): AsyncGenerator<{ referrer: Descriptor; json: Buffer }> {
  for (const referrer of await repository.listReferrers(subject.digest, BUNDLE_MEDIA_TYPE)) {
    const manifest = await repository.getManifest(referrer.digest);
    if (!manifest) continue;
    let layer: Descriptor | undefined;
    try {
      layer = (JSON.parse(manifest.bytes.toString('utf8')) as { layers?: Descriptor[] })
        .layers?.[0];
    } catch {
      continue; // not a manifest we can read: someone else's, left alone
    }
    if (!layer || layer.mediaType !== BUNDLE_MEDIA_TYPE || layer.size > MAX_BUNDLE_BYTES) continue;
    const json = await readBlobAtMost(repository, layer.digest, MAX_BUNDLE_BYTES);
    if (json) yield { referrer, json };
  }
}

/** A bundle referrer of `subject` by the same signer, if one is there already. */
async function attachedBefore(
  repository: Repository,
  subject: Descriptor,
  sameSigner: SameSigner,
): Promise<Descriptor | undefined> {
  for await (const { referrer, json } of attachedBundles(repository, subject)) {
    if (sameSigner(json)) return referrer;
  }
  return undefined;
}

/**
 * Stores `bundleJSON` as a referrer of `subject` and returns the referrer manifest's descriptor,
 * and whether it was added now. With `sameSigner`, a bundle already attached by that signer is
 * returned instead of adding another; other signers' bundles never count.
 */
export async function attachBundle(
  repository: Repository,
  subject: Descriptor,
  bundleJSON: Buffer,
  created: Date,
  sameSigner?: SameSigner,
): Promise<{ referrer: Descriptor; added: boolean }> {
  const existing = sameSigner && (await attachedBefore(repository, subject, sameSigner));
  if (existing) return { referrer: existing, added: false };
  const config = bufferBlob(EMPTY_JSON);
  const layer = bufferBlob(bundleJSON);
  await repository.putBlob(config);
  await repository.putBlob(layer);
  const annotations = {
    'dev.sigstore.bundle.content': 'dsse-envelope',
    'dev.sigstore.bundle.predicateType': COSIGN_SIGN_PREDICATE_TYPE,
    'org.opencontainers.image.created': rfc3339(created),
  };
  const manifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    artifactType: BUNDLE_MEDIA_TYPE,
    config: { mediaType: EMPTY_MEDIA_TYPE, digest: config.digest, size: config.size },
    layers: [{ mediaType: BUNDLE_MEDIA_TYPE, digest: layer.digest, size: layer.size }],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    annotations,
  };
  const bytes = Buffer.from(JSON.stringify(manifest));
  const digest = digestOf(bytes);
  await repository.putManifest({ mediaType: OCI_MANIFEST, bytes }, digest);
  const referrer: Descriptor = {
    mediaType: OCI_MANIFEST,
    digest,
    size: bytes.length,
    artifactType: BUNDLE_MEDIA_TYPE,
    annotations,
  };
  await repository.addReferrer(subject, referrer);
  return { referrer, added: true };
}
