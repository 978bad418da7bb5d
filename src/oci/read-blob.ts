// Small JSON blobs (a config, a Sigstore bundle) read whole, but never more than a limit: a blob
// that claims to be small but is not is not ours to hold in memory.
import type { Repository } from './repository.js';

/** The blob's bytes, or `undefined` when it is larger than `limit`. */
export async function readBlobAtMost(
  repository: Repository,
  digest: string,
  limit: number,
): Promise<Buffer | undefined> {
  const stream = await repository.getBlob(digest);
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
