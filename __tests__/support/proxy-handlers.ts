// Handlers for the registry proxy: behaviours of real registries that distribution 2.8 lacks, and
// faults. Each is a function returning a ProxyHandler; `proxy.use(handler)` installs it.
import type { Readable } from 'node:stream';
import { bodyOf, type HeaderRecorder, type ProxyHandler, type ProxyRequest } from './proxy.js';

const MANIFEST_PATH = /^\/v2\/(.+)\/manifests\/([^/]+)$/;
const TAGS_PATH = /^\/v2\/(.+)\/tags\/list$/;
const REFERRERS_PATH = /^\/v2\/(.+)\/referrers\/([^/]+)$/;
const MANIFEST_TYPES = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
].join(', ');
const BLOB_PATH = /^\/v2\/(.+)\/blobs\/(sha256:[a-f0-9]{64})$/;

type Match = (request: ProxyRequest) => boolean;

/** Matches a method and a path pattern. */
export function route(method: string, path: RegExp): Match {
  return (req) => req.method === method && path.test(req.url.pathname);
}

/**
 * Pages `GET /v2/<name>/tags/list` the way ghcr.io and Docker Hub do: at most `pageSize` tags (or
 * fewer when the client asks with `n`), after `last`, and `Link: <…>; rel="next"` while more remain.
 */
export function pagedTags(pageSize: number): ProxyHandler {
  return async (req, next) => {
    const match = TAGS_PATH.exec(req.url.pathname);
    if (req.method !== 'GET' || !match) return next();
    const answer = await next({ path: req.url.pathname });
    if ('destroy' in answer || answer.status !== 200) return answer;
    const { name, tags } = JSON.parse((await bodyOf(answer)).toString()) as {
      name: string;
      tags: string[];
    };
    const sorted = [...tags].sort();
    const last = req.url.searchParams.get('last');
    const n = Math.min(Number(req.url.searchParams.get('n')) || pageSize, pageSize);
    const from = last === null ? 0 : sorted.findIndex((t) => t > last);
    const page = from === -1 ? [] : sorted.slice(from, from + n);
    const more = from !== -1 && from + n < sorted.length;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (more) {
      const nextPage = `/v2/${match[1]}/tags/list?n=${n}&last=${encodeURIComponent(page.at(-1)!)}`;
      headers.link = `<${nextPage}>; rel="next"`;
    }
    return { status: 200, headers, body: JSON.stringify({ name, tags: page }) };
  };
}

/**
 * The referrers API (distribution-spec 1.1), answered from the manifests with a `subject` that were
 * pushed through the proxy; filters by `artifactType` and says so in `OCI-Filters-Applied`.
 */
export function referrersApi(): ProxyHandler {
  const referrers = new Map<string, Record<string, unknown>[]>();
  return async (req, next) => {
    const put = MANIFEST_PATH.exec(req.url.pathname);
    if (req.method === 'PUT' && put) {
      const bytes = await req.body();
      const answer = await next();
      if (!('destroy' in answer) && answer.status === 201) {
        const manifest = JSON.parse(bytes.toString()) as {
          subject?: { digest: string };
          artifactType?: string;
          config?: { mediaType?: string };
          annotations?: Record<string, string>;
        };
        if (manifest.subject) {
          const key = `${put[1]}@${manifest.subject.digest}`;
          const list = referrers.get(key) ?? [];
          list.push({
            mediaType: req.headers['content-type'],
            digest: answer.headers?.['docker-content-digest'],
            size: bytes.length,
            artifactType: manifest.artifactType ?? manifest.config?.mediaType,
            ...(manifest.annotations ? { annotations: manifest.annotations } : {}),
          });
          referrers.set(key, list);
        }
      }
      return answer;
    }
    const get = REFERRERS_PATH.exec(req.url.pathname);
    if (req.method !== 'GET' || !get) return next();
    const wanted = req.url.searchParams.get('artifactType');
    const all = referrers.get(`${get[1]}@${get[2]}`) ?? [];
    const manifests = wanted ? all.filter((d) => d.artifactType === wanted) : all;
    return {
      status: 200,
      headers: {
        'content-type': 'application/vnd.oci.image.index.v1+json',
        ...(wanted ? { 'oci-filters-applied': 'artifactType' } : {}),
      },
      body: JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests,
      }),
    };
  };
}

/**
 * Answers blob GETs with a 307 to `storage` (a header recorder), which serves the bytes the
 * registry gave, the way registries hand blob downloads to S3, GCS or Azure.
 */
