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

/** Reads the whole (uncompressed) tar stream; resolves with `sha256:<hex>` of its contents. */
export async function tarContentDigest(tar: Readable): Promise<string> {
  const extract = tarExtract();
  const [records] = await Promise.all([entryRecords(extract), pipeline(tar, extract)]);
  records.sort((a, b) => Buffer.compare(a.name, b.name));
  const digest = createHash('sha256');
  for (const { line } of records) digest.update(`${line}\n`);
  return `sha256:${digest.digest('hex')}`;
}

/** One line per entry: canonical name, type, permission bits, sha256 of the data. */
async function entryRecords(extract: Extract): Promise<{ name: Buffer; line: string }[]> {
  const records: { name: Buffer; line: string }[] = [];
  for await (const entry of extract) {
    const hash = createHash('sha256');
    for await (const chunk of entry) hash.update(chunk as Buffer);
    const name = canonicalName(entry.header.name);
    if (name === '') continue;
    const mode = entry.header.mode & 0o777;
    records.push({
      name: Buffer.from(name),
      line: JSON.stringify([name, entry.header.type, mode, hash.digest('hex')]),
    });
  }
  return records;
}
