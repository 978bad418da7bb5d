// Content digests: computing them, checking their syntax, and verifying streamed content against one.
import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { UserError, ErrorCode } from '../errors.js';

const DIGEST_PATTERN = /^(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;

export function isDigest(value: string): boolean {
  return DIGEST_PATTERN.test(value);
}

/** `<algorithm>:<hex>` of the bytes, sha256 unless told. */
export function digestOf(bytes: Uint8Array, algorithm = 'sha256'): string {
  return `${algorithm}:${createHash(algorithm).update(bytes).digest('hex')}`;
}

/** The algorithm and hex of a digest already checked by `isDigest`. */
export function splitDigest(digest: string): { algorithm: string; hex: string } {
  const colon = digest.indexOf(':');
  return { algorithm: digest.slice(0, colon), hex: digest.slice(colon + 1) };
}

/** A pass-through that hashes and counts the bytes on their way, without holding any of them. */
export class DigestStream extends Transform {
  private readonly hash: Hash;
  protected bytes = 0;

  constructor(private readonly algorithm = 'sha256') {
    super();
    this.hash = createHash(algorithm);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    callback(null, chunk);
  }

  /** Once, after the last byte: the digest and size of what went through. */
  result(): { digest: string; size: number } {
    return { digest: `${this.algorithm}:${this.hash.digest('hex')}`, size: this.bytes };
  }
}

/**
 * A pass-through that hashes what flows through it and fails the stream at its end when the
 * content does not match `digest` (or `size`), so a reader never accepts corrupted bytes silently.
 */
export class DigestVerifier extends DigestStream {
  constructor(
    private readonly digest: string,
    private readonly size: number | undefined,
    /** What the content is, for the message: `blob sha256:… from ghcr.io/org/app`. */
    private readonly what: string,
  ) {
    super(splitDigest(digest).algorithm);
  }

  override _flush(callback: TransformCallback): void {
    const actual = this.result().digest;
    if (actual === this.digest && (this.size === undefined || this.size === this.bytes)) {
      callback();
      return;
    }
    callback(
      new UserError(
        ErrorCode.DIGEST_MISMATCH,
        `The content of ${this.what} does not match its digest: got ${actual} and ${this.bytes} ` +
          `bytes${this.size === undefined ? '' : ` (expected ${this.size})`}. The stored data ` +
          'is corrupt or was changed in transit; push it again.',
      ),
    );
  }
}
