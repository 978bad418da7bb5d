// WWW-Authenticate challenges as registries write them.
import { describe, expect, it } from 'vitest';
import { parseChallenge } from '../../src/oci/challenge.js';

describe('parseChallenge', () => {
  it('reads a bearer challenge with quoted parameters', () => {
    expect(
      parseChallenge(
        'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:org/app:pull,push"',
      ),
    ).toEqual({
      scheme: 'bearer',
      params: {
        realm: 'https://ghcr.io/token',
        service: 'ghcr.io',
        scope: 'repository:org/app:pull,push',
      },
    });
  });

  it('reads unquoted values, escapes and spaces after commas', () => {
    expect(
      parseChallenge('Bearer realm=https://a/token, error="insufficient_scope", x="a\\"b"'),
    ).toEqual({
      scheme: 'bearer',
      params: { realm: 'https://a/token', error: 'insufficient_scope', x: 'a"b' },
    });
  });

  it('stops at a second challenge', () => {
    expect(parseChallenge('Basic realm="registry", Bearer realm="https://x"')).toEqual({
      scheme: 'basic',
      params: { realm: 'registry' },
    });
  });

  it('answers undefined without a header', () => {
    expect(parseChallenge(null)).toBeUndefined();
    expect(parseChallenge('')).toBeUndefined();
  });
});
