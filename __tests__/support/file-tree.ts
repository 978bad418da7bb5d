// Directory trees as plain data: written to disk for a test, and read back (from an extraction, say)
// with nothing but lstat and readdir, so the comparison does not lean on the code under test.
import { chmod, lstat, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface TreeItem {
  /** `/`-separated, relative to the tree's root. */
  path: string;
  kind: 'file' | 'dir';
  /** Permission bits; 0o644 for files and 0o755 for directories when absent. */
  mode?: number;
  content?: string | Buffer;
}

/** `{ 'a/b.yaml': 'text', 'empty/': '' }`: a trailing `/` makes an (empty) directory. */
export function treeOf(files: Record<string, string | Buffer>): TreeItem[] {
  return Object.entries(files).map(([path, content]) =>
    path.endsWith('/') ? { path: path.slice(0, -1), kind: 'dir' } : { path, kind: 'file', content },
  );
}

/** Writes the items under `root` (parents first, so modes apply last). */
export async function writeTree(root: string, items: readonly TreeItem[]): Promise<void> {
  for (const item of items) {
    const path = join(root, item.path);
    if (item.kind === 'dir') await mkdir(path, { recursive: true });
    else {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, item.content ?? '');
    }
  }
  for (const item of items) {
    await chmod(join(root, item.path), item.mode ?? (item.kind === 'dir' ? 0o755 : 0o644));
  }
}

/** Every entry below `root` (not `root` itself), in byte order of paths, with contents. */
export async function readTree(root: string): Promise<Required<TreeItem>[]> {
  const items: Required<TreeItem>[] = [];
  async function visit(directory: string, prefix: string): Promise<void> {
    for (const name of await readdir(directory)) {
      const path = prefix ? `${prefix}/${name}` : name;
      const stats = await lstat(join(directory, name));
      const mode = stats.mode & 0o777;
      if (stats.isDirectory()) {
        items.push({ path, kind: 'dir', mode, content: '' });
        await visit(join(directory, name), path);
      } else {
        items.push({ path, kind: 'file', mode, content: await readFile(join(directory, name)) });
      }
    }
  }
  await visit(root, '');
  return items.sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
}

/** A fresh temp directory, and its removal. */
export async function tempDir(prefix = 'artifact-test-'): Promise<{
  path: string;
  remove: () => Promise<void>;
}> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}
