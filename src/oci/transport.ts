// The HTTP layer under the registry client, in three stacked concerns:
//  - authentication: credentials for the scope a request needs, only on the registry's origin;
//  - redirects, followed by hand: once a request has left the registry's origin (blob storage on
//    S3, GCS, Azure) it never carries credentials again, and HTTPS never drops to HTTP;
//  - retries of transient failures, re-opening streamed bodies; an attempt that stops moving is
//    abandoned, and small answers are read whole within the attempt, so that one cut off or
//    stalled part-way is retried too.
// `Warning: 299` headers are shown once each.
import { Readable } from 'node:stream';
import { UserError } from '../errors.js';
import type { Authenticator, PlainFetch, Scope } from './auth.js';
import type { OciLogger } from './options.js';
import { ProgressTimeout } from './progress-timeout.js';
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
  /** The option that named the registry (`url`), for messages. */
  input?: string;
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

interface AttemptLimits {
  /** No byte sent or received for this long abandons the attempt. */
  timeoutMs: number;
  /** Read the answer whole (at most this many bytes) before returning it. */
  readLimit?: number;
}

/** The answer with its body read whole, the silence clock running until the last byte. */
async function readWhole(
  url: URL,
  response: Response,
  limit: number,
  touch: () => void,
): Promise<Response> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const body = (response.body ?? []) as AsyncIterable<Uint8Array>;
  for await (const chunk of body) {
    touch();
    size += chunk.length;
    if (size > limit) {
      throw new UserError(
        'REGISTRY_PROTOCOL',
        `The answer to ${url.origin}${url.pathname} is larger than ${limit} bytes, more than ` +
          'any registry sends for it.',
      );
    }
    chunks.push(chunk);
  }
  return new Response(size > 0 ? Buffer.concat(chunks) : null, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

/**
 * Sends one request, no redirects followed (streamed bodies refuse them), no credentials added;
 * failures of the caller's content are told apart from network ones. The attempt is abandoned
 * when no byte moves for `limits.timeoutMs`; with `limits.readLimit` the answer is read whole.
 */
async function sendOnce(
  method: string,
  url: URL,
  headers: Record<string, string>,
  body: RequestBody | undefined,
  limits: AttemptLimits,
): Promise<Response> {
  const progress = new ProgressTimeout(limits.timeoutMs);
  const answer = async (init: RequestInit) => {
    const response = await fetch(url, { method, headers, ...init, signal: progress.signal });
    if (limits.readLimit === undefined || REDIRECTS.has(response.status)) return response;
    return readWhole(url, response, limits.readLimit, progress.touch);
  };
  const source = body?.open();
  if (!body || !(source instanceof Readable)) {
    try {
      return await answer({ body: source, redirect: 'manual' });
    } finally {
      progress.stop();
    }
  }
  let sourceFailure: unknown;
  source.once('error', (error) => (sourceFailure = error));
  try {
    const web = Readable.toWeb(source);
    // Every chunk taken from the content is progress; a registry that stops reading is not.
    source.on('data', progress.touch);
    return await answer({
      headers: { ...headers, 'content-length': String(body.length) },
      body: web,
      duplex: 'half',
      // Any mode but 'error' makes fetch clone the request to replay it on a redirect, and the
      // clone's unread half of the body keeps every byte sent: 300 MB retained for a 300 MB blob
      // (measured). Streamed bodies therefore refuse redirects; the spec gives uploads none.
      redirect: 'error',
    });
  } catch (error) {
    // An abandoned request cancels the content with its own reason: that is no fault of the content.
    if (sourceFailure !== undefined && !progress.signal.aborted) {
      throw new BodySourceError(sourceFailure);
    }
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
    progress.stop();
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
function unreachable(registry: string, url: URL, error: unknown, input?: string): unknown {
  if (error instanceof UserError || !(error instanceof Error)) return error;
  return new UserError(
    'REGISTRY_UNREACHABLE',
    `Could not reach ${url.host} for the registry ${registry} (${networkCause(error)}). Check the ` +
      `address${input ? ` in '${input}'` : ''} and the network; a registry that serves plain ` +
      'HTTP needs the insecure option.',
    { cause: error, ...(input === undefined ? {} : { input }) },
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

/** Pings and token answers are small; a larger one is not what was asked for. */
const PLAIN_ANSWER_LIMIT = 1024 * 1024;

/** Requests with no credentials and no redirects, retried, read whole: pings and token requests. */
export function plainFetch(
  registry: string,
  policy: RetryPolicy,
  log: OciLogger,
  userAgent: string,
  input?: string,
): PlainFetch {
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
      throw unreachable(registry, url, error, input);
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
        if (better === undefined || request.body?.resendable === false) return first.response;
        await first.response.body?.cancel();
        return (await this.follow(request, url, better)).response;
      },
      (outcome) => transientDecision(outcome, request.retry !== false),
    ).catch((error: unknown) => {
      throw unreachable(this.config.registry, url, error, this.config.input);
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
      const response = await sendOnce(method, url, headers, body, {
        timeoutMs: this.config.policy.timeoutMs,
        ...(request.readLimit === undefined ? {} : { readLimit: request.readLimit }),
      });
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
