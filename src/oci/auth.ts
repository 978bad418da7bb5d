// Authentication against one registry: ping `/v2/` to learn its challenge, then answer it with
// Basic credentials or a bearer token for the scope a request needs. Tokens are cached per scope
// until shortly before they expire; a 401 on the way drops the token and asks once more.
import { UserError, ErrorCode } from '../errors.js';
import { parseChallenge, type Challenge } from './challenge.js';
import type { Credential } from './credentials.js';
import { protocolError, registryError, type RequestContext } from './errors.js';
import type { Log } from '../log.js';
import { checkRealm } from './realm.js';
import type { HttpResponse } from './http.js';

/** The repository access a request needs. */
export interface Scope {
  repository: string;
  push: boolean;
  /** A repository a blob is mounted from, which needs `pull` as well. */
  mountFrom?: string;
}

export function scopeStrings(scope: Scope): string[] {
  const scopes = [`repository:${scope.repository}:${scope.push ? 'pull,push' : 'pull'}`];
  if (scope.mountFrom && scope.mountFrom !== scope.repository) {
    scopes.push(`repository:${scope.mountFrom}:pull`);
  }
  return scopes;
}

/** A plain request (no credentials added, no redirects followed), retried on transient failures. */
export type PlainRequest = (
  url: URL,
  init: { method?: string; headers?: Record<string, string>; body?: string },
) => Promise<HttpResponse>;

export interface AuthenticatorConfig {
  /** `host[:port]` the user named, for messages and credentials. */
  registry: string;
  /** The origin the API answers on, `https://registry-1.docker.io` for Docker Hub. */
  origin: string;
  credential: () => Promise<Credential | undefined>;
  request: PlainRequest;
  /** Also masks the tokens the token server hands out. */
  log: Log;
  /** Sent as `client_id` in OAuth2 requests. */
  clientId: string;
}

interface CachedToken {
  header: string;
  expiresAt: number;
}

/** Tokens without `expires_in` live 60 s by the spec; we renew a little early. */
const DEFAULT_TOKEN_SECONDS = 60;
const RENEW_FRACTION = 0.9;

