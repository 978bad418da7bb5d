// Bounded retries for transient failures: exponential backoff with full jitter, `Retry-After`
// honoured, a cap on attempts and on total time. What counts as transient is decided by the caller;
// the helpers below give the usual answers for HTTP statuses and network errors.
import type { Log } from '../log.js';
import type { RetryOptions } from './options.js';

export interface RetryPolicy {
  attempts: number;
  maxElapsedMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** An attempt that moves no byte for this long is abandoned (and may be retried). */
  timeoutMs: number;
}

export function retryPolicy(options: RetryOptions = {}): RetryPolicy {
  return {
    // Eight: a publish makes about 30 requests, and at a 20% failure rate five attempts lost one
    // request in 3,000 (two of four 50-publish fault runs had a failure); eight lose one in 400,000.
    attempts: Math.max(1, options.attempts ?? 8),
    maxElapsedMs: options.maxElapsedMs ?? 120_000,
    baseDelayMs: options.baseDelayMs ?? 500,
    maxDelayMs: options.maxDelayMs ?? 30_000,
    timeoutMs: options.timeoutMs ?? 60_000,
  };
}

/** 408, 429 and server errors, except those that say the request itself can never work. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
}

const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENETRESET',
  // undici's: the registry client speaks node:http, but signing reaches Sigstore through fetch.
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

/** A connection reset, refused or timed out, anywhere in the error's cause chain. */
export function isTransientNetworkError(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { code, name, message } = e as { code?: unknown; name?: unknown; message?: unknown };
    if (typeof code === 'string' && TRANSIENT_CODES.has(code)) return true;
    if (name === 'TimeoutError') return true;
    // undici reports a connection closed while a body streams as `TypeError: terminated`.
    if (name === 'TypeError' && message === 'terminated') return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** `Retry-After` in milliseconds, from seconds or an HTTP date; undefined when absent or invalid. */
export function retryAfterMs(
  header: string | null | undefined,
  now = Date.now(),
): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Equal jitter: between half and all of base·2ⁿ (capped), so clients that failed together spread out. */
export function backoffMs(policy: RetryPolicy, retry: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}

/** Why an outcome should be retried, and how long the server asked us to wait. */
export interface RetryDecision {
  reason: string;
  afterMs?: number;
  /** Fewer attempts than the policy's for this kind of failure (a refused connection). */
  maxAttempts?: number;
  /** Releases the failed outcome (e.g. an unread response body) when a retry does happen. */
  discard?: () => unknown;
}

export type Outcome<T> = { value: T } | { error: unknown };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` until `decide` finds nothing to retry, attempts run out, or the next wait would
 * pass the time budget; then returns (or throws) the last outcome as it is, so the caller can turn
 * a final error response into a precise error.
 */
export async function retrying<T>(
  policy: RetryPolicy,
  what: string,
  log: Log,
  attempt: (attemptNumber: number) => Promise<T>,
  decide: (outcome: Outcome<T>) => RetryDecision | undefined,
): Promise<T> {
  const started = Date.now();
  for (let n = 1; ; n++) {
    let outcome: Outcome<T>;
    try {
      outcome = { value: await attempt(n) };
    } catch (error) {
      outcome = { error };
    }
    const decision = decide(outcome);
    if (decision) {
      const wait = Math.max(decision.afterMs ?? 0, backoffMs(policy, n - 1));
      const elapsed = Date.now() - started;
      // A server asking for a longer pause than we would ever wait gets no early retry.
      if (
        n < Math.min(policy.attempts, decision.maxAttempts ?? policy.attempts) &&
        wait <= policy.maxDelayMs &&
        elapsed + wait <= policy.maxElapsedMs
      ) {
        log.info(
          `${what}: ${decision.reason}; retrying in ${(wait / 1000).toFixed(1)} s ` +
            `(attempt ${n + 1} of ${Math.min(policy.attempts, decision.maxAttempts ?? policy.attempts)}).`,
        );
        await decision.discard?.();
        await sleep(wait);
        continue;
      }
      log.debug(`${what}: ${decision.reason}; giving up after ${n} attempt(s).`);
    }
    if ('error' in outcome) throw outcome.error;
    return outcome.value;
  }
}
