// The Sigstore bundle form (cosign v3, Flux ≥ 1.8): the bundle as the single layer of an OCI 1.1
// artifact manifest whose `subject` is the signed manifest, attached as a referrer (formats.md §2b).
import { digestOf } from '../oci/digest.js';
import { OCI_MANIFEST } from '../oci/media-types.js';
import type { Descriptor, Repository } from '../oci/repository.js';
import { bufferBlob } from './blob.js';
import { COSIGN_SIGN_PREDICATE_TYPE } from './statement.js';

export const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const EMPTY_JSON = Buffer.from('{}');
const EMPTY_MEDIA_TYPE = 'application/vnd.oci.empty.v1+json';

/** RFC 3339 in UTC, second precision, as cosign writes `org.opencontainers.image.created`. */
function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Stores `bundleJSON` as a referrer of `subject` and returns the referrer manifest's descriptor.
 * Each call adds one referrer: existing ones, ours from earlier runs included, stay.
 */
export async function attachBundle(
  repository: Repository,
  subject: Descriptor,
  bundleJSON: Buffer,
  created: Date,
): Promise<Descriptor> {
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
  return referrer;
}