function basicHeader(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

export class Authenticator {
  private challenge: Promise<Challenge | undefined> | undefined;
  private foundSource: string | undefined;
  private readonly tokens = new Map<string, Promise<CachedToken>>();

  constructor(private readonly config: AuthenticatorConfig) {}

  /** Whether credentials were found for the registry (a 401 then means they are refused). */
  get authenticated(): boolean {
    return this.foundSource !== undefined;
  }

  /** Where the credentials came from, once found: named when the registry refuses them. */
  get credentialSource(): string | undefined {
    return this.foundSource;
  }

  /** The `Authorization` header for a request needing `scope`, or `undefined` to go anonymous. */
  async authorization(scope: Scope): Promise<string | undefined> {
    this.challenge ??= this.ping().catch((error: unknown) => {
      this.challenge = undefined; // a failed ping is asked again by the next request
      throw error;
    });
    const challenge = await this.challenge;
    return challenge ? this.answer(challenge, scope) : undefined;
  }

  /**
   * After a 401 to a request that carried `sent`: learn the challenge it gave, and return a better
   * header, or `undefined` when there is none to try (the 401 then stands).
   */
  async reauthorize(
    scope: Scope,
    response: HttpResponse,
    sent: string | undefined,
  ): Promise<string | undefined> {
    const challenge = parseChallenge(response.headers.get('www-authenticate'));
    if (!challenge) return undefined;
    this.challenge = Promise.resolve(challenge);
    if (challenge.scheme === 'bearer') {
      for (const key of this.tokens.keys()) {
        if (key.startsWith(scopeStrings(scope)[0]!)) this.tokens.delete(key);
      }
    }
    const header = await this.answer(challenge, scope);
    return header === sent ? undefined : header;
  }

  private async ping(): Promise<Challenge | undefined> {
    const url = new URL('/v2/', this.config.origin);
    const response = await this.config.request(url, { method: 'GET' });
    response.discard();
    return response.status === 401
      ? parseChallenge(response.headers.get('www-authenticate'))
      : undefined;
  }

  private async credential(): Promise<Credential | undefined> {
    const credential = await this.config.credential();
    if (credential) this.foundSource = credential.source;
    return credential;
  }

  private async answer(challenge: Challenge, scope: Scope): Promise<string | undefined> {
    const credential = await this.credential();
    if (challenge.scheme === 'basic') {
      return credential?.password !== undefined
        ? basicHeader(credential.username ?? '', credential.password)
        : undefined;
    }
    if (challenge.scheme !== 'bearer') return undefined;
    if (credential?.registryToken) return `Bearer ${credential.registryToken}`;

    const scopes = scopeStrings(scope);
    // A token with push access also covers reads of the same repository.
    const keys = [scopes.join(' ')];
    if (!scope.push && !scope.mountFrom)
      keys.push(scopeStrings({ ...scope, push: true }).join(' '));
    for (const key of keys) {
      const cached = await this.tokens.get(key)?.catch(() => undefined);
      if (cached && cached.expiresAt > Date.now()) return cached.header;
    }
    const pending = this.fetchToken(challenge, scopes, credential);
    this.tokens.set(keys[0]!, pending);
    try {
      return (await pending).header;
    } catch (error) {
      this.tokens.delete(keys[0]!);
      throw error;
    }
  }

  private async fetchToken(
    challenge: Challenge,
    scopes: string[],
    credential: Credential | undefined,
  ): Promise<CachedToken> {
    const { realm, service } = challenge.params;
    if (!realm) {
      throw new UserError(
        ErrorCode.REGISTRY_PROTOCOL,
        `The registry ${this.config.registry} asked for a bearer token without saying where to get one (no realm).`,
      );
    }
    // Checked before anything, credentials included, is sent there.
    const origin = new URL(this.config.origin);
    const url = checkRealm(origin.host, realm, origin.protocol === 'http:');
    const wanted = [...new Set([...scopes, ...(challenge.params.scope ?? '').split(' ')])].filter(
      Boolean,
    );

    let response: HttpResponse;
    if (credential?.identityToken) {
      response = await this.oauthRefresh(url, service, wanted, credential.identityToken);
      if (response.status === 404) {
        // Not every token server speaks OAuth2; the GET flow takes the refresh token as password.
        response.discard();
        response = await this.tokenGet(
          url,
          service,
          wanted,
          credential.username ?? '<token>',
          credential.identityToken,
        );
      }
    } else {
      response = await this.tokenGet(
        url,
        service,
        wanted,
        credential?.username,
        credential?.password,
      );
    }
    const context: RequestContext = {
      operation: 'get a token for',
      displayName: this.config.registry,
      registry: this.config.registry,
      repository: scopes[0]!.split(':')[1]!,
      method: credential?.identityToken ? 'POST' : 'GET',
      url,
      authenticated: credential !== undefined,
      ...(credential ? { credentialSource: credential.source } : {}),
    };
    if (!response.ok) throw await registryError(response, context);

    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    const token = [body.token, body.access_token].find(
      (t): t is string => typeof t === 'string' && t !== '',
    );
    if (!token)
      throw protocolError(context, `the token service at ${url.host} answered without a token`);
    this.config.log.setSecret(token);
    if (typeof body.refresh_token === 'string' && body.refresh_token) {
      this.config.log.setSecret(body.refresh_token);
    }
    const seconds =
      typeof body.expires_in === 'number' && body.expires_in > 0
        ? body.expires_in
        : DEFAULT_TOKEN_SECONDS;
    this.config.log.debug(`Got a token from ${url.host} for ${wanted.join(' ')} (${seconds} s).`);
    return { header: `Bearer ${token}`, expiresAt: Date.now() + seconds * 1000 * RENEW_FRACTION };
  }

  private tokenGet(
    realm: URL,
    service: string | undefined,
    scopes: string[],
    username: string | undefined,
    password: string | undefined,
  ): Promise<HttpResponse> {
    const url = new URL(realm);
    if (service) url.searchParams.set('service', service);
    for (const scope of scopes) url.searchParams.append('scope', scope);
    const headers: Record<string, string> = {};
    if (password !== undefined) {
      if (username) url.searchParams.set('account', username);
      headers.authorization = basicHeader(username ?? '', password);
    }
    return this.config.request(url, { method: 'GET', headers });
  }

  private oauthRefresh(
    realm: URL,
    service: string | undefined,
    scopes: string[],
    refreshToken: string,
  ): Promise<HttpResponse> {
    const form = new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      client_id: this.config.clientId,
      scope: scopes.join(' '),
    });
    if (service) form.set('service', service);
    return this.config.request(realm, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
  }
}
