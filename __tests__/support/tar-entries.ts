// Tar entries as src/artifact/tar-contents.ts reads them, made from text for the review's tests.
import { createHash } from 'node:crypto';
import type { TarEntry } from '../../src/artifact/tar-contents.js';

/** A file entry holding `data` (its bytes kept, as a review reads small files). */
export function file(name: string, data: string | Buffer, mode = 0o644): TarEntry {
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data);
  return {
    name,
    type: 'file',
    mode,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    size: bytes.length,
    data: bytes,
  };
}

/** A file entry too large to have been kept: its digest and size only. */
export function unkeptFile(name: string, size: number): TarEntry {
  return { name, type: 'file', mode: 0o644, sha256: 'f'.repeat(64), size };
}

export function directory(name: string, mode = 0o755): TarEntry {
  return { name, type: 'directory', mode, sha256: createHash('sha256').digest('hex'), size: 0 };
}

export function tree(...entries: TarEntry[]): Map<string, TarEntry> {
  return new Map(entries.map((e) => [e.name, e]));
}
