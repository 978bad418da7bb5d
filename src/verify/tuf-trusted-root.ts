// The trusted root a Sigstore TUF repository publishes (its `trusted_root.json` target): Sigstore's
// public-good one by default, as cosign, `gh attestation verify` and sigstore-js read it when given
// no trusted root. @sigstore/tuf checks the metadata against the repository's root (the public-good
// one is built into it; another repository's is given) and keeps it in the user's cache directory
// (src/cache-directory.ts). The repository is asked on every run, as the TUF client workflow says,
// so a rotated key is seen at once; when it cannot be reached, the cached metadata serves while its
// signed timestamp has not expired (a week for Sigstore's), so verifying works offline after one
// online run. Loaded only when a keyless verification needs it: @sigstore/tuf and tuf-js stay out
// of every other command's start-up.
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { cacheDirectory } from '../cache-directory.js';
import { UserError, ErrorCode } from '../errors.js';
import type { Log } from '../log.js';
import { isRetryableStatus, isTransientNetworkError, retryPolicy } from '../oci/retry.js';
import { sigstoreFetchOptions } from '../sign/network.js';
import { unusableTrustedRoot } from './trusted-root.js';

/** Sigstore's public-good TUF repository, whose root @sigstore/tuf carries. */
const PUBLIC_GOOD_TUF_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';

export interface TufSource {
  /** The repository (default: Sigstore's public-good one). */
  mirrorURL?: string;
  /** The repository's root.json to start from: needed for any but public-good. */
  rootPath?: string;
  /** Where verified metadata is kept, one directory per repository (default: `<cache>/tuf`). */
  cachePath?: string;
}

// Someone waits at a terminal: three attempts (0.5 s, then 1 s apart) and five seconds of silence
// per request (as sigstore-js waits) before the repository is called unreachable and the cache read.
const PATIENCE = sigstoreFetchOptions(retryPolicy({ attempts: 3, timeoutMs: 5_000 }));

const UNREACHABLE_CODES = new Set(['ENOTFOUND', 'ENETUNREACH', 'EHOSTUNREACH', 'EHOSTDOWN']);

interface Cause {
  code?: unknown;
  statusCode?: unknown;
  message?: unknown;
  cause?: unknown;
}

/** The errors in `error`'s cause chain, outermost first. */
function causes(error: unknown): Cause[] {
  const chain: Cause[] = [];
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 6; depth++) {
    chain.push(e);
    e = (e as Cause).cause;
  }
  return chain;
}

/** The repository did not answer (or answered with a server error): not a refusal of its content. */
function isUnreachable(error: unknown): boolean {
  return (
    isTransientNetworkError(error) ||
    causes(error).some(
      (e) =>
        (typeof e.code === 'string' && UNREACHABLE_CODES.has(e.code)) ||
        (typeof e.statusCode === 'number' && isRetryableStatus(e.statusCode)),
    )
  );
}

/** What went wrong, in the innermost error's words (tuf-js wraps causes into its messages). */
function detail(error: unknown): string {
  const inner = causes(error).at(-1);
  if (typeof inner?.statusCode === 'number') return `HTTP ${inner.statusCode}`;
  const message = typeof inner?.message === 'string' ? inner.message : String(error);
  return message.replace(/^.*\bError: /, '');
}

function tufError(code: ErrorCode, message: string, cause: unknown, input?: string): UserError {
  return new UserError(code, message, { cause, ...(input ? { input } : {}) });
}

/** The --tuf-root file, checked before the TUF client copies it into its cache. */
async function checkInitialRoot(path: string): Promise<void> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw tufError(
      ErrorCode.TUF_ROOT_INVALID,
      `--tuf-root ${path} cannot be read (${(error as NodeJS.ErrnoException).code})`,
      error,
      'tuf-root',
    );
  }
  let type: unknown;
  try {
    type = (JSON.parse(text) as { signed?: { _type?: unknown } }).signed?._type;
  } catch {
    // reported below
  }
  if (type !== 'root') {
    throw tufError(
      ErrorCode.TUF_ROOT_INVALID,
      `--tuf-root ${path} is not TUF root metadata: give the repository's root.json (its first, ` +
        '1.root.json, or any later one)',
      undefined,
      'tuf-root',
    );
  }
}

