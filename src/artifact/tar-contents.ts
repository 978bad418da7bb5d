// What a tar holds as Flux extracts it (names, kinds, permission bits, bytes), reduced to one
// digest. Two tars written by different tools (Go's archive/tar for `flux push artifact`, ours,
// GNU tar) differ in header bytes, timestamps, owners and order, yet hold the same content.
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
}

/** Reads the whole (uncompressed) tar stream; resolves with its entries by canonical name. */
export async function tarEntries(tar: Readable): Promise<Map<string, TarEntry>> {
  const extract = tarExtract();
  const [entries] = await Promise.all([readEntries(extract), pipeline(tar, extract)]);
  return new Map(entries.map((entry) => [entry.name, entry]));
}

/** Reads the whole (uncompressed) tar stream; resolves with `sha256:<hex>` of its contents. */
export async function tarContentDigest(tar: Readable): Promise<string> {
  const records = [...(await tarEntries(tar)).values()].map((entry) => ({
    name: Buffer.from(entry.name),
    line: JSON.stringify([entry.name, entry.type, entry.mode, entry.sha256]),
  }));
  records.sort((a, b) => Buffer.compare(a.name, b.name));
  const digest = createHash('sha256');
  for (const { line } of records) digest.update(`${line}\n`);
  return `sha256:${digest.digest('hex')}`;
}

/** Every entry but the root; a name given twice keeps its last entry, as extraction would. */
async function readEntries(extract: Extract): Promise<TarEntry[]> {
  const entries: TarEntry[] = [];
  for await (const entry of extract) {
    const hash = createHash('sha256');
    for await (const chunk of entry) hash.update(chunk as Buffer);
    const name = canonicalName(entry.header.name);
    if (name === '') continue;
    entries.push({
      name,
      type: entry.header.type ?? 'file',
      mode: (entry.header.mode ?? 0) & 0o777,
      sha256: hash.digest('hex'),
    });
  }
  return entries;
}
