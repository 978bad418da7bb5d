// The test-only network knobs (docs/development.md): whole positive milliseconds shorten the retry
// waits and the stall timeout; anything else leaves the defaults.
import { describe, expect, it } from 'vitest';
import { networkOverrides } from '../src/run.js';

describe('the network knobs of a run', () => {
  it('are the defaults when unset', () => {
    expect(networkOverrides({})).toEqual({ baseDelayMs: undefined, timeoutMs: undefined });
  });

  it('take whole positive milliseconds', () => {
    const env = { PUBLISH_OCI_RETRY_BASE_MS: '20', PUBLISH_OCI_TIMEOUT_MS: '1500' };
    expect(networkOverrides(env)).toEqual({ baseDelayMs: 20, timeoutMs: 1500 });
  });

  it.each(['0', '-5', '2.5', 'soon', ''])('leave the default for %j', (value) => {
    const env = { PUBLISH_OCI_RETRY_BASE_MS: value, PUBLISH_OCI_TIMEOUT_MS: value };
    expect(networkOverrides(env)).toEqual({ baseDelayMs: undefined, timeoutMs: undefined });
  });
});
