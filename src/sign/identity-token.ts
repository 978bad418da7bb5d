// The OIDC token keyless signing presents to Fulcio, from whichever source the entry point chose,
// and what it says about who signs: its issuer is what Flux's `matchOIDCIdentity` and cosign's
// `--certificate-oidc-issuer` name. Outside GitHub Actions the token comes from SIGSTORE_ID_TOKEN,
// as sigstore-js's CI context and cosign read it.
import type { IdentityProvider } from '@sigstore/sign';
import { UserError } from '../errors.js';
import type { Log } from '../log.js';
import type { IdentityTokenSource } from './types.js';

const SIGSTORE_ID_TOKEN = 'SIGSTORE_ID_TOKEN';

/** A token in `SIGSTORE_ID_TOKEN` (a CI system's OIDC token for the `sigstore` audience). */
export function environmentIdentityToken(env: NodeJS.ProcessEnv): IdentityTokenSource {
  const token = () => env[SIGSTORE_ID_TOKEN]?.trim() ?? '';
  return {
    check() {
      if (token()) return;
      throw new UserError(
        'SIGN_NO_ID_TOKEN',
        `Keyless signing needs an OIDC identity token, and ${SIGSTORE_ID_TOKEN} is not set. Set ` +
          `it to a token for the 'sigstore' audience from your CI system (GitLab: id_tokens with ` +
          'aud: sigstore; Buildkite, CircleCI: their OIDC token commands), or sign with a key ' +
          '(--cosign-key) instead.',
        { input: 'sign' },
      );
    },
    getToken() {
      this.check();
      return Promise.resolve(token());
    },
  };
}

function claimsOf(token: string): { iss?: unknown; sub?: unknown } | undefined {
  try {
    const claims: unknown = JSON.parse(
      Buffer.from(token.split('.')[1] ?? '', 'base64url').toString(),
    );
    return typeof claims === 'object' && claims !== null ? claims : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The token for `@sigstore/sign`: masked the moment it exists, checked to be a JWT with an issuer
 * and a subject (`@sigstore/sign` would put an unparsable token into its error message verbatim),
 * and its issuer kept for the report.
 */
export class IdentityToken implements IdentityProvider {
  /** The token's issuer, once a token was obtained. */
  issuer: string | undefined;

  constructor(
    private readonly source: IdentityTokenSource,
    private readonly log: Log,
  ) {}

  async getToken(): Promise<string> {
    const token = await this.source.getToken();
    this.log.setSecret(token);
    const claims = claimsOf(token);
    if (typeof claims?.sub !== 'string' || typeof claims.iss !== 'string') {
      throw new UserError(
        'SIGN_ID_TOKEN_FAILED',
        'The OIDC identity token is not a JWT with an issuer and a subject: give a token issued ' +
          "for the 'sigstore' audience.",
        { input: 'sign' },
      );
    }
    this.issuer = claims.iss;
    return token;
  }
}
