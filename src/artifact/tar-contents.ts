// What a tar holds as Flux extracts it (names, kinds, permission bits, bytes), entry by entry. Two
// tars written by different tools (Go's archive/tar for `flux push artifact`, ours, GNU tar) differ
// in header bytes, timestamps, owners and order, yet hold the same content.
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { extract as tarExtract, type Extract } from 'tar-stream';

/** `./a/b/` and `a/b` are the same entry; the root itself carries nothing Flux keeps. */
function canonicalName(name: string): string {
  let canonical = name;
  while (canonical.startsWith('./')) canonical = canonical.slice(2);
  while (canonical.endsWith('/')) canonical = canonical.slice(0, -1);
  return canonical === '.' ? '' : canonical;
}

/** One entry as Flux would extract it: what `diff` compares and the content digest covers. */
export interface TarEntry {
  /** Canonical: no leading `./`, no trailing `/`. */
  name: string;
  /** tar-stream's type: `file`, `directory`, `symlink`, … */
  type: string;
  /** Permission bits. */
  mode: number;
  /** sha256 hex of the entry's data. */
  sha256: string;
  /** Bytes of data. */
  size: number;
  /** The data itself, kept when asked for (`keepDataUpTo`) and no larger than that. */
  data?: Buffer;
}

export interface TarEntryOptions {
  /** Keep the data of entries of at most this many bytes (a review shows them as a diff)… */
  keepDataUpTo?: number;
  /** …and, when given, only of those it accepts once read (their digest known). */
  keep?: (entry: Omit<TarEntry, 'data'>) => boolean;
}

/** Reads the whole (uncompressed) tar stream; resolves with its entries by canonical name. */
export async function tarEntries(
  tar: Readable,
  options: TarEntryOptions = {},
): Promise<Map<string, TarEntry>> {
  const extract = tarExtract();
  const [entries] = await Promise.all([readEntries(extract, options), pipeline(tar, extract)]);
  return new Map(entries.map((entry) => [entry.name, entry]));
}

/** Every entry but the root; a name given twice keeps its last entry, as extraction would. */
async function readEntries(extract: Extract, options: TarEntryOptions): Promise<TarEntry[]> {
  const entries: TarEntry[] = [];
  for await (const entry of extract) {
    const hash = createHash('sha256');
    const keep = (entry.header.size ?? 0) <= (options.keepDataUpTo ?? -1);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of entry) {
      hash.update(chunk as Buffer);
      size += (chunk as Buffer).length;
      if (keep) chunks.push(chunk as Buffer);
    }
    const name = canonicalName(entry.header.name);
    if (name === '') continue;
    const read = {
      name,
      type: entry.header.type ?? 'file',
      mode: (entry.header.mode ?? 0) & 0o777,
      sha256: hash.digest('hex'),
      size,
    };
    const kept = keep && (options.keep?.(read) ?? true);
    entries.push(kept ? { ...read, data: Buffer.concat(chunks) } : read);
  }
  return entries;
}
