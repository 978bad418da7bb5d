// A loopback token server for distribution's `auth.token` mode: it checks Basic credentials and
// issues ES256 JWTs carrying the granted repository actions, signed by a self-signed certificate
// the registry trusts through `rootcertbundle`. This is the `Www-Authenticate: Bearer` flow that
// ghcr.io, Docker Hub and Harbor run, against the real registry. It also speaks the OAuth2 POST
// flow (`grant_type=password|refresh_token`) with which ACR and `docker login` use identity tokens.
import { execFileSync } from 'node:child_process';
import { createPrivateKey, randomUUID, sign, X509Certificate, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';

export type Action = 'pull' | 'push' | 'delete';

/** User name → password and the actions that user may be granted on any repository. */
export type Grants = Map<string, { password: string; actions: Action[] }>;

export interface TokenServer {
  realm: string;
  service: string;
  issuer: string;
  certificatePath: string;
  /** Tokens handed out so far, for leak checks. */
  issuedTokens(): string[];
  /** Requests received so far, as `METHOD path?query`. */
  requests(): string[];
  /** A refresh (identity) token for a user, as `docker login` stores one. */
  issueRefreshToken(username: string): string;
  /** With OAuth2 off, `POST /token` answers 404, as on token servers that only know GET. */
  setOAuth(enabled: boolean): void;
  stop(): Promise<void>;
}

interface Access {
  type: string;
  name: string;
  actions: string[];
}

function selfSignedCertificate(dir: string): {
  key: KeyObject;
  certificatePath: string;
  x5c: string;
} {
  const keyPath = join(dir, 'token-issuer.key');
  const certificatePath = join(dir, 'token-issuer.crt');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', keyPath, '-out', certificatePath, '-days', '2', '-subj', '/CN=test-token-issuer',
  ], { stdio: 'ignore' }); // prettier-ignore
  const certificate = new X509Certificate(readFileSync(certificatePath));
  return {
    key: createPrivateKey(readFileSync(keyPath)),
    certificatePath,
    x5c: certificate.raw.toString('base64'),
  };
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function parseScopes(url: URL): Access[] {
  return url.searchParams.getAll('scope').flatMap((scope) =>
    scope.split(' ').flatMap((one) => {
      // repository:<name>:<actions>; the name itself may contain ':' only before a port, never here.
      const match = /^([a-z]+):(.+):([a-z,*]+)$/.exec(one);
      return match ? [{ type: match[1]!, name: match[2]!, actions: match[3]!.split(',') }] : [];
    }),
  );
}

function basicUser(req: IncomingMessage): { username: string; password: string } | undefined {
  const header = req.headers.authorization;
  if (!header?.startsWith('Basic ')) return undefined;
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

export async function startTokenServer(options: {
  dir: string;
  grants: Grants;
}): Promise<TokenServer> {
  const { key, certificatePath, x5c } = selfSignedCertificate(options.dir);
  const service = 'test-registry';
  const issuer = 'test-token-issuer';
  const issued: string[] = [];
  const seen: string[] = [];
  const refreshTokens = new Map<string, string>();
  let oauth = true;

  const issueRefreshToken = (username: string): string => {
    const token = randomUUID();
    refreshTokens.set(token, username);
    issued.push(token);
    return token;
  };

  /** The user a password or a refresh token of theirs authenticates, or undefined. */
  const authenticate = (username: string, secret: string) => {
    const grant = options.grants.get(username);
    if (grant && (grant.password === secret || refreshTokens.get(secret) === username))
      return grant;
    const owner = refreshTokens.get(secret);
    return owner === undefined ? undefined : options.grants.get(owner);
  };

  const tokenFor = (subject: string, allowed: string[], url: URL) => {
    const access = parseScopes(url)
      .filter((a) => a.type === 'repository')
      .map((a) => ({ ...a, actions: a.actions.filter((action) => allowed.includes(action)) }));
    return issue(subject, access);
  };

  const issue = (subject: string, access: Access[]): string => {
    const now = Math.floor(Date.now() / 1000);
    const header = base64url({ typ: 'JWT', alg: 'ES256', x5c: [x5c] });
    const claims = base64url({
      iss: issuer,
      sub: subject,
      aud: service,
      exp: now + 300,
      nbf: now - 10,
      iat: now,
      jti: randomUUID(),
      access,
    });
    const signature = sign('sha256', Buffer.from(`${header}.${claims}`), {
      key,
      dsaEncoding: 'ieee-p1363',
    }).toString('base64url');
    const token = `${header}.${claims}.${signature}`;
    issued.push(token);
    return token;
  };

  const json = (res: ServerResponse, status: number, body: object) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  const handleGet = (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const credentials = basicUser(req);
    let subject = '';
    let allowed: string[] = [];
    if (credentials) {
      const grant = authenticate(credentials.username, credentials.password);
      if (!grant) return json(res, 401, { details: 'incorrect username or password' });
      subject = credentials.username;
      allowed = grant.actions;
    }
    const token = tokenFor(subject, allowed, url);
    json(res, 200, {
      token,
      access_token: token,
      expires_in: 300,
      issued_at: new Date().toISOString(),
    });
  };

  // OAuth2 (distribution's token spec, "oauth.md"): a form with grant_type, service, scope.
  const handlePost = (req: IncomingMessage, res: ServerResponse) => {
    if (!oauth) return json(res, 404, { details: 'not found' });
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => {
      const form = new URLSearchParams(text);
      const scopes = new URL('http://x/');
      for (const scope of (form.get('scope') ?? '').split(' ').filter(Boolean)) {
        scopes.searchParams.append('scope', scope);
      }
      let username: string | undefined;
      if (form.get('grant_type') === 'refresh_token') {
        username = refreshTokens.get(form.get('refresh_token') ?? '');
      } else if (form.get('grant_type') === 'password') {
        const name = form.get('username') ?? '';
        if (options.grants.get(name)?.password === form.get('password')) username = name;
      } else {
        return json(res, 400, { error: 'unsupported_grant_type' });
      }
      const grant = username === undefined ? undefined : options.grants.get(username);
      if (!grant || username === undefined) return json(res, 401, { error: 'invalid_grant' });
      const accessToken = tokenFor(username, grant.actions, scopes);
      json(res, 200, {
        access_token: accessToken,
        expires_in: 300,
        scope: form.get('scope') ?? '',
        ...(form.get('grant_type') === 'password' && form.get('access_type') === 'offline'
          ? { refresh_token: issueRefreshToken(username) }
          : {}),
      });
    });
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    seen.push(`${req.method} ${url.pathname}${url.search}`);
    if (url.pathname !== '/token') return json(res, 404, {});
    if (req.method === 'GET') return handleGet(req, res, url);
    if (req.method === 'POST') return handlePost(req, res);
    json(res, 405, {});
  };

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address !== 'object') throw new Error('token server has no address');
  return {
    realm: `http://127.0.0.1:${address.port}/token`,
    service,
    issuer,
    certificatePath,
    issuedTokens: () => [...issued],
    requests: () => [...seen],
    issueRefreshToken,
    setOAuth: (enabled) => void (oauth = enabled),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
