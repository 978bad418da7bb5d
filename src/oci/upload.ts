// Blob uploads: a cross-repository mount when a source is known, else an upload session filled
// monolithically (one PUT streaming the whole blob) or, above a threshold, in chunks (PATCH with
// `Content-Range`, at least `OCI-Chunk-Min-Length` each). A failed chunk resumes from the offset
// the registry reports; a lost session starts over. The digest the registry stores must be ours.
import { pipeline, type Readable } from 'node:stream';
import type { BlobSource, UploadProgress } from './repository.js';
import type { Scope } from './auth.js';
import { UserError, ErrorCode } from '../errors.js';
import { protocolError, registryError, type RequestContext } from './errors.js';
import type { Log } from '../log.js';
import { countingTransform } from './progress.js';
import {
  backoffMs,
  isRetryableStatus,
  isTransientNetworkError,
  retryAfterMs,
  retrying,
  type RetryPolicy,
} from './retry.js';
import { cancelled, onCancel } from '../cancellation.js';
import { SourceReader } from './source-reader.js';
import type { RequestBody, Transport } from './transport.js';
import type { HttpResponse } from './http.js';

export interface UploadSettings {
  chunkThresholdBytes: number;
  chunkSizeBytes: number;
}

export interface UploadTarget {
  transport: Transport;
  repository: string;
  policy: RetryPolicy;
  log: Log;
  settings: UploadSettings;
  /** The context of errors for one request of this upload. */
  context(method: string, url: URL | string): RequestContext;
}

type Progress = ((progress: UploadProgress) => void) | undefined;

const OCTET_STREAM = { 'content-type': 'application/octet-stream' };

/**
 * The session cannot go on (lost, cancelled, left holding part of a failed PUT): the upload
 * starts over with a new one, no sooner than `afterMs` when the registry said so (Retry-After).
 * `failure` is what the user sees if no attempt is left.
 */
class StartOver extends Error {
  constructor(
    reason: string,
    readonly failure: unknown,
    readonly afterMs?: number,
  ) {
    super(reason);
  }
}

/**
 * The source piped through a byte counter. `pipeline` carries a failure of the source to the
 * counter (so the request fails with it, instead of an uncaught error) and destroying the counter
 * releases the source.
 */
function counting(source: Readable, report: (bytes: number) => void): Readable {
  return pipeline(source, countingTransform(report), () => undefined);
}

