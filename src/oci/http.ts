// One HTTP exchange, over node:http and node:https rather than fetch. Node's fetch is a bundled
// undici that is compiled on first use: 35 ms and about 20 MiB before the first request (measured
// for issue 10), more than the rest of a small artifact's whole push. (Signing still uses fetch,
// through sigstore-js; only runs that sign pay for it.) Connections are kept alive
// by the global agents, which also honour NODE_USE_ENV_PROXY.
//
// An exchange is abandoned when no byte moves for `timeoutMs`, from the first byte sent to the
// last byte of the answer: the clock measures silence, not duration, so a large upload or download
// takes as long as it needs while bytes flow, and a registry (or a proxy) that stalls does not hold
// the run.
import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import { pipeline, Readable } from 'node:stream';
import { UserError, ErrorCode } from '../errors.js';
import { countingTransform } from './progress.js';

/** What was answered; `body` streams it, and must be read or discarded. */
export class HttpResponse {
  readonly headers: { get(name: string): string | null };

  constructor(
    readonly status: number,
    readonly statusText: string,
    private readonly rawHeaders: IncomingHttpHeaders,
    readonly body: Readable,
    /** The body's bytes, when they were read before this answer was handed on. */
    private readonly read?: Buffer,
  ) {
    this.headers = {
      get: (name) => {
        const value = rawHeaders[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
    };
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  async bytes(): Promise<Buffer> {
    if (this.read) return this.read;
    const chunks: Buffer[] = [];
    for await (const chunk of this.body) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  async text(): Promise<string> {
    return (await this.bytes()).toString('utf8');
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  /** Drops the unread answer; read to its end, so that the connection can serve the next request. */
  discard(): void {
    this.body.on('error', () => undefined).resume();
  }

  /** The same answer with `bytes`, already read from the original, as its body. */
  withBody(bytes: Buffer): HttpResponse {
    const body = Readable.from(bytes.length ? [bytes] : []);
    return new HttpResponse(this.status, this.statusText, this.rawHeaders, body, bytes);
  }
}

export interface ExchangeInit {
  method: string;
  headers: Record<string, string>;
  /** A stream is sent as it is read, with the `content-length` it must be given in `headers`. */
  body?: Readable | Uint8Array;
  timeoutMs: number;
  /** Aborting it drops the request (or the answer's body) with the signal's reason. */
  signal?: AbortSignal;
}

/** The caller's own content failed while being sent: not a network fault, and no retry would help. */
export class BodySourceError extends UserError {
  constructor(cause: unknown) {
    super(
      ErrorCode.UPLOAD_SOURCE_FAILED,
      `Reading the content to upload failed: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
  }
}

/** A TimeoutError, which the retry policy counts as transient. */
function silence(ms: number): Error {
  return new DOMException(`no byte moved for ${ms / 1000} s`, 'TimeoutError');
}

/**
 * Sends one request and resolves with the answer once its headers arrive; nothing is followed or
 * retried here. Rejects with `BodySourceError` when a streamed body fails while being sent.
 */
export function exchange(url: URL, init: ExchangeInit): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    let request: http.ClientRequest;
    try {
      request = client.request(url, { method: init.method, headers: init.headers });
    } catch (error) {
      // Headers Node refuses to send (a control character in a value) throw here.
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    let answer: IncomingMessage | undefined;
    const timer = setTimeout(() => {
      const error = silence(init.timeoutMs);
      if (answer) answer.destroy(error);
      else request.destroy(error);
    }, init.timeoutMs);
    timer.unref();
    const abort = () => {
      const reason = init.signal?.reason as Error;
      if (answer) answer.destroy(reason);
      else request.destroy(reason);
    };
    if (init.signal?.aborted) abort();
    init.signal?.addEventListener('abort', abort, { once: true });
    request.once('close', () => init.signal?.removeEventListener('abort', abort));
    const touch = () => timer.refresh();
    const source = init.body instanceof Readable ? init.body : undefined;

    request.on('error', (error) => {
      // Once answered, a failure to send the rest (a server that stopped reading) is the answer's
      // business: if the answer is cut short, its body fails too.
      if (answer) return;
      clearTimeout(timer);
      reject(error);
    });
    request.on('response', (message: IncomingMessage) => {
      answer = message;
      touch();
      // Each chunk the reader takes is progress (a listener on `message` itself would set it
      // flowing before the reader is there). Destroying the body releases the connection.
      const body = pipeline(message, countingTransform(touch), () => undefined);
      body.once('close', () => clearTimeout(timer));
      resolve(
        new HttpResponse(
          message.statusCode ?? 0,
          message.statusMessage ?? '',
          message.headers,
          body,
        ),
      );
    });

    if (!source) {
      request.end(init.body);
      return;
    }
    source.on('data', touch);
    source.once('error', (error) => request.destroy(new BodySourceError(error)));
    request.once('close', () => source.destroy());
    source.pipe(request);
  });
}
