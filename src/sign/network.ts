// Retries and timeouts for every Sigstore service call. `@sigstore/sign`'s clients retry nothing
// unless told, and a signing step that gives up on one dropped connection fails a whole release.
import {
  isRetryableStatus,
  isTransientNetworkError,
  retryAfterMs,
  retrying,
  type RetryPolicy,
} from '../oci/retry.js';
import { silentLogger, type OciLogger } from '../oci/options.js';
import type { NetworkPolicy } from './types.js';

export const DEFAULT_NETWORK_POLICY: NetworkPolicy = {
  // Public-good Rekor answers in well under a second, but can take several under load.
  timeoutMs: 20_000,
  retries: 3,
  retryDelayMs: 1_000,
};

/** The defaults, with each field `overrides` gives (an `undefined` one keeps its default). */
export function networkPolicy(overrides: Partial<NetworkPolicy> = {}): NetworkPolicy {
  return {
    timeoutMs: overrides.timeoutMs ?? DEFAULT_NETWORK_POLICY.timeoutMs,
    retries: overrides.retries ?? DEFAULT_NETWORK_POLICY.retries,
    retryDelayMs: overrides.retryDelayMs ?? DEFAULT_NETWORK_POLICY.retryDelayMs,
  };
}

const longestDelay = (policy: NetworkPolicy) => policy.retryDelayMs * 2 ** policy.retries;

/** The `timeout` and `retry` options `@sigstore/sign`'s clients take (promise-retry's shape). */
export function sigstoreFetchOptions(policy: NetworkPolicy) {
  return {
    timeout: policy.timeoutMs,
    retry: {
      retries: policy.retries,
      factor: 2,
      minTimeout: policy.retryDelayMs,
      maxTimeout: longestDelay(policy),
    },
  };
}

/**
 * `fetch` under the same policy, for the calls we make ourselves (the OIDC token). Resolves with
 * the last answer, which may be an error status: the caller words that error.
 */
export function fetchWithRetry(
  url: string,
  init: RequestInit,
  policy: NetworkPolicy,
  log: OciLogger = silentLogger,
): Promise<Response> {
  const retryPolicy: RetryPolicy = {
    attempts: policy.retries + 1,
    maxElapsedMs: Number.POSITIVE_INFINITY, // bounded by attempts × (timeout + delay)
    baseDelayMs: policy.retryDelayMs,
    maxDelayMs: longestDelay(policy),
    timeoutMs: policy.timeoutMs,
  };
  return retrying(
    retryPolicy,
    `${init.method ?? 'GET'} ${new URL(url).origin}`,
    log,
    () => fetch(url, { ...init, signal: AbortSignal.timeout(policy.timeoutMs) }),
    (outcome) => {
      if ('error' in outcome) {
        const transient = isTransientNetworkError(outcome.error);
        return transient ? { reason: String(outcome.error) } : undefined;
      }
      const response = outcome.value;
      if (!isRetryableStatus(response.status)) return undefined;
      void response.body?.cancel();
      const afterMs = retryAfterMs(response.headers.get('retry-after'));
      return { reason: `answered ${response.status}`, afterMs };
    },
  );
}
