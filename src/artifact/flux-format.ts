// The names the Flux artifact format fixes: what `flux push artifact` writes and source-controller
// reads (fluxcd/pkg `oci/globals.go`). Everything that writes or inspects an artifact uses these.

export const FLUX_CONFIG_MEDIA_TYPE = 'application/vnd.cncf.flux.config.v1+json';
/** source-controller extracts `layers[0]` only when it is a gzip of a tar. */
export const FLUX_CONTENT_MEDIA_TYPE = 'application/vnd.cncf.flux.content.v1.tar+gzip';

export const CREATED_ANNOTATION = 'org.opencontainers.image.created';
/** GHCR links a package to its repository through this value. */
export const SOURCE_ANNOTATION = 'org.opencontainers.image.source';
/** `<ref name>@sha1:<commit>`, as Flux RFC-0005 records an origin. */
export const REVISION_ANNOTATION = 'org.opencontainers.image.revision';