export function redirectBlobs(storage: HeaderRecorder): ProxyHandler {
  return async (req, next) => {
    const match = BLOB_PATH.exec(req.url.pathname);
    if (req.method !== 'GET' || !match) return next();
    const answer = await next();
    if ('destroy' in answer || answer.status !== 200) return answer;
    const path = `/storage/${match[2]}`;
    storage.serve(path, { body: await bodyOf(answer) });
    return { status: 307, headers: { location: `${storage.origin}${path}` } };
  };
}

export type Fault =
  /** Let this one through untouched. */
  | { pass: true }
  | { status: number; headers?: Record<string, string>; body?: string }
  /** Drop the connection before answering. */
  | { destroy: true }
  /** Read this many bytes of the request body, then drop the connection. */
  | { destroyAfterBytes: number }
  /** Forward the request, then answer this status instead of the registry's. */
  | { forwardThenStatus: number };

/** Reads at least `bytes` of `stream` (or all of it), then stops reading without closing it. */
function consume(stream: Readable, bytes: number): Promise<void> {
  return new Promise((resolve) => {
    let seen = 0;
    const onData = (chunk: Buffer) => {
      seen += chunk.length;
      if (seen < bytes) return;
      stream.pause();
      stream.off('data', onData);
      resolve();
    };
    stream.on('data', onData);
    stream.once('end', () => resolve());
  });
}

/** Answers the next requests that `match` with `faults`, one each, then lets them through. */
export function faults(match: Match, ...queue: Fault[]): ProxyHandler {
  return async (req, next) => {
    if (!match(req)) return next();
    const fault = queue.shift();
    if (!fault || 'pass' in fault) return next();
    if ('forwardThenStatus' in fault) {
      const answer = await next();
      if (!('destroy' in answer)) await bodyOf(answer);
      return { status: fault.forwardThenStatus, body: '' };
    }
    if ('destroyAfterBytes' in fault) {
      await consume(req.raw, fault.destroyAfterBytes);
      return { destroy: true };
    }
    if ('destroy' in fault) return { destroy: true };
    return { status: fault.status, headers: fault.headers ?? {}, body: fault.body ?? '' };
  };
}

/** Adds headers to the registry's answers to requests that `match`. */
export function addHeaders(match: Match, headers: Record<string, string>): ProxyHandler {
  return async (req, next) => {
    const answer = await next();
    if (!match(req) || 'destroy' in answer) return answer;
    return { ...answer, headers: { ...answer.headers, ...headers } };
  };
}

/** Points the registry's bearer challenges at another token realm. */
export function rewriteRealm(realm: string): ProxyHandler {
  return async (_req, next) => {
    const answer = await next();
    if ('destroy' in answer) return answer;
    const challenge = answer.headers?.['www-authenticate'];
    if (typeof challenge !== 'string') return answer;
    return {
      ...answer,
      headers: {
        ...answer.headers,
        'www-authenticate': challenge.replace(/realm="[^"]*"/, `realm="${realm}"`),
      },
    };
  };
}

/**
 * Conditional manifest PUTs (RFC 9110 §13), which distribution 2.8 ignores: `If-Match` must name
 * the tag's current ETag (`"<digest>"`, as distribution gives it on GET) and `If-None-Match: *`
 * that the tag does not exist, else 412. Writes to one tag are serialized, so the comparison and
 * the write are one step, as in a registry that honours them. `refused` counts the 412s.
 */
export function conditionalWrites(): ProxyHandler & { refused: () => number } {
  const locks = new Map<string, Promise<unknown>>();
  let refused = 0;
  const handler: ProxyHandler = async (req, next) => {
    const match = MANIFEST_PATH.exec(req.url.pathname);
    if (req.method !== 'PUT' || !match || match[2]!.startsWith('sha256:')) return next();
    const key = req.url.pathname;
    const previous = locks.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    locks.set(
      key,
      previous.then(() => mine),
    );
    await previous;
    try {
      await req.body();
      const ifMatch = req.headers['if-match'];
      const ifNoneMatch = req.headers['if-none-match'];
      if (ifMatch !== undefined || ifNoneMatch !== undefined) {
        const head = await next({ method: 'HEAD', headers: { accept: MANIFEST_TYPES } });
        const current =
          'destroy' in head || head.status !== 200
            ? undefined
            : `"${String(head.headers?.['docker-content-digest'])}"`;
        await bodyOf(head);
        const fails =
          (ifMatch !== undefined && (current === undefined || ifMatch !== current)) ||
          (ifNoneMatch === '*' && current !== undefined);
        if (fails) {
          refused++;
          return { status: 412, headers: { 'content-type': 'application/json' }, body: '' };
        }
      }
      const answer = await next();
      if (!('destroy' in answer)) await bodyOf(answer);
      return answer;
    } finally {
      release();
    }
  };
  return Object.assign(handler, { refused: () => refused });
}
