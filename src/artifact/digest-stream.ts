// sha256 and byte count of whatever flows through, without holding any of it.
import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

/** A pass-through that hashes and counts the bytes on their way. */
export class DigestStream extends Transform {
  private readonly hash: Hash = createHash('sha256');
  private bytes = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    callback(null, chunk);
  }

  /** Call once the stream has finished. */
  result(): { digest: string; size: number } {
    return { digest: `sha256:${this.hash.digest('hex')}`, size: this.bytes };
  }
}