/** Reads the trusted root from `source`'s TUF repository, or its cache when it cannot be reached. */
export async function trustedRootFromTUF(source: TufSource, log: Log): Promise<TrustedRoot> {
  const mirrorURL = source.mirrorURL ?? PUBLIC_GOOD_TUF_MIRROR;
  const cachePath = source.cachePath ?? join(cacheDirectory(), 'tuf');
  if (source.rootPath !== undefined) await checkInitialRoot(source.rootPath);
  const { initTUF, TUFError } = await import('@sigstore/tuf');
  const options = { mirrorURL, rootPath: source.rootPath, cachePath, ...PATIENCE };
  const trustedRootTarget = async (cacheOnly = false) =>
    (await initTUF(cacheOnly ? { ...options, forceCache: true, retry: false } : options)).getTarget(
      'trusted_root.json',
    );
  const orTrustedRoot = ' (or give --trusted-root trusted_root.json)';
  let text: string;
  try {
    text = await trustedRootTarget();
  } catch (error) {
    if (error instanceof TUFError && error.code === 'TUF_INIT_CACHE_ERROR') {
      throw tufError(
        ErrorCode.TUF_ROOT_MISSING,
        `--tuf-mirror ${mirrorURL}: its root is not known here: give the repository's initial ` +
          `root.json with --tuf-root${orTrustedRoot}.`,
        error,
        'tuf-mirror',
      );
    }
    if (error instanceof TUFError && error.code === 'TUF_FIND_TARGET_ERROR') {
      throw tufError(
        ErrorCode.TUF_TARGET_MISSING,
        `The TUF repository ${mirrorURL} publishes no trusted_root.json target${orTrustedRoot}.`,
        error,
      );
    }
    const unreachable = isUnreachable(error);
    if ((error as NodeJS.ErrnoException).syscall && !unreachable) {
      throw tufError(
        ErrorCode.TUF_CACHE_UNWRITABLE,
        `The TUF cache ${cachePath} cannot be written (${(error as NodeJS.ErrnoException).code}): ` +
          `set XDG_CACHE_HOME to a writable directory${orTrustedRoot}.`,
        error,
      );
    }
    if (!unreachable) {
      throw tufError(
        ErrorCode.TUF_METADATA_INVALID,
        `The TUF repository ${mirrorURL} sent metadata that does not verify (${detail(error)}): ` +
          `no trusted root was read from it. If it was rebuilt with new keys, delete ${cachePath}` +
          `${orTrustedRoot}.`,
        error,
      );
    }
    try {
      // Verified metadata from an earlier run, used while its timestamp has not expired; asking
      // again would only wait as long again.
      text = await trustedRootTarget(true);
    } catch {
      throw tufError(
        ErrorCode.TUF_UNREACHABLE,
        `The TUF repository ${mirrorURL} cannot be reached (${detail(error)}) and ${cachePath} ` +
          `holds no unexpired copy of its metadata: retry when online${orTrustedRoot}.`,
        error,
      );
    }
    log.warning(
      `The TUF repository ${mirrorURL} cannot be reached (${detail(error)}): using the trusted ` +
        `root of its metadata cached in ${cachePath}.`,
    );
  }
  let root: TrustedRoot;
  try {
    root = TrustedRoot.fromJSON(JSON.parse(text));
  } catch (error) {
    throw tufError(
      ErrorCode.TRUSTED_ROOT_INVALID,
      `The trusted_root.json of the TUF repository ${mirrorURL} is not a trusted root ` +
        `(${detail(error)})${orTrustedRoot}.`,
      error,
    );
  }
  const unusable = unusableTrustedRoot(root);
  if (unusable) {
    throw tufError(
      ErrorCode.TRUSTED_ROOT_INVALID,
      `The trusted_root.json of the TUF repository ${mirrorURL} ${unusable}${orTrustedRoot}.`,
      undefined,
    );
  }
  log.debug(`Trusted root: trusted_root.json of the TUF repository ${mirrorURL} (${cachePath}).`);
  return root;
}
