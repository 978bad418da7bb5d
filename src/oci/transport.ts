// The HTTP layer under the registry client, in three stacked concerns:
//  - authentication: credentials for the scope a request needs, only on the registry's origin;
//  - redirects, followed by hand: once a request has left the registry's origin (blob storage on
//    S3, GCS, Azure) it never carries credentials again, and HTTPS never drops to HTTP;
//  - retries of transient failures, re-opening streamed bodies.
// `Warning: 299` headers are shown once each.
import { Readable } from 'node:stream';
import { UserError } from '../errors.js';
import type { Authenticator, PlainFetch, Scope } from './auth.js';
import type { OciLogger } from './options.js';
import { isLoopbackHost } from './reference.js';
import {
  isRetryableStatus,
  isTransientNetworkError,
  retryAfterMs,
  retrying,
  type Outcome,
  type RetryDecision,
  type RetryPolicy,
} from './retry.js';

/** A request body that can be sent more than once. */
export interface RequestBody {
  length: number;
  open(): Readable | Uint8Array;
}

export interface RegistryRequest {
  method: string;
  /** Absolute, or a path on the registry's origin. */
  url: string | URL;
  headers?: Record<string, string>;
  body?: RequestBody;
  scope: Scope;
  /** `false` for requests whose failure the caller recovers from itself (an upload chunk). */
  retry?: boolean;
  /** `false` to get a 3xx answer back instead of following it. */
  followRedirects?: boolean;
}

