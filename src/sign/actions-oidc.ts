// The keyless identity: a GitHub Actions OIDC token with audience `sigstore`, which Fulcio turns
// into a certificate naming the workflow. Requested here rather than through `@sigstore/sign`'s
// CI provider so that it reads the environment we are given, obeys our timeouts and retries, and
// masks the token the moment it exists.
import type { IdentityProvider } from '@sigstore/sign';
import { UserError } from '../errors.js';
import { fetchWithRetry } from './network.js';
import type { OciLogger } from '../oci/options.js';
import type { NetworkPolicy } from './types.js';

const REQUEST_URL = 'ACTIONS_ID_TOKEN_REQUEST_URL';
const REQUEST_TOKEN = 'ACTIONS_ID_TOKEN_REQUEST_TOKEN';
const SIGSTORE_AUDIENCE = 'sigstore';

/** Fails, before anything is pushed, when this job cannot obtain an OIDC token. */
export function checkKeylessPrerequisites(env: NodeJS.ProcessEnv): void {
  if (env[REQUEST_URL] && env[REQUEST_TOKEN]) return;
  throw new UserError(
    'SIGN_NO_ID_TOKEN',
    "Keyless signing ('sign: true') needs a GitHub OIDC token, and this job cannot request one " +
      `(${REQUEST_URL} and ${REQUEST_TOKEN} are not set). Grant it with ` +
      '`permissions: id-token: write` on the job or workflow. Pull requests from forks never get ' +
      "one: sign only on pushes, or give 'cosign-key' to sign with a key instead.",
    { input: 'sign' },
  );
}

function claimsOf(token: string): { iss?: unknown; sub?: unknown } | undefined {
  try {
    return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as {
      iss?: unknown;
      sub?: unknown;
    };
  } catch {
    return undefined;
  }
}

export class ActionsIdentityProvider implements IdentityProvider {
  /** The token's issuer, once a token was obtained: what Flux's `matchOIDCIdentity` names. */
  issuer: string | undefined;

  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly policy: NetworkPolicy,
    private readonly maskSecret: (secret: string) => void = () => {},
    private readonly log?: OciLogger,
  ) {}

  async getToken(): Promise<string> {
    checkKeylessPrerequisites(this.env);
    const requestToken = this.env[REQUEST_TOKEN]!;
    this.maskSecret(requestToken);
    const url = new URL(this.env[REQUEST_URL]!);
    url.searchParams.set('audience', SIGSTORE_AUDIENCE);
    const failure = (detail: string, cause?: unknown) =>
      new UserError(
        'SIGN_ID_TOKEN_FAILED',
        `Could not get a GitHub OIDC token for Sigstore from ${url.origin}: ${detail}. ` +
          'Check that the job has `permissions: id-token: write`; re-run the job if GitHub had an outage.',
        { input: 'sign', cause },
      );

    let response: Response;
    try {
      response = await fetchWithRetry(
        url.href,
        { headers: { accept: 'application/json', authorization: `Bearer ${requestToken}` } },
        this.policy,
        this.log,
      );
    } catch (error) {
      throw failure(error instanceof Error ? error.message : String(error), error);
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw failure(`the token endpoint answered ${response.status} ${response.statusText}`);
    }
    const body = (await response.json().catch(() => undefined)) as { value?: unknown } | undefined;
    const token = body?.value;
    if (typeof token !== 'string' || token === '') throw failure('the answer held no token');
    this.maskSecret(token);
    // @sigstore/sign would put an unparsable token into its error message verbatim.
    const claims = claimsOf(token);
    if (typeof claims?.sub !== 'string' || typeof claims.iss !== 'string') {
      throw failure('the token is not a JWT with an issuer and a subject');
    }
    this.issuer = claims.iss;
    return token;
  }
}
