// The HTTP layer under the registry client, in three stacked concerns:
//  - authentication: credentials for the scope a request needs, only on the registry's origin;
//  - redirects, followed by hand: once a request has left the registry's origin (blob storage on
//    S3, GCS, Azure) it never carries credentials again, and HTTPS never drops to HTTP;
//  - retries of transient failures, re-opening streamed bodies; an attempt that stops moving is
//    abandoned, and small answers are read whole within the attempt, so that one cut off or
//    stalled part-way is retried too.
// `Warning: 299` headers are shown once each.
import { Readable } from 'node:stream';
import { cancelled } from '../cancellation.js';
import { UserError, ErrorCode } from '../errors.js';
import type { Authenticator, PlainRequest, Scope } from './auth.js';
import type { Log } from '../log.js';
import { exchange, type HttpResponse } from './http.js';
import { readAtMost } from './read-blob.js';
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

/** A request body; `open()` gives its content anew for each sending. */
export interface RequestBody {
  length: number;
  open(): Readable | Uint8Array;
  /**
   * `false` for content that `open()` cannot give twice (the next slice of a stream being read):
   * the request is then sent once, and a 401 comes back to the caller after the credentials were
   * refreshed, for the caller to send the same content again.
   */
  resendable?: boolean;
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
  /**
   * Read the whole answer, at most this many bytes, before returning it (manifests, lists): an
   * answer cut off or stalled part-way is then retried like any other transient failure.
   */
  readLimit?: number;
  /**
   * How the request meets a cancelled run (cancellation.ts). `abort` (the default): not sent once
   * the run is cancelled, dropped in flight. `finish`: not sent once cancelled, but once sent it
   * runs to its answer, for a request that opens something the run must give back and can only
   * give back once it knows what was opened (an upload session). `send`: sent even once the run is
   * cancelled, for the request that gives back what the run held.
   */
  whenCancelled?: 'abort' | 'finish' | 'send';
}

