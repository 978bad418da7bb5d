// The retry policy's pieces: what is transient, how long to wait.
import { describe, expect, it } from 'vitest';
import {
  backoffMs,
  isRetryableStatus,
  isTransientNetworkError,
  retryAfterMs,
  retryPolicy,
} from '../../src/oci/retry.js';

describe('retry policy', () => {
  it.each([408, 429, 500, 502, 503, 504])('retries status %i', (status) => {
    expect(isRetryableStatus(status)).toBe(true);
  });

  it.each([400, 401, 403, 404, 412, 416, 501, 505])('does not retry status %i', (status) => {
    expect(isRetryableStatus(status)).toBe(false);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2024-05-13T13:56:21Z');
    expect(retryAfterMs('7', now)).toBe(7000);
    expect(retryAfterMs('Mon, 13 May 2024 13:56:31 GMT', now)).toBe(10_000);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });

  it('finds a reset connection in the cause chain of a fetch failure', () => {
    const reset = new TypeError('fetch failed', {
      cause: Object.assign(new Error('x'), { code: 'ECONNRESET' }),
    });
    expect(isTransientNetworkError(reset)).toBe(true);
    const dns = new TypeError('fetch failed', {
      cause: Object.assign(new Error('x'), { code: 'ENOTFOUND' }),
    });
    expect(isTransientNetworkError(dns)).toBe(false);
  });

  it('backs off exponentially with jitter, never past the cap', () => {
    const policy = retryPolicy({ baseDelayMs: 100, maxDelayMs: 1000 });
    for (let retry = 0; retry < 8; retry++) {
      const wait = backoffMs(policy, retry);
      const ceiling = Math.min(1000, 100 * 2 ** retry);
      expect(wait).toBeGreaterThanOrEqual(ceiling / 2);
      expect(wait).toBeLessThanOrEqual(ceiling);
    }
  });
});
