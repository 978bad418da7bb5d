// Retries and timeouts for every Sigstore service call. `@sigstore/sign`'s clients retry nothing
// unless told, and a signing step that gives up on one dropped connection fails a whole release.
import type { NetworkPolicy } from './types.js';

export const DEFAULT_NETWORK_POLICY: NetworkPolicy = {
  // Public-good Rekor answers in well under a second, but can take several under load.
  timeoutMs: 20_000,
  retries: 3,
  retryDelayMs: 1_000,
};

export function networkPolicy(overrides: Partial<NetworkPolicy> = {}): NetworkPolicy {
  return { ...DEFAULT_NETWORK_POLICY, ...overrides };
}

/** The `timeout` and `retry` options `@sigstore/sign`'s clients take (promise-retry's shape). */
export function sigstoreFetchOptions(policy: NetworkPolicy) {
  return {
    timeout: policy.timeoutMs,
    retry: {
      retries: policy.retries,
      factor: 2,
      minTimeout: policy.retryDelayMs,
      maxTimeout: policy.retryDelayMs * 2 ** policy.retries,
    },
  };
}

function retryable(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/**
 * `fetch` with the same policy, for the calls we make ourselves. Resolves with the first answer
 * that is not worth retrying (which may be an error status: the caller words that error).
 */
export async function fetchWithRetry(
  url: string,
  init: RequestInit,
  policy: NetworkPolicy,
): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    const last = attempt >= policy.retries;
    try {
      const response = await fetch(url, { ...init, signal: AbortSignal.timeout(policy.timeoutMs) });
      if (last || !retryable(response.status)) return response;
      await response.body?.cancel();
    } catch (error) {
      if (last) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, policy.retryDelayMs * 2 ** attempt));
  }
}
