// A directory tree as a comparable value: every entry below the root with its kind, permission bits,
// content digest and modification time, so that two extractions can be compared byte for byte.
import { createHash } from 'node:crypto';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface TreeEntry {
  kind: 'file' | 'directory' | 'symlink' | 'other';
  mode: string;
  sha256?: string;
  mtimeMs?: number;
}

export async function snapshot(root: string): Promise<Record<string, TreeEntry>> {
  const entries: Record<string, TreeEntry> = {};
  const walk = async (dir: string, prefix: string) => {
    for (const name of (await readdir(dir)).sort()) {
      const path = join(dir, name);
      const stats = await lstat(path);
      const key = prefix ? `${prefix}/${name}` : name;
      const mode = (stats.mode & 0o7777).toString(8);
      if (stats.isDirectory()) {
        entries[key] = { kind: 'directory', mode };
        await walk(path, key);
      } else if (stats.isFile()) {
        const sha256 = createHash('sha256')
          .update(await readFile(path))
          .digest('hex');
        entries[key] = { kind: 'file', mode, sha256, mtimeMs: Math.floor(stats.mtimeMs / 1000) };
      } else {
        entries[key] = { kind: stats.isSymbolicLink() ? 'symlink' : 'other', mode };
      }
    }
  };
  await walk(root, '');
  return entries;
}
