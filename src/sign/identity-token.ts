// The OIDC token keyless signing presents to Fulcio, from whichever source the entry point chose,
// and who it says signs, before Fulcio is asked: the identity its certificate will name (what
// Flux's `matchOIDCIdentity` and cosign's `--certificate-identity`/`--certificate-oidc-issuer`
// match). A re-run uses that to find its earlier signature without signing again
// (existing-signature.ts). Outside GitHub Actions the token comes from SIGSTORE_ID_TOKEN, as
// sigstore-js's CI context and cosign read it.
import type { IdentityProvider } from '@sigstore/sign';
import { UserError, ErrorCode } from '../errors.js';
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
        ErrorCode.SIGN_NO_ID_TOKEN,
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

/** The identity a Fulcio certificate names: its issuer extension and its URI SAN. */
export interface KeylessIdentity {
  /** The token's `iss`. */
  issuer: string;
  subject: string;
}

type Claims = Record<string, unknown>;

function claimsOf(token: string): Claims | undefined {
  try {
    const claims: unknown = JSON.parse(
      Buffer.from(token.split('.')[1] ?? '', 'base64url').toString(),
    );
    return typeof claims === 'object' && claims !== null ? (claims as Claims) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The SAN Fulcio puts in the certificate for a token: for GitHub Actions tokens, the workflow
 * that runs (`https://github.com/` + `job_workflow_ref`); for other issuers, `sub`.
 */
function subjectOf(claims: Claims): string | undefined {
  if (typeof claims.job_workflow_ref === 'string') {
    return `https://github.com/${claims.job_workflow_ref}`;
  }
  return typeof claims.sub === 'string' ? claims.sub : undefined;
}

/**
 * The token for `@sigstore/sign`, requested once (Fulcio gets the token whose claims were read):
 * masked the moment it exists, and checked to be a JWT with an issuer and a subject
 * (`@sigstore/sign` would put an unparsable token into its error message verbatim).
 */
export class IdentityToken implements IdentityProvider {
  private token: Promise<{ token: string; identity: KeylessIdentity }> | undefined;

  constructor(
    private readonly source: IdentityTokenSource,
    private readonly log: Log,
  ) {}

  async getToken(): Promise<string> {
    return (await this.read()).token;
  }

  /** The identity the certificate will name. */
  async identity(): Promise<KeylessIdentity> {
    return (await this.read()).identity;
  }

  private read() {
    this.token ??= this.source.getToken().then((token) => {
      this.log.setSecret(token);
      const claims = claimsOf(token);
      const subject = claims && subjectOf(claims);
      if (typeof claims?.iss !== 'string' || !subject) {
        throw new UserError(
          ErrorCode.SIGN_ID_TOKEN_FAILED,
          'The OIDC identity token is not a JWT with an issuer and a subject: give a token ' +
            "issued for the 'sigstore' audience.",
          { input: 'sign' },
        );
      }
      return { token, identity: { issuer: claims.iss, subject } };
    });
    return this.token;
  }
}
