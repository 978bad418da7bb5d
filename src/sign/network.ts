// How patient to be with Fulcio, Rekor and the TSA: the program's one retry policy, with defaults
// of its own. `@sigstore/sign`'s clients retry nothing unless told, and a signing step that gives
// up on one dropped connection fails a whole release.
import type { RetryOptions } from '../oci/options.js';
import { retryPolicy, type RetryPolicy } from '../oci/retry.js';

/** The Sigstore defaults, with each field `overrides` gives (an `undefined` one keeps its default). */
export function sigstoreRetryPolicy(overrides: RetryOptions = {}): RetryPolicy {
  return retryPolicy({
    // Public-good Rekor answers in well under a second, but can take several under load.
    timeoutMs: overrides.timeoutMs ?? 20_000,
    attempts: overrides.attempts ?? 4,
    baseDelayMs: overrides.baseDelayMs ?? 1_000,
    maxDelayMs: overrides.maxDelayMs ?? 8_000,
    maxElapsedMs: overrides.maxElapsedMs,
  });
}

/** The policy as `@sigstore/sign`'s clients take it (`timeout`, and promise-retry's `retry`). */
export function sigstoreFetchOptions(policy: RetryPolicy) {
  return {
    timeout: policy.timeoutMs,
    retry: {
      retries: policy.attempts - 1,
      factor: 2,
      minTimeout: policy.baseDelayMs,
      maxTimeout: policy.maxDelayMs,
    },
  };
}
