// What the caller hands the OCI layer: credentials as a function of the registry, a log (which
// also masks secrets), retry and upload tuning. So this folder knows registries only, not who calls.
import type { Log } from '../log.js';
import type { CredentialFunc } from './credentials.js';

export interface RetryOptions {
  /** Attempts per request, the first included (default 8). */
  attempts?: number;
  /** No retry starts after this much time since the first attempt (default 120 s). */
  maxElapsedMs?: number;
  /** The first backoff; later ones double, with full jitter (default 500 ms). */
  baseDelayMs?: number;
  /** The longest single wait, `Retry-After` included (default 30 s). */
  maxDelayMs?: number;
  /**
   * An attempt that sends and receives nothing for this long is abandoned and retried (default
   * 60 s). It bounds silence, not duration: a long upload that keeps moving is never cut.
   */
  timeoutMs?: number;
}

export interface UploadOptions {
  /** Blobs larger than this are uploaded in chunks (default 128 MiB). */
  chunkThresholdBytes?: number;
  /** Chunk size, raised to the registry's `OCI-Chunk-Min-Length` (default 32 MiB). */
  chunkSizeBytes?: number;
}

export interface RepositoryOptions {
  /** Where credentials come from (default: the Docker config); none found: anonymous. */
  credentials?: CredentialFunc;
  /** Plain HTTP for a registry that is not on loopback (loopback always uses HTTP). */
  insecure?: boolean;
  /** Progress and warnings; every secret obtained (tokens from token servers) is masked through it. */
  log?: Log;
  retry?: RetryOptions;
  upload?: UploadOptions;
  userAgent?: string;
  /** The directory a relative `oci-layout:<dir>` is resolved against (default: the cwd). */
  workspace?: string;
}
