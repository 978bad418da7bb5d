// Manifest media types a registry may hand back, and how to tell them apart when it does not say.

export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
export const DOCKER_MANIFEST_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';

/** Every manifest type we read, OCI first: sent as `Accept` so no registry converts anything. */
export const MANIFEST_MEDIA_TYPES = [
  OCI_MANIFEST,
  OCI_INDEX,
  DOCKER_MANIFEST,
  DOCKER_MANIFEST_LIST,
];

/** The OCI image layout's tag annotation, also the one `skopeo`'s `oci:` transport matches. */
export const REF_NAME_ANNOTATION = 'org.opencontainers.image.ref.name';

/** Registries and the spec cap manifests at a few MiB; anything larger is not a manifest. */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

/**
 * The media type of manifest bytes: the `Content-Type` the store gave when it is a manifest type,
 * else the manifest's own `mediaType`, else its shape (an index lists `manifests`).
 */
export function manifestMediaType(bytes: Uint8Array, contentType?: string | null): string {
  const declared = contentType?.split(';')[0]?.trim();
  if (declared && MANIFEST_MEDIA_TYPES.includes(declared)) return declared;
  try {
    const parsed = JSON.parse(Buffer.from(bytes).toString('utf8')) as unknown;
    if (parsed && typeof parsed === 'object') {
      const { mediaType, manifests } = parsed as { mediaType?: unknown; manifests?: unknown };
      if (typeof mediaType === 'string' && mediaType) return mediaType;
      return Array.isArray(manifests) ? OCI_INDEX : OCI_MANIFEST;
    }
  } catch {
    // Not JSON: fall through to whatever the store declared.
  }
  return declared || OCI_MANIFEST;
}