/** `Range: 0-<last>` → the offset the next byte goes to. Distribution says `0-0` for nothing yet. */
function nextOffset(range: string | null): number | undefined {
  const match = /^(?:bytes=)?0-(\d+)$/.exec(range?.trim() ?? '');
  if (!match) return undefined;
  const last = Number(match[1]);
  return last === 0 ? 0 : last + 1;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class BlobUpload {
  private readonly scope: Scope;
  /** The session being filled, at its latest location (which carries its state). */
  private open: { at: URL } | undefined;

  constructor(
    private readonly target: UploadTarget,
    private readonly blob: BlobSource,
    private readonly mountFrom: string | undefined,
    private readonly onProgress: Progress,
  ) {
    this.scope = {
      repository: target.repository,
      push: true,
      ...(mountFrom ? { mountFrom } : {}),
    };
  }

  /**
   * Runs the upload, starting over with a new session when one cannot go on. Single requests
   * are already retried by the transport; only whole sessions are retried here.
   */
  run(): Promise<void> {
    const { policy, log } = this.target;
    return retrying(
      policy,
      `upload of ${this.blob.digest}`,
      log,
      () => this.attempt(),
      (outcome) =>
        'error' in outcome && outcome.error instanceof StartOver
          ? {
              reason: outcome.error.message,
              ...(outcome.error.afterMs === undefined ? {} : { afterMs: outcome.error.afterMs }),
            }
          : undefined,
    ).catch((error: unknown) => {
      throw error instanceof StartOver ? error.failure : error;
    });
  }

  private async attempt(): Promise<void> {
    const opening = this.start();
    // A run cancelled while the session is being opened learns its location only from the answer,
    // which the POST therefore waits for (`whenCancelled: 'finish'`): then it is given back too.
    const stopWatching = onCancel(async () => {
      await opening.catch(() => undefined);
      await this.cancelSession();
    });
    try {
      const session = await opening;
      if (!session) return;
      const { location, minimumChunk } = session;
      if (this.blob.size > this.target.settings.chunkThresholdBytes) {
        const chunk = Math.max(this.target.settings.chunkSizeBytes, minimumChunk);
        await this.finish(await this.chunked(location, chunk), undefined);
      } else {
        await this.finish(location, {
          length: this.blob.size,
          open: () => counting(this.blob.open(), (sent) => this.report(sent)),
        });
      }
      this.open = undefined; // committed: the registry closed it
    } catch (error) {
      // A session that failed keeps what it received until the registry purges it (days, for
      // distribution): given back now. A cancelled run's cleanup does it as well.
      if (!cancelled.aborted) await this.cancelSession();
      throw error;
    } finally {
      stopWatching();
    }
  }

  /** `DELETE` on the open session, once; a failure to do so is only logged. */
  private async cancelSession(): Promise<void> {
    const session = this.open;
    this.open = undefined;
    if (!session) return;
    try {
      const response = await this.target.transport.send({
        method: 'DELETE',
        url: session.at,
        scope: this.scope,
        retry: false,
        whenCancelled: 'send',
        followRedirects: false,
      });
      response.discard();
      this.target.log.debug(
        `Upload session of ${this.blob.digest} cancelled (${response.status}).`,
      );
    } catch (error) {
      this.target.log.debug(
        `Could not cancel the upload session of ${this.blob.digest}: ${String(error)}`,
      );
    }
  }

  private report(sent: number): void {
    this.onProgress?.({ digest: this.blob.digest, sent, total: this.blob.size });
  }

  /** A session's location, or `undefined` when the blob was mounted. */
  private async start(): Promise<{ location: URL; minimumChunk: number } | undefined> {
    const url = new URL(
      `/v2/${this.target.repository}/blobs/uploads/`,
      this.target.transport.origin,
    );
    if (this.mountFrom) {
      url.searchParams.set('mount', this.blob.digest);
      url.searchParams.set('from', this.mountFrom);
    }
    const response = await this.target.transport.send({
      method: 'POST',
      url,
      scope: this.scope,
      whenCancelled: 'finish',
    });
    if (response.status === 201 && this.mountFrom) {
      response.discard();
      this.checkDigest(response, url);
      this.target.log.debug(`Mounted ${this.blob.digest} from ${this.mountFrom}.`);
      this.report(this.blob.size);
      return undefined;
    }
    if (response.status !== 202) {
      throw await registryError(response, this.target.context('POST', url));
    }
    response.discard();
    const location = this.location(response, url, 'POST');
    this.open = { at: location };
    return {
      location,
      minimumChunk: Number(response.headers.get('oci-chunk-min-length')) || 0,
    };
  }

  /** The session's next location, relative to the request that answered it. */
  private location(response: HttpResponse, requested: URL, method: string): URL {
    const header = response.headers.get('location');
    if (!header) {
      throw protocolError(
        this.target.context(method, requested),
        `the registry answered ${method} without the upload's Location`,
      );
    }
    return new URL(header, requested);
  }

  private checkDigest(response: HttpResponse, url: URL): void {
    const stored = response.headers.get('docker-content-digest');
    if (stored && stored !== this.blob.digest) {
      throw protocolError(
        this.target.context('PUT', url),
        `the registry stored the blob as ${stored}, not ${this.blob.digest}`,
      );
    }
  }

  /** Closes the session with the digest, sending the rest of the content if there is any. */
  private async finish(location: URL, body: RequestBody | undefined): Promise<void> {
    const url = new URL(location);
    url.searchParams.set('digest', this.blob.digest);
    const context = this.target.context('PUT', url);
    let response: HttpResponse;
    try {
      response = await this.target.transport.send({
        method: 'PUT',
        url,
        headers: body ? OCTET_STREAM : { 'content-length': '0' },
        scope: this.scope,
        // A PUT that fails part-way leaves the session holding part of the blob: the upload
        // starts over from a new session instead of sending the body again to this one.
        ...(body ? { body, retry: false } : {}),
      });
    } catch (error) {
      if (body && isTransientNetworkError(error)) {
        throw new StartOver('the connection failed during the upload', error);
      }
      throw error;
    }
    if (response.status !== 201 && response.status !== 204) {
      const failure = await registryError(response, context);
      if (response.status === 404 || (body && isRetryableStatus(response.status))) {
        const afterMs = retryAfterMs(response.headers.get('retry-after'));
        throw new StartOver(`the registry answered ${response.status}`, failure, afterMs);
      }
      throw failure;
    }
    response.discard();
    this.checkDigest(response, url);
    if (!body) this.report(this.blob.size);
  }

  /** Sends the blob in chunks; returns the location to close the session at. */
  private async chunked(start: URL, chunkSize: number): Promise<URL> {
    const { size } = this.blob;
    let location = start;
    let offset = 0;
    let reader = new SourceReader(this.blob.open());
    let failures = 0;
    try {
      while (offset < size) {
        const length = Math.min(chunkSize, size - offset);
        let failure: string;
        try {
          const response = await this.patch(location, reader, offset, length);
          if (response.status === 202) {
            response.discard();
            location = this.location(response, location, 'PATCH');
            this.open = { at: location };
            const reached = nextOffset(response.headers.get('range')) ?? offset + length;
            if (reached === offset + length) {
              offset = reached;
              failures = 0;
              continue;
            }
            failure = `the registry took ${reached - offset} of ${length} bytes`;
          } else if (
            // 401: the transport refreshed the credentials but cannot send a slice again itself.
            response.status === 401 ||
            response.status === 416 ||
            isRetryableStatus(response.status)
          ) {
            failure = `the registry answered ${response.status} to a chunk`;
            response.discard();
          } else {
            const error = await registryError(response, this.target.context('PATCH', location));
            if (response.status === 404) throw new StartOver('the upload session was lost', error);
            throw error;
          }
        } catch (error) {
          if (!isTransientNetworkError(error)) throw error;
          failure = 'the connection failed during a chunk';
        }
        if (++failures >= this.target.policy.attempts) {
          throw new StartOver(
            `${failure}, ${failures} times in a row`,
            new UserError(
              ErrorCode.UPLOAD_FAILED,
              `Could not push blob ${this.blob.digest} to ` +
                `${this.target.context('PATCH', location).displayName}: ${failure}, ` +
                `${failures} times in a row.`,
            ),
          );
        }
        await sleep(backoffMs(this.target.policy, failures - 1));
        ({ location, offset } = await this.status(location));
        this.open = { at: location };
        this.target.log.info(
          `Upload of ${this.blob.digest}: ${failure}; resuming at byte ${offset}.`,
        );
        reader.close();
        reader = new SourceReader(this.blob.open());
        await reader.skip(offset);
      }
    } finally {
      reader.close();
    }
    return location;
  }

  private patch(location: URL, reader: SourceReader, offset: number, length: number) {
    return this.target.transport.send({
      method: 'PATCH',
      url: location,
      headers: { ...OCTET_STREAM, 'content-range': `${offset}-${offset + length - 1}` },
      // A second `take` would send the next bytes under this chunk's range: the chunk is sent
      // once, and this loop sends it again from the offset the registry reports.
      body: {
        length,
        open: () => counting(reader.take(length), (sent) => this.report(offset + sent)),
        resendable: false,
      },
      scope: this.scope,
      retry: false,
    });
  }

  /** Where the session stands: `GET <location>` answers 204 with `Range`. */
  private async status(location: URL): Promise<{ location: URL; offset: number }> {
    const response = await this.target.transport.send({
      method: 'GET',
      url: location,
      scope: this.scope,
      followRedirects: false,
    });
    const offset = nextOffset(response.headers.get('range'));
    if (response.status !== 204 || offset === undefined) {
      throw new StartOver(
        `the upload session cannot be resumed (${response.status})`,
        await registryError(response, this.target.context('GET', location)),
      );
    }
    response.discard();
    const moved = response.headers.get('location');
    return { location: moved ? new URL(moved, location) : location, offset };
  }
}