export interface TransportConfig {
  /** `host[:port]` the user named, for messages. */
  registry: string;
  /** The registry API's origin. */
  origin: string;
  auth: Authenticator;
  policy: RetryPolicy;
  log: Log;
  userAgent: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;

interface AttemptLimits {
  /** No byte sent or received for this long abandons the attempt. */
  timeoutMs: number;
  /** Read the answer whole (at most this many bytes) before returning it. */
  readLimit?: number;
  /** Abandons the attempt when aborted. */
  signal?: AbortSignal;
}

/** The answer with its body read whole, so that one cut off part-way fails this attempt. */
async function readWhole(url: URL, response: HttpResponse, limit: number): Promise<HttpResponse> {
  const bytes = await readAtMost(response.body, limit);
  if (bytes === undefined) {
    throw new UserError(
      ErrorCode.REGISTRY_PROTOCOL,
      `The answer to ${url.origin}${url.pathname} is larger than ${limit} bytes, more than ` +
        'any registry sends for it.',
    );
  }
  return response.withBody(bytes);
}

/**
 * Sends one request, no redirects followed, no credentials added; failures of the caller's content
 * are told apart from network ones. With `limits.readLimit` the answer is read whole.
 */
async function sendOnce(
  method: string,
  url: URL,
  headers: Record<string, string>,
  body: RequestBody | undefined,
  limits: AttemptLimits,
): Promise<HttpResponse> {
  const source = body?.open();
  const streamed = source instanceof Readable;
  const response = await exchange(url, {
    method,
    headers: body ? { ...headers, 'content-length': String(body.length) } : headers,
    ...(source === undefined ? {} : { body: source }),
    timeoutMs: limits.timeoutMs,
    ...(limits.signal ? { signal: limits.signal } : {}),
  });
  if (REDIRECTS.has(response.status)) {
    // The spec gives uploads no redirects, and following one would read the content twice.
    if (streamed) {
      response.discard();
      throw new UserError(
        ErrorCode.REGISTRY_REDIRECT_REFUSED,
        `The registry redirected the upload ${method} ${url.origin}${url.pathname}; streamed ` +
          'uploads are not sent to redirects.',
      );
    }
    return response;
  }
  return limits.readLimit === undefined ? response : readWhole(url, response, limits.readLimit);
}

/** The innermost error code (`ECONNREFUSED`, `ECONNRESET`, …) or message of a failed request. */
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

/**
 * A refused connection is tried once more, not eight times: nothing listens at that address (the
 * registry is down, or the port or host is wrong), and minutes of waiting rarely change that.
 */
const REFUSED_ATTEMPTS = 2;

/** A network failure as a user error naming the host; errors already written for users pass. */
function unreachable(registry: string, url: URL, error: unknown): unknown {
  if (error instanceof UserError || !(error instanceof Error)) return error;
  const cause = networkCause(error);
  // Loopback is always reached over plain HTTP, so only a remote https:// address gets the hint.
  // Only where plain HTTP can be the cause: a name that does not resolve is not that.
  const plainHttp =
    url.protocol === 'https:' &&
    !isLoopbackHost(url.hostname) &&
    cause !== 'ENOTFOUND' &&
    cause !== 'EAI_AGAIN';
  const advice = (insecure: string) =>
    cause === 'ECONNREFUSED'
      ? 'Nothing accepted a connection there: is the registry running, and are the host and port right?'
      : `Check the address and the network${plainHttp ? `; a registry that serves plain HTTP needs ${insecure}` : ''}.`;
  const what = `Could not reach ${url.host} for the registry ${registry} (${cause}).`;
  return new UserError(
    ErrorCode.REGISTRY_UNREACHABLE,
    {
      action: `${what} ${advice("'insecure-registry: true'")}`,
      cli: `${what} ${advice('--insecure-registry')}`,
    },
    { cause: error },
  );
}

function transientDecision(
  outcome: Outcome<HttpResponse>,
  retry: boolean,
): RetryDecision | undefined {
  if (!retry) return undefined;
  if ('error' in outcome) {
    if (!isTransientNetworkError(outcome.error)) return undefined;
    const cause = networkCause(outcome.error);
    return {
      reason: `network error (${cause})`,
      ...(cause === 'ECONNREFUSED' ? { maxAttempts: REFUSED_ATTEMPTS } : {}),
    };
  }
  const response = outcome.value;
  if (!isRetryableStatus(response.status)) return undefined;
  const afterMs = retryAfterMs(response.headers.get('retry-after'));
  return {
    reason: `the registry answered ${response.status}`,
    ...(afterMs === undefined ? {} : { afterMs }),
    discard: () => response.discard(),
  };
}

/** Pings and token answers are small; a larger one is not what was asked for. */
const PLAIN_ANSWER_LIMIT = 1024 * 1024;

/** Requests with no credentials and no redirects, retried, read whole: pings and token requests. */
export function plainRequest(
  registry: string,
  policy: RetryPolicy,
  log: Log,
  userAgent: string,
): PlainRequest {
  return (url, { method = 'GET', headers, body }) => {
    const content = body === undefined ? undefined : Buffer.from(body);
    return retrying(
      policy,
      `${method} ${url.host}${url.pathname}`,
      log,
      () =>
        sendOnce(
          method,
          url,
          { 'user-agent': userAgent, ...headers },
          content && { length: content.length, open: () => content },
          { timeoutMs: policy.timeoutMs, readLimit: PLAIN_ANSWER_LIMIT },
        ),
      (outcome) => transientDecision(outcome, true),
    ).catch((error: unknown) => {
      throw unreachable(registry, url, error);
    });
  };
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

  get credentialSource(): string | undefined {
    return this.config.auth.credentialSource;
  }

  /** Pings the registry and gets the credentials and token `scope` needs, ahead of the requests. */
  async authorize(scope: Scope): Promise<void> {
    await this.config.auth.authorization(scope);
  }

  /** Sends `request`, answering challenges, following redirects and retrying as configured. */
  async send(request: RegistryRequest): Promise<HttpResponse> {
    const url = new URL(request.url, this.config.origin);
    const response = await retrying(
      this.config.policy,
      `${request.method} ${url.pathname}`,
      this.config.log,
      async () => {
        if (request.whenCancelled !== 'send' && cancelled.aborted) throw cancelled.reason;
        const onOrigin = url.origin === this.config.origin;
        const auth = onOrigin ? await this.config.auth.authorization(request.scope) : undefined;
        const first = await this.follow(request, url, auth);
        if (first.response.status !== 401 || first.url.origin !== this.config.origin) {
          return first.response;
        }
        const better = await this.config.auth.reauthorize(request.scope, first.response, auth);
        if (better === undefined || request.body?.resendable === false) return first.response;
        first.response.discard();
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
  ): Promise<{ response: HttpResponse; url: URL }> {
    let url = start;
    let { method, body } = request;
    let credentials = authorization;
    for (let hop = 0; ; hop++) {
      if (url.origin !== this.config.origin) credentials = undefined; // and never again
      const headers = this.headers(request.headers);
      if (credentials) headers.authorization = credentials;
      const response = await sendOnce(method, url, headers, body, {
        timeoutMs: this.config.policy.timeoutMs,
        ...(request.readLimit === undefined ? {} : { readLimit: request.readLimit }),
        ...((request.whenCancelled ?? 'abort') === 'abort' ? { signal: cancelled } : {}),
      });
      const location = response.headers.get('location');
      if (request.followRedirects === false || !REDIRECTS.has(response.status) || !location) {
        return { response, url };
      }
      response.discard();
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
      ErrorCode.REGISTRY_REDIRECT_REFUSED,
      `The registry ${this.config.registry} redirected ${url.origin}${url.pathname}: ${why}.`,
    );
  }

  private showWarnings(response: HttpResponse): void {
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
