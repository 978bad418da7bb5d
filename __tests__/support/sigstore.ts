// A private Sigstore on loopback for tests: `@sigstore/mock`'s Fulcio, Rekor v1 and TSA handlers
// behind one real HTTP server (and, when asked, a Rekor v2 log of our own: rekor-v2-log.ts), a fake GitHub Actions OIDC token endpoint, and the trusted root that
// `@sigstore/verify` needs to check what they issued. Faults can be injected per route, so retries,
// timeouts and Rekor's 409 can be exercised against the same services.
//
// The mock's handlers are imported from their own modules, not the package index: the index loads
// nock, which patches Node's http module for the whole test process.
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import { HashAlgorithm, PublicKeyDetails } from '@sigstore/protobuf-specs';
import { fulcioHandler, initializeCA, initializeCTLog } from '@sigstore/mock/dist/fulcio/index.js';
import { initializeTLog } from '@sigstore/mock/dist/rekor/index.js';
import { initializeTSA, tsaHandler } from '@sigstore/mock/dist/timestamp/index.js';
import type { IdentityTokenSource, SigstoreServices } from '../../src/sign/types.js';
import type { TLog } from '@sigstore/mock/dist/rekor/tlog.js';
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { canonicalJSON } from './canonical-json.js';
import { startRekorV2Log } from './rekor-v2-log.js';

export const ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
const DEFAULT_SUBJECT =
  'https://github.com/acme/podinfo-deploy/.github/workflows/publish.yaml@refs/heads/main';

/** What a route does instead of answering normally, `times` times in a row. */
export type Fault =
  | { kind: 'status'; status: number }
  /** Handles the request (Rekor logs the entry) but answers 502, as a proxy that lost the answer. */
  | { kind: 'lose-answer' }
  /** Never answers: the client's timeout must fire. */
  | { kind: 'hang' };

export type Route = 'fulcio' | 'rekor' | 'rekor2' | 'tsa' | 'oidc';

export interface SigstoreStack {
  fulcioURL: string;
  rekorURL: string;
  tsaURL: string;
  /** With `rekorV2`: the Rekor v2 log's base URL (listed in the trusted root beside Rekor v1). */
  rekorV2URL: string | undefined;
  /** The services as signing takes them: Fulcio and Rekor v1, and the TSA when asked. */
  services(options?: { tsa?: boolean }): SigstoreServices;
  /** The Actions variables a job with `permissions: id-token: write` has. */
  env: { ACTIONS_ID_TOKEN_REQUEST_URL: string; ACTIONS_ID_TOKEN_REQUEST_TOKEN: string };
  /** Tokens from the OIDC route, as the action's Actions token source gets them (for in-process signing). */
  identityToken: IdentityTokenSource;
  /** The identity the certificates carry: what a Flux `matchOIDCIdentity` names. */
  identity: { issuer: string; subject: string };
  trustedRoot: TrustedRoot;
  /** Rekor's public key, to check signed entry timestamps the way cosign does. */
  rekorPublicKey: KeyObject;
  /** Every secret handed out (request token, ID tokens), for leak checks. */
  secrets(): string[];
  /** Requests received, as `METHOD /path`, in order. */
  requests(): string[];
  /** Entries in the Rekor log, and certificates Fulcio issued. */
  counts(): { rekorEntries: number; certificates: number };
  /** The next `times` requests to `route` meet `fault`. */
  inject(route: Route, fault: Fault, times?: number): void;
  stop(): Promise<void>;
}

interface LoggedEntry {
  uuid: string;
  entry: unknown;
}

function keyPair(): { publicKey: KeyObject; privateKey: KeyObject } {
  return generateKeyPairSync('ec', { namedCurve: 'P-256' });
}

