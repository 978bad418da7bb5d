// Blob sources for tests: small ones from bytes, large ones generated on the fly so a 300 MB
// upload never holds 300 MB in memory.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { OCI_MANIFEST } from '../../src/oci/media-types.js';
import type { BlobSource } from '../../src/oci/repository.js';

export function sha256(data: Uint8Array | string): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

/** The smallest image manifest: `config` as an empty JSON config (`{}`), one octet-stream layer. */
export function manifestOf(
  config: { digest: string; size: number },
  layer: { digest: string; size: number },
): { mediaType: string; digest: string; bytes: Buffer } {
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: {
        mediaType: 'application/vnd.oci.empty.v1+json',
        digest: config.digest,
        size: config.size,
      },
      layers: [{ mediaType: 'application/octet-stream', digest: layer.digest, size: layer.size }],
    }),
  );
  return { mediaType: OCI_MANIFEST, digest: sha256(bytes), bytes };
}

export function bufferBlob(data: Buffer | string): BlobSource & { bytes: Buffer } {
  const bytes = Buffer.from(data);
  return { digest: sha256(bytes), size: bytes.length, bytes, open: () => Readable.from([bytes]) };
}

/** A blob whose content must never be read (to prove an upload was skipped or mounted). */
export function unreadableBlob(like: { digest: string; size: number }): BlobSource {
  return {
    ...like,
    open: () => {
      throw new Error('the content was read');
    },
  };
}

const PIECE = 1024 * 1024;

/** `size` deterministic pseudo-random bytes for `seed`, produced 1 MiB at a time. */
export function generatedStream(size: number, seed: number): Readable {
  const piece = Buffer.alloc(PIECE);
  let state = seed >>> 0 || 1;
  let produced = 0;
  return new Readable({
    read() {
      if (produced >= size) {
        this.push(null);
        return;
      }
      const length = Math.min(PIECE, size - produced);
      // xorshift32, 4 bytes at a time: cheap and never repeats within the sizes we use.
      for (let i = 0; i < length; i += 4) {
        state ^= state << 13;
        state ^= state >>> 17;
        state ^= state << 5;
        piece.writeUInt32LE(state >>> 0, i);
      }
      produced += length;
      this.push(Buffer.from(piece.subarray(0, length)));
    },
  });
}

/** A generated blob; its digest is computed by reading the stream once. */
export async function generatedBlob(size: number, seed: number): Promise<BlobSource> {
  if (size % 4 !== 0) throw new Error('generated blobs are a multiple of 4 bytes');
  const hash = createHash('sha256');
  for await (const chunk of generatedStream(size, seed)) hash.update(chunk as Buffer);
  return {
    digest: `sha256:${hash.digest('hex')}`,
    size,
    open: () => generatedStream(size, seed),
  };
}

export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
