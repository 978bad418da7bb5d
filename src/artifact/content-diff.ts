// What would change in the published artifact, file by file, as `git diff --name-status` lists
// it: A added, D deleted, M changed bytes or permission bits, T another kind of entry (a file that
// became a symlink). Compared on what Flux extracts (src/artifact/tar-contents.ts), so another gzip
// or tar writer is no change. A rename is a D and an A: the artifact has no history to follow.
import type { TarEntry } from './tar-contents.js';

export type ChangeStatus = 'A' | 'D' | 'M' | 'T';

export interface FileChange {
  status: ChangeStatus;
  /** The path inside the artifact; a directory's ends with `/`. */
  path: string;
  /** The published entry (none for A). */
  before?: TarEntry;
  /** The entry this run would publish (none for D). */
  after?: TarEntry;
}

const shown = (entry: TarEntry) => (entry.type === 'directory' ? `${entry.name}/` : entry.name);

function statusOf(before: TarEntry | undefined, after: TarEntry | undefined): ChangeStatus | null {
  if (!before) return 'A';
  if (!after) return 'D';
  if (before.type !== after.type) return 'T';
  return before.mode !== after.mode || before.sha256 !== after.sha256 ? 'M' : null;
}

/**
 * The changes from `published` to `local`, sorted by path. Git does not track directories, so a
 * directory is listed only when nothing listed lies under it (an empty one added or removed, its
 * permission bits changed): the change would not show otherwise.
 */
export function diffTrees(
  published: ReadonlyMap<string, TarEntry>,
  local: ReadonlyMap<string, TarEntry>,
): FileChange[] {
  const changes: FileChange[] = [];
  for (const name of new Set([...published.keys(), ...local.keys()])) {
    const before = published.get(name);
    const after = local.get(name);
    const status = statusOf(before, after);
    if (status) {
      changes.push({
        status,
        path: shown((after ?? before)!),
        ...(before && { before }),
        ...(after && { after }),
      });
    }
  }
  const files = changes.filter((c) => !c.path.endsWith('/'));
  const listed = changes.filter(
    (c) => !c.path.endsWith('/') || !files.some((f) => f.path.startsWith(c.path)),
  );
  return listed.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** `M\tdeploy/app.yaml` lines, as `git diff --name-status` prints them. */
export function nameStatus(changes: readonly FileChange[]): string {
  return changes.map((c) => `${c.status}\t${c.path}`).join('\n');
}