/** The bytes a typed-array view covers (never its whole backing buffer). */
function bytes(view: ArrayBufferView): Buffer {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

function spki(key: KeyObject): Buffer {
  return key.export({ format: 'der', type: 'spki' });
}

function jwt(claims: Record<string, unknown>, key: KeyObject): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part({ alg: 'ES256', typ: 'JWT', kid: 'test' })}.${part(claims)}`;
  const signature = sign('sha256', Buffer.from(unsigned), { key, dsaEncoding: 'ieee-p1363' });
  return `${unsigned}.${signature.toString('base64url')}`;
}

interface ProposedDSSE {
  apiVersion: string;
  kind: 'dsse';
  spec: { proposedContent: { envelope: string; verifiers: string[] } };
}

/**
 * Real Rekor stores a `dsse` proposal in its canonical form (hashes, signatures and verifiers), not
 * the proposed envelope; `@sigstore/verify` checks that form. The mock logs whatever it is given.
 */
function canonicalDSSE(proposal: ProposedDSSE): object {
  const { envelope, verifiers } = proposal.spec.proposedContent;
  const parsed = JSON.parse(envelope) as { payload: string; signatures: { sig: string }[] };
  const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');
  return {
    apiVersion: proposal.apiVersion,
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha256(envelope) },
      payloadHash: { algorithm: 'sha256', value: sha256(Buffer.from(parsed.payload, 'base64')) },
      signatures: parsed.signatures.map((s, i) => ({ signature: s.sig, verifier: verifiers[i] })),
    },
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function reply(res: ServerResponse, status: number, body: string | ArrayBufferView, type?: string) {
  res.writeHead(status, type ? { 'content-type': type } : {});
  res.end(typeof body === 'string' ? body : bytes(body));
}

export async function startSigstore(
  options: { subject?: string; rekorV2?: boolean } = {},
): Promise<SigstoreStack> {
  const subject = options.subject ?? DEFAULT_SUBJECT;
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const fulcioURL = `${origin}/fulcio`;
  const rekorURL = `${origin}/rekor`;
  const rekorV2 = options.rekorV2 ? startRekorV2Log(`${origin}/rekor2`) : undefined;

  const caKeys = keyPair();
  const ctKeys = keyPair();
  const tlogKeys = keyPair();
  const tsaKeys = keyPair();
  const ctLog = await initializeCTLog(ctKeys);
  const ca = await initializeCA(caKeys, ctLog);
  const tlog: TLog = await initializeTLog(rekorURL, tlogKeys);
  const tsa = await initializeTSA(tsaKeys);
  // The mock writes genTime with milliseconds but trims their trailing zeros (`….7Z`), which
  // @sigstore/verify rejects about one time in ten. Whole seconds, as real TSAs give, always parse.
  (tsa as unknown as { getCurrentTime: () => Date }).getCurrentTime = () =>
    new Date(Math.floor(Date.now() / 1000) * 1000);
  const fulcio = fulcioHandler(ca);
  const timestamps = tsaHandler(tsa);
  // A TSA URL with a path is the full endpoint, as cosign's `--timestamp-server-url` takes it.
  const tsaURL = `${origin}/tsa${timestamps.path}`;

  const oidcKey = keyPair().privateKey;
  const requestToken = randomBytes(24).toString('base64url');
  const issued: string[] = [];
  const received: string[] = [];
  const faults: { route: Route; fault: Fault }[] = [];
  const logged = new Map<string, LoggedEntry>(); // canonical body → entry, for 409s
  const byUUID = new Map<string, unknown>();
  let certificatesIssued = 0;

  function idToken(audience: string): string {
    const now = Math.floor(Date.now() / 1000);
    const token = jwt(
      {
        iss: ACTIONS_ISSUER,
        sub: subject,
        aud: audience,
        iat: now,
        nbf: now - 5,
        exp: now + 300,
        repository: 'acme/podinfo-deploy',
        ref: 'refs/heads/main',
        event_name: 'push',
      },
      oidcKey,
    );
    issued.push(token);
    return token;
  }

  async function rekorCreate(body: string, res: ServerResponse, loseAnswer: boolean) {
    const proposal = JSON.parse(body) as { kind: string };
    const stored = proposal.kind === 'dsse' ? canonicalDSSE(proposal as ProposedDSSE) : proposal;
    const key = canonicalJSON(stored);
    const existing = logged.get(key);
    if (existing) {
      res.writeHead(409, {
        'content-type': 'application/json',
        location: `/api/v1/log/entries/${existing.uuid}`,
      });
      res.end(JSON.stringify({ code: 409, message: 'an equivalent entry already exists' }));
      return;
    }
    // Typed by @sigstore/rekor-types, which is not installed: `{ [uuid]: entry }`.
    const entry = (await (tlog.log(stored) as Promise<unknown>)) as Record<string, unknown>;
    const uuid = Object.keys(entry)[0]!;
    logged.set(key, { uuid, entry });
    byUUID.set(uuid, entry);
    if (loseAnswer) reply(res, 502, 'bad gateway');
    else reply(res, 201, JSON.stringify(entry), 'application/json');
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', origin);
    received.push(`${req.method} ${url.pathname}`);
    const route: Route | undefined = url.pathname.startsWith('/fulcio/')
      ? 'fulcio'
      : url.pathname.startsWith('/rekor2/')
        ? 'rekor2'
        : url.pathname.startsWith('/rekor/')
          ? 'rekor'
          : url.pathname.startsWith('/tsa/')
            ? 'tsa'
            : url.pathname.startsWith('/oidc/')
              ? 'oidc'
              : undefined;
    const faultAt = faults.findIndex((f) => f.route === route);
    const fault = faultAt >= 0 ? faults.splice(faultAt, 1)[0]!.fault : undefined;
    if (fault?.kind === 'hang') return; // the socket stays open until the client gives up
    if (fault?.kind === 'status') return reply(res, fault.status, 'injected fault');
    const body = await readBody(req);
    const loseAnswer = fault?.kind === 'lose-answer';

    if (req.method === 'GET' && url.pathname === '/oidc/token') {
      if (req.headers.authorization !== `Bearer ${requestToken}`) return reply(res, 401, '');
      const token = idToken(url.searchParams.get('audience') ?? '');
      const answer = JSON.stringify({ value: token });
      return reply(res, loseAnswer ? 502 : 200, answer, 'application/json');
    }
    if (req.method === 'POST' && url.pathname === `/fulcio${fulcio.path}`) {
      const answer = await fulcio.fn(body);
      if (answer.statusCode === 201 || answer.statusCode === 200) certificatesIssued++;
      return reply(res, loseAnswer ? 502 : answer.statusCode, answer.response, answer.contentType);
    }
    if (req.method === 'POST' && url.pathname === '/rekor/api/v1/log/entries') {
      return rekorCreate(body, res, loseAnswer);
    }
    const entryPath = /^\/rekor\/api\/v1\/log\/entries\/([0-9a-f]+)$/.exec(url.pathname);
    if (req.method === 'GET' && entryPath) {
      const entry = byUUID.get(entryPath[1]!);
      return entry
        ? reply(res, 200, JSON.stringify(entry), 'application/json')
        : reply(res, 404, JSON.stringify({ code: 404, message: 'not found' }), 'application/json');
    }
    if (rekorV2 && req.method === 'POST' && url.pathname === '/rekor2/api/v2/log/entries') {
      const answer = rekorV2.createEntry(body);
      return reply(res, loseAnswer ? 502 : answer.status, answer.body, 'application/json');
    }
    if (req.method === 'POST' && `${origin}${url.pathname}` === tsaURL) {
      const answer = await timestamps.fn(body);
      return reply(res, loseAnswer ? 502 : answer.statusCode, answer.response, answer.contentType);
    }
    reply(res, 404, 'no such route');
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => reply(res, 500, String(error)));
  });

  // A little in the past, so that certificates issued this second fall inside every window.
  const start = new Date(Date.now() - 60_000);
  const trustedRoot: TrustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: fulcioURL,
        certChain: { certificates: [{ rawBytes: bytes(ca.rootCertificate) }] },
        validFor: { start, end: undefined },
        operator: 'sigstore.mock',
      },
    ],
    tlogs: [
      {
        baseUrl: rekorURL,
        hashAlgorithm: HashAlgorithm.SHA2_256,
        publicKey: {
          rawBytes: spki(tlogKeys.publicKey),
          keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256,
          validFor: { start, end: undefined },
        },
        logId: { keyId: createHash('sha256').update(spki(tlogKeys.publicKey)).digest() },
        checkpointKeyId: undefined,
        operator: 'sigstore.mock',
      },
      ...(rekorV2 ? [rekorV2.instance(start)] : []),
    ],
    ctlogs: [
      {
        baseUrl: `${origin}/ctlog`,
        hashAlgorithm: HashAlgorithm.SHA2_256,
        publicKey: {
          rawBytes: ctLog.publicKey,
          keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256,
          validFor: { start, end: undefined },
        },
        logId: { keyId: bytes(ctLog.logID) },
        checkpointKeyId: undefined,
        operator: 'sigstore.mock',
      },
    ],
    timestampAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'tsa' },
        uri: tsaURL,
        certChain: {
          certificates: [
            { rawBytes: bytes(tsa.intCertificate) },
            { rawBytes: bytes(tsa.rootCertificate) },
          ],
        },
        validFor: { start, end: undefined },
        operator: 'sigstore.mock',
      },
    ],
  };

  return {
    fulcioURL,
    rekorURL,
    tsaURL,
    rekorV2URL: rekorV2?.url,
    services: ({ tsa = false } = {}) => ({
      fulcioURL,
      tlogs: [{ url: rekorURL, apiVersion: 1 }],
      tsaURLs: tsa ? [tsaURL] : [],
    }),
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: `${origin}/oidc/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken,
    },
    identityToken: {
      check: () => undefined,
      async getToken() {
        const response = await fetch(`${origin}/oidc/token?audience=sigstore`, {
          headers: { authorization: `Bearer ${requestToken}` },
        });
        if (!response.ok) throw new Error(`the OIDC route answered ${response.status}`);
        return ((await response.json()) as { value: string }).value;
      },
    },
    identity: { issuer: ACTIONS_ISSUER, subject },
    trustedRoot,
    rekorPublicKey: tlogKeys.publicKey,
    secrets: () => [requestToken, ...issued],
    requests: () => [...received],
    counts: () => ({
      rekorEntries: byUUID.size + (rekorV2?.size() ?? 0),
      certificates: certificatesIssued,
    }),
    inject(route, fault, times = 1) {
      for (let i = 0; i < times; i++) faults.push({ route, fault });
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
