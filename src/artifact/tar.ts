// Tree entries into a tar stream. tar-stream encodes the headers (USTAR, PAX only for a name that
// does not fit); what goes into them is ours: nothing about the machine or the moment of the build,
// so the same tree always gives the same bytes.
import { once } from 'node:events';
import { open, type FileHandle } from 'node:fs/promises';
import type { Header, Pack } from 'tar-stream';
import { changedWhilePackagingError, displayPath, unreadableError } from './artifact-errors.js';
import type { TreeEntry } from './walk.js';

const EPOCH = new Date(0);
/** Bounds the memory a large file takes on its way through: it is read in pieces this size. */
const READ_CHUNK_BYTES = 256 * 1024;

function header(entry: TreeEntry): Partial<Header> & Pick<Header, 'name'> {
  return {
    name: entry.name,
    type: entry.kind,
    mode: entry.mode,
    size: entry.size,
    uid: 0,
    gid: 0,
    uname: '',
    gname: '',
    mtime: EPOCH,
  };
}

/**
 * Writes every entry into `pack`, then finalizes it. Resolves with the number of regular files.
 * `workspace` is only for naming paths in errors.
 */
export async function writeTar(
  pack: Pack,
  entries: AsyncIterable<TreeEntry>,
  workspace: string,
): Promise<number> {
  let fileCount = 0;
  for await (const entry of entries) {
    if (entry.kind === 'directory') {
      await new Promise<void>((resolve, reject) => {
        pack.entry(header(entry), (error) => (error ? reject(error) : resolve()));
      });
      continue;
    }
    const shown = displayPath(entry.path, workspace);
    let file: FileHandle;
    try {
      file = await open(entry.path, 'r');
    } catch (error) {
      throw unreadableError(shown, error);
    }
    try {
      await writeFileEntry(pack, entry, file, shown);
    } finally {
      await file.close();
    }
    fileCount++;
  }
  pack.finalize();
  return fileCount;
}

async function writeFileEntry(pack: Pack, entry: TreeEntry, file: FileHandle, shown: string) {
  let settle!: (error?: Error | null) => void;
  const done = new Promise<void>((resolve, reject) => {
    settle = (error) => (error ? reject(error) : resolve());
  });
  const sink = pack.entry(header(entry), (error) => settle(error));

  let position = 0;
  try {
    while (position < entry.size) {
      const buffer = Buffer.allocUnsafe(Math.min(READ_CHUNK_BYTES, entry.size - position));
      const { bytesRead } = await file.read(buffer, 0, buffer.length, position).catch((error) => {
        throw unreadableError(shown, error);
      });
      if (bytesRead === 0) throw changedWhilePackagingError(shown);
      position += bytesRead;
      if (!sink.write(buffer.subarray(0, bytesRead))) await once(sink, 'drain');
    }
    // Reading stops at the size the walk saw; a file that grew since would be cut short silently.
    if ((await file.stat()).size !== entry.size) throw changedWhilePackagingError(shown);
  } catch (error) {
    sink.destroy(error as Error);
    await done.catch(() => undefined);
    throw error;
  }
  sink.end(null); // streamx's typings insist on an argument
  await done;
}
