// Small JSON blobs (a config, a Sigstore bundle) and registry answers read whole, but never more
// than a limit: content that claims to be small but is not is not ours to hold in memory.
import type { Readable } from 'node:stream';
import type { Repository } from './repository.js';

/** The blob's bytes, or `undefined` when it is larger than `limit`. */
export async function readBlobAtMost(
  repository: Repository,
  digest: string,
  limit: number,
): Promise<Buffer | undefined> {
  return readAtMost(await repository.getBlob(digest), limit);
}

/** All of `stream`, or `undefined` (and the stream destroyed) once it passes `limit` bytes. */
export async function readAtMost(stream: Readable, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      stream.destroy();
      return undefined;
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
