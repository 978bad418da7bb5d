// A loopback HTTP proxy in front of the real test registry, to make it behave like registries we
// cannot run here (paged tag lists, the referrers API, blob redirects to storage) and to inject
// faults. Requests pass through a chain of handlers; each may answer itself, change what is
// forwarded, or rewrite the registry's answer. The Host header is kept, so the registry writes
// upload Locations that point back at the proxy. Ready-made handlers are in proxy-handlers.ts.
import { createServer, request, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Readable } from 'node:stream';

export interface ProxyRequest {
  method: string;
  /** Path and query as received (`/v2/…?…`), parsed against the proxy's origin. */
  url: URL;
  headers: IncomingHttpHeaders;
  /** The body, read in full; after this the buffered body is what gets forwarded. */
  body(): Promise<Buffer>;
  /** The incoming request, for handlers that read part of a body before failing. */
  raw: IncomingMessage;
}

export type ProxyResponse =
  | {
      status: number;
      headers?: Record<string, string | string[] | undefined>;
      body?: Buffer | string | Readable;
    }
  /** Drop the connection without an answer, as a reset or a crashed server would. */
  | { destroy: true };

/**
 * Forwards to the registry (or the next handler), optionally with another path or method (a GET
 * or HEAD is sent without the request's body) and extra headers.
 */
export type Next = (override?: Override) => Promise<ProxyResponse>;

interface Override {
  path?: string;
  method?: string;
  headers?: Record<string, string>;
}

export type ProxyHandler = (request: ProxyRequest, next: Next) => Promise<ProxyResponse>;

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

export interface RegistryProxy {
  /** `127.0.0.1:<port>`, for `oci://<host>/…`. */
  host: string;
  origin: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Adds a handler in front of the others; returns a function that removes it. */
  use(handler: ProxyHandler): () => void;
  stop(): Promise<void>;
}

/** Reads a response's body in full (replacing a stream by its bytes), for handlers that rewrite. */
export async function bodyOf(response: ProxyResponse): Promise<Buffer> {
  if ('destroy' in response) return Buffer.alloc(0);
  const { body } = response;
  if (body === undefined) return Buffer.alloc(0);
  if (typeof body === 'string' || Buffer.isBuffer(body)) return Buffer.from(body);
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk as Buffer);
  response.body = Buffer.concat(chunks);
  return response.body;
}

function forward(
  upstream: URL,
  req: ProxyRequest,
  buffered: () => Buffer | undefined,
  override: Override = {},
): Promise<ProxyResponse> {
  return new Promise((resolve, reject) => {
    const bodiless = override.method === 'GET' || override.method === 'HEAD';
    const body = bodiless ? undefined : buffered();
    const headers = { ...req.headers, ...override.headers };
    if (bodiless) {
      delete headers['content-type'];
      delete headers['content-length'];
      delete headers['transfer-encoding'];
    }
    if (body) headers['content-length'] = String(body.length);
    const outgoing = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: override.method ?? req.method,
        path: override.path ?? `${req.url.pathname}${req.url.search}`,
        headers,
      },
      (incoming) =>
        resolve({ status: incoming.statusCode ?? 502, headers: incoming.headers, body: incoming }),
    );
    outgoing.on('error', reject);
    if (body) outgoing.end(body);
    else if (bodiless) outgoing.end();
    else req.raw.pipe(outgoing);
  });
}

export async function startRegistryProxy(upstreamOrigin: string): Promise<RegistryProxy> {
  const upstream = new URL(upstreamOrigin);
  const handlers: ProxyHandler[] = [];
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();

  const server = createServer((raw, res) => {
    let buffered: Buffer | undefined;
    const req: ProxyRequest = {
      method: raw.method ?? 'GET',
      url: new URL(raw.url ?? '/', `http://${raw.headers.host ?? 'proxy'}`),
      headers: raw.headers,
      raw,
      async body() {
        if (!buffered) {
          const chunks: Buffer[] = [];
          for await (const chunk of raw) chunks.push(chunk as Buffer);
          buffered = Buffer.concat(chunks);
        }
        return buffered;
      },
    };
    requests.push({
      method: req.method,
      path: `${req.url.pathname}${req.url.search}`,
      headers: raw.headers,
    });
    const chain = [...handlers];
    const run =
      (i: number): Next =>
      (override) =>
        i < chain.length
          ? chain[i]!(req, run(i + 1))
          : forward(upstream, req, () => buffered, override);
    run(0)()
      .then((answer) => {
        if ('destroy' in answer) {
          res.socket?.destroy();
          return;
        }
        // A handler that answered without reading the request body leaves it to drain.
        if (!raw.readableEnded && raw.listenerCount('data') === 0) raw.resume();
        res.writeHead(answer.status, answer.headers);
        const { body } = answer;
        if (body instanceof Readable) body.pipe(res);
        else res.end(body);
      })
      .catch((error: unknown) => {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(`proxy: ${error instanceof Error ? error.message : String(error)}`);
      });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    origin: `http://127.0.0.1:${port}`,
    requests,
    use(handler) {
      handlers.unshift(handler);
      return () => {
        const at = handlers.indexOf(handler);
        if (at !== -1) handlers.splice(at, 1);
      };
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A server that records the headers of every request and serves bodies registered with it. */
export interface HeaderRecorder {
  origin: string;
  requests: RecordedRequest[];
  /** Serves `body` at `path`, or redirects there with `{ redirect }`. */
  serve(path: string, answer: { body: Buffer } | { redirect: string }): void;
  stop(): Promise<void>;
}

export async function startHeaderRecorder(host = '127.0.0.1'): Promise<HeaderRecorder> {
  const routes = new Map<string, { body: Buffer } | { redirect: string }>();
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers });
    req.resume();
    const route = routes.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (!route) res.writeHead(404).end();
    else if ('redirect' in route) res.writeHead(307, { location: route.redirect }).end();
    else res.writeHead(200, { 'content-length': String(route.body.length) }).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    requests,
    serve: (path, answer) => void routes.set(path, answer),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
