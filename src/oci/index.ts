// The OCI layer's public surface. Nothing here knows about Flux, GitHub Actions or tag policy.
export { openRepository, parseTarget, LAYOUT_PREFIX, type Target } from './open.js';
export type { OciLogger, RepositoryOptions, RetryOptions, UploadOptions } from './options.js';
export {
  parseReference,
  formatReference,
  apiHost,
  isValidTag,
  isValidRepository,
  type Reference,
} from './reference.js';
export { RegistryError, type RegistryErrorDetail } from './errors.js';
export { fallbackTag } from './referrers.js';
export { digestOf, isDigest } from './digest.js';
export * from './media-types.js';
export type {
  BlobSource,
  Descriptor,
  Repository,
  StoredManifest,
  UploadProgress,
} from './repository.js';
