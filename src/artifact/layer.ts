// The one streaming pass: tar → sha256 of the tar → gzip → sha256 and size of the gzip → a temp
// file. Every stage holds a bounded amount, so memory stays flat however large the tree is.
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { pack as tarPack } from 'tar-stream';
import { UserError, ErrorCode } from '../errors.js';
import { BufferPool } from './buffer-pool.js';
import { DigestStream } from '../oci/digest.js';
import { ParallelGzip } from './parallel-gzip.js';
import { writeTar, type TarEntry, type TarFormat } from './tar.js';

/** What `flux push artifact` uses (Go's gzip.DefaultCompression), and `gzip -6`. */
const GZIP_LEVEL = 6;
/** Files are read in pieces this size: it bounds what one large file holds on its way. */
const READ_PIECE_BYTES = 64 * 1024;

/**
 * The layer is read back for its upload in pieces this size. Every piece is a new buffer, garbage
 * once sent; with 64 KiB pieces a 1 GiB publish peaked at 150-158 MiB in some runs (about one in
 * three) instead of 115-120 MiB, with 16 KiB in none of 12 (measured; 1 MiB was worse still).
 */
const UPLOAD_READ_BYTES = 16 * 1024;

/** The layer file `writeLayer` wrote, read for its upload. */
export function readLayerFile(file: string): ReadStream {
  return createReadStream(file, { highWaterMark: UPLOAD_READ_BYTES });
}

export interface LayerFile {
  /** sha256 of the gzip stream, as stored in the registry. */
  digest: string;
  size: number;
  /** sha256 of the uncompressed tar: the content's identity, whatever the gzip. */
  diffId: string;
  fileCount: number;
}

/** Packs `entries` into a gzipped tar at `file`. `workspace` is only for naming paths in errors. */
export async function writeLayer(
  entries: AsyncIterable<TarEntry> | Iterable<TarEntry>,
  file: string,
  workspace: string,
  format?: TarFormat,
): Promise<LayerFile> {
  const pool = new BufferPool(READ_PIECE_BYTES);
  const pack = tarPack();
  const tar = new DigestStream();
  const gzip = new DigestStream();
  const writing = pipeline(
    pack,
    tar,
    new ParallelGzip({ level: GZIP_LEVEL, afterCopy: (chunk) => pool.giveBack(chunk) }),
    gzip,
    createWriteStream(file),
  );
  const producing = writeTar(pack, entries, workspace, pool, format).catch((error: unknown) => {
    pack.destroy(error as Error);
    throw error;
  });

  const [produced, written] = await Promise.allSettled([producing, writing]);
  // The tree's own errors (a FIFO, an escaping link) explain more than the stream they broke; a
  // failed write (a full disk) explains the errors it caused in the tar.
  const treeFailed = produced.status === 'rejected';
  if (treeFailed && produced.reason instanceof UserError) throw produced.reason;
  if (written.status === 'rejected' && !(treeFailed && written.reason === produced.reason)) {
    throw new UserError(
      ErrorCode.ARTIFACT_WRITE_FAILED,
      `Could not write the artifact's layer to ${file}: ${String(written.reason)}. Check the ` +
        `free space of the temporary directory.`,
      { cause: written.reason },
    );
  }
  if (treeFailed) throw produced.reason;
  return { ...gzip.result(), diffId: tar.result().digest, fileCount: produced.value };
}
