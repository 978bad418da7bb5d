// The config blob and the manifest, serialised with a fixed key order so that the same content,
// commit and time always give the same manifest digest.
import { OCI_MANIFEST } from '../oci/media-types.js';
import type { Descriptor } from '../oci/repository.js';
import { CREATED_ANNOTATION, REVISION_ANNOTATION, SOURCE_ANNOTATION } from './flux-format.js';

const RFC3339_UTC_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

export function assertCreated(created: string): void {
  if (!RFC3339_UTC_SECONDS.test(created) || Number.isNaN(Date.parse(created))) {
    throw new Error(`created must be RFC 3339 UTC with second precision, got '${created}'`);
  }
}

/**
 * The config Flux up to 2.8 wrote: `created`, and the sha256 of the uncompressed tar as
 * `rootfs.diff_ids[0]`, as an image config records its layers.
 */
export function configBytes(created: string, diffId: string): Buffer {
  return Buffer.from(
    JSON.stringify({ created, rootfs: { type: 'layers', diff_ids: [diffId] } }),
    'utf8',
  );
}

export interface ManifestFields {
  created: string;
  source: string;
  revision: string;
  /** Merged last: a user annotation overrides one of the three above. */
  annotations: Readonly<Record<string, string>>;
}

/** The three annotations Flux records, then the user's; keys sorted, so input order is moot. */
export function manifestAnnotations(fields: ManifestFields): Record<string, string> {
  const merged: Record<string, string> = {
    [CREATED_ANNOTATION]: fields.created,
    [SOURCE_ANNOTATION]: fields.source,
    [REVISION_ANNOTATION]: fields.revision,
    ...fields.annotations,
  };
  const keys = Object.keys(merged).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  return Object.fromEntries(keys.map((key) => [key, merged[key]!]));
}

function descriptor({ mediaType, digest, size }: Descriptor): Descriptor {
  return { mediaType, digest, size };
}

/** `layers` in the order given: one for a Flux artifact; a Helm chart may add its provenance. */
export function manifestBytes(
  config: Descriptor,
  layers: Descriptor | readonly Descriptor[],
  annotations: Record<string, string>,
): Buffer {
  return Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: descriptor(config),
      layers: (Array.isArray(layers) ? layers : [layers]).map(descriptor),
      annotations,
    }),
    'utf8',
  );
}