export interface TransportConfig {
  /** `host[:port]` the user named, for messages. */
  registry: string;
  /** The registry API's origin. */
  origin: string;
  auth: Authenticator;
  policy: RetryPolicy;
  log: OciLogger;
  userAgent: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;

/** The caller's own content failed while being sent: retrying would not help. */
export class BodySourceError extends UserError {
  constructor(cause: unknown) {
    super(
      'UPLOAD_SOURCE_FAILED',
      `Reading the content to upload failed: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
  }
}

/**
 * Sends one request, no redirects followed (streamed bodies refuse them), no credentials added;
 * failures of the caller's content are told apart from network ones.
 */
async function sendOnce(
  method: string,
  url: URL,
  headers: Record<string, string>,
  body: RequestBody | undefined,
): Promise<Response> {
  if (!body) return fetch(url, { method, headers, redirect: 'manual' });
  const source = body.open();
  if (!(source instanceof Readable)) {
    return fetch(url, { method, headers, body: source, redirect: 'manual' });
  }
  let sourceFailure: unknown;
  source.once('error', (error) => (sourceFailure = error));
  try {
    return await fetch(url, {
      method,
      headers: { ...headers, 'content-length': String(body.length) },
      body: Readable.toWeb(source) as ReadableStream<Uint8Array>,
      duplex: 'half',
      // Any mode but 'error' makes fetch clone the request to replay it on a redirect, and the
      // clone's unread half of the body keeps every byte sent: 300 MB retained for a 300 MB blob
      // (measured). Streamed bodies therefore refuse redirects; the spec gives uploads none.
      redirect: 'error',
    });
  } catch (error) {
    if (sourceFailure !== undefined) throw new BodySourceError(sourceFailure);
    if ((error as { cause?: { message?: unknown } }).cause?.message === 'unexpected redirect') {
      throw new UserError(
        'REGISTRY_REDIRECT_REFUSED',
        `The registry redirected the upload ${method} ${url.origin}${url.pathname}; streamed ` +
          'uploads are not sent to redirects.',
        { cause: error },
      );
    }
    throw error;
  } finally {
    source.destroy();
  }
}

/** The innermost error code (`ECONNREFUSED`, `UND_ERR_SOCKET`, …) or message of a failed fetch. */
function networkCause(error: unknown): string {
  let found = error instanceof Error ? error.message : String(error);
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string') found = code;
    else if (typeof message === 'string' && message) found = message;
    e = (e as { cause?: unknown }).cause;
  }
  return found;
}

/** A network failure as a user error naming the host; errors already written for users pass. */
function unreachable(registry: string, url: URL, error: unknown): unknown {
  if (error instanceof UserError || !(error instanceof Error)) return error;
  return new UserError(
    'REGISTRY_UNREACHABLE',
    `Could not reach ${url.host} for the registry ${registry} (${networkCause(error)}). Check the ` +
      'address and the network; a registry that serves plain HTTP needs the insecure option.',
    { cause: error },
  );
}

function transientDecision(outcome: Outcome<Response>, retry: boolean): RetryDecision | undefined {
  if (!retry) return undefined;
  if ('error' in outcome) {
    if (!isTransientNetworkError(outcome.error)) return undefined;
    return { reason: `network error (${networkCause(outcome.error)})` };
  }
  const response = outcome.value;
  if (!isRetryableStatus(response.status)) return undefined;
  const afterMs = retryAfterMs(response.headers.get('retry-after'));
  return {
    reason: `the registry answered ${response.status}`,
    ...(afterMs === undefined ? {} : { afterMs }),
    discard: () => response.body?.cancel(),
  };
}

/** Requests with no credentials and no redirects, retried: pings and token requests. */
export function plainFetch(
  registry: string,
  policy: RetryPolicy,
  log: OciLogger,
  userAgent: string,
): PlainFetch {
  return (url, init) =>
    retrying(
      policy,
      `${init.method ?? 'GET'} ${url.host}${url.pathname}`,
      log,
      () =>
        fetch(url, {
          ...init,
          redirect: 'manual',
          headers: { 'user-agent': userAgent, ...(init.headers as Record<string, string>) },
        }),
      (outcome) => transientDecision(outcome, true),
    ).catch((error: unknown) => {
      throw unreachable(registry, url, error);
    });
}

export class Transport {
  private readonly warned = new Set<string>();

  constructor(private readonly config: TransportConfig) {}

  get origin(): string {
    return this.config.origin;
  }

  get authenticated(): boolean {
    return this.config.auth.authenticated;
  }

  /** Sends `request`, answering challenges, following redirects and retrying as configured. */
  async send(request: RegistryRequest): Promise<Response> {
    const url = new URL(request.url, this.config.origin);
    const response = await retrying(
      this.config.policy,
      `${request.method} ${url.pathname}`,
      this.config.log,
      async () => {
        const onOrigin = url.origin === this.config.origin;
        const auth = onOrigin ? await this.config.auth.authorization(request.scope) : undefined;
        const first = await this.follow(request, url, auth);
        if (first.response.status !== 401 || first.url.origin !== this.config.origin) {
          return first.response;
        }
        const better = await this.config.auth.reauthorize(request.scope, first.response, auth);
        if (better === undefined) return first.response;
        await first.response.body?.cancel();
        return (await this.follow(request, url, better)).response;
      },
      (outcome) => transientDecision(outcome, request.retry !== false),
    ).catch((error: unknown) => {
      throw unreachable(this.config.registry, url, error);
    });
    this.showWarnings(response);
    return response;
  }

  private headers(extra: Record<string, string> | undefined): Record<string, string> {
    return { 'user-agent': this.config.userAgent, ...extra };
  }

  /** Sends and follows redirects; credentials only while the request stays on the registry. */
  private async follow(
    request: RegistryRequest,
    start: URL,
    authorization: string | undefined,
  ): Promise<{ response: Response; url: URL }> {
    let url = start;
    let { method, body } = request;
    let credentials = authorization;
    for (let hop = 0; ; hop++) {
      if (url.origin !== this.config.origin) credentials = undefined; // and never again
      const headers = this.headers(request.headers);
      if (credentials) headers.authorization = credentials;
      const response = await sendOnce(method, url, headers, body);
      const location = response.headers.get('location');
      if (request.followRedirects === false || !REDIRECTS.has(response.status) || !location) {
        return { response, url };
      }
      await response.body?.cancel();
      const next = new URL(location, url);
      if (hop >= MAX_REDIRECTS) throw this.redirectRefused(url, 'too many redirects');
      if (next.protocol !== 'https:' && next.protocol !== 'http:') {
        throw this.redirectRefused(url, `a redirect to ${next.protocol} is not followed`);
      }
      if (url.protocol === 'https:' && next.protocol === 'http:' && !isLoopbackHost(next.host)) {
        throw this.redirectRefused(url, `a redirect from HTTPS to ${next.origin} is not followed`);
      }
      if (response.status === 303) {
        method = 'GET';
        body = undefined;
      }
      url = next;
    }
  }

  private redirectRefused(url: URL, why: string): UserError {
    return new UserError(
      'REGISTRY_REDIRECT_REFUSED',
      `The registry ${this.config.registry} redirected ${url.origin}${url.pathname}: ${why}.`,
    );
  }

  private showWarnings(response: Response): void {
    const header = response.headers.get('warning');
    if (!header) return;
    // RFC 7234: `299 <agent> "<text>"`, several joined by commas.
    for (const [, text] of header.matchAll(/299\s+\S+\s+"((?:[^"\\]|\\.)*)"/g)) {
      const message = text!.replace(/\\(.)/g, '$1');
      if (this.warned.has(message)) continue;
      this.warned.add(message);
      this.config.log.warning(`The registry ${this.config.registry} warns: ${message}`);
    }
  }
}
