// What the caller hands the OCI layer. Logging and masking come in as callbacks so this folder knows
// nothing of GitHub Actions.

export interface OciLogger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  notice(message: string): void;
}

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
  /** Explicit credentials; they win over every other source. */
  username?: string;
  password?: string;
  /** The workflow's token and actor, used for ghcr.io only, when no other credential is found. */
  githubToken?: string;
  githubActor?: string;
  /** Where `config.json` lives (default `$DOCKER_CONFIG`, else `~/.docker`). */
  dockerConfigDir?: string;
  /** Plain HTTP for a registry that is not on loopback (loopback always uses HTTP). */
  insecure?: boolean;
  /** Called with every secret obtained (passwords, identity and registry tokens). */
  maskSecret?: (secret: string) => void;
  log?: OciLogger;
  retry?: RetryOptions;
  upload?: UploadOptions;
  /** How long a `docker-credential-*` helper may run (default 30 s). */
  credentialHelperTimeoutMs?: number;
  userAgent?: string;
  /** The directory a relative `oci-layout:<dir>` is resolved against (default: the cwd). */
  workspace?: string;
  /** The option the target came from (`url`), named in messages about the target's address. */
  input?: string;
}

export const silentLogger: OciLogger = {
  debug: () => undefined,
  info: () => undefined,
  warning: () => undefined,
  notice: () => undefined,
};
