// A change as a unified diff, as `git diff` prints one (`diff --git`, mode lines, `---`/`+++`,
// hunks with three lines of context), for text files; binary files and files whose diff is over
// the cap are shown by size only. The hunks come from jsdiff (the `diff` package): Myers' diff
// with a limit on the edit length, so one huge rewrite costs a bounded time.
import { createTwoFilesPatch } from 'diff';
import type { TarEntry } from '../artifact/tar-contents.js';
import { formatBytes } from '../log.js';
import type { FileChange } from '../artifact/content-diff.js';

export interface DiffLimits {
  /** A file's diff longer than this (characters) is shown by size only. */
  perFile: number;
  /** Diffs are shown until they add up to this; the files after it by size only. */
  total: number;
}

/** Small enough for a job summary (GitHub keeps 1 MiB of one step's), large enough to review. */
export const DEFAULT_DIFF_LIMITS: DiffLimits = { perFile: 20_000, total: 200_000 };

/** Edits beyond this many make jsdiff give up: such a diff would be over the cap anyway. */
const MAX_EDIT_LENGTH = 5_000;

export type RenderedChange =
  | { kind: 'diff'; text: string }
  | { kind: 'binary'; text: string }
  | { kind: 'over-cap'; text: string };

const TEXT = new TextDecoder('utf-8', { fatal: true });

/** The entry's data as text, or undefined for a binary (a NUL, or not UTF-8) or unread one. */
function textOf(entry: TarEntry | undefined): string | undefined {
  if (!entry) return '';
  if (entry.type !== 'file') return '';
  if (!entry.data || entry.data.includes(0)) return undefined;
  try {
    return TEXT.decode(entry.data);
  } catch {
    return undefined;
  }
}

/** Git's mode: 100644 for a file, 120000 for a symlink, 040000 for a directory. */
function gitMode(entry: TarEntry): string {
  if (entry.type === 'symlink') return '120000';
  if (entry.type === 'directory') return '040000';
  return `100${(entry.mode & 0o777).toString(8).padStart(3, '0')}`;
}

/** `diff --git` and the mode lines git writes before the hunks. */
function gitHeader({ status, path, before, after }: FileChange): string[] {
  const lines = [`diff --git a/${path} b/${path}`];
  if (status === 'A') lines.push(`new file mode ${gitMode(after!)}`);
  else if (status === 'D') lines.push(`deleted file mode ${gitMode(before!)}`);
  else if (gitMode(before!) !== gitMode(after!)) {
    lines.push(`old mode ${gitMode(before!)}`, `new mode ${gitMode(after!)}`);
  }
  return lines;
}

function sizes({ before, after }: FileChange): string {
  if (!before) return formatBytes(after!.size);
  if (!after) return `${formatBytes(before.size)}, deleted`;
  return `${formatBytes(before.size)} → ${formatBytes(after.size)}`;
}

/** One change as `git diff` would show it, or by size when it is binary or over `perFile`. */
export function renderChange(change: FileChange, perFile: number): RenderedChange {
  const header = gitHeader(change);
  // Permission bits only: git writes the mode lines and no hunk (the bytes were not kept).
  if (change.before && change.after && change.before.sha256 === change.after.sha256) {
    return { kind: 'diff', text: header.join('\n') };
  }
  const oldText = textOf(change.before);
  const newText = textOf(change.after);
  if (oldText === undefined || newText === undefined) {
    const unread = [change.before, change.after].some((e) => e && e.data === undefined);
    return {
      kind: unread ? 'over-cap' : 'binary',
      text: `${change.path}: ${unread ? 'too large to diff' : 'binary'} (${sizes(change)})`,
    };
  }
  // An empty file added or removed, a change of kind: git writes no `---`/`+++` without a hunk.
  if (oldText === newText) return { kind: 'diff', text: header.join('\n') };
  const hunks = createTwoFilesPatch(
    change.before ? `a/${change.path}` : '/dev/null',
    change.after ? `b/${change.path}` : '/dev/null',
    oldText,
    newText,
    undefined,
    undefined,
    { context: 3, maxEditLength: MAX_EDIT_LENGTH, headerOptions: FILE_HEADERS },
  );
  if (hunks === undefined || header.join('\n').length + hunks.length > perFile) {
    return { kind: 'over-cap', text: `${change.path}: diff over the cap (${sizes(change)})` };
  }
  return { kind: 'diff', text: [...header, hunks].join('\n').trimEnd() };
}

/** jsdiff's `---`/`+++` lines without its `Index:` and `===` lines (git writes neither). */
const FILE_HEADERS = { includeIndex: false, includeUnderline: false, includeFileHeaders: true };

export interface RenderedDiffs {
  /** Each change in order, rendered (or by size only). */
  changes: { change: FileChange; rendered: RenderedChange }[];
  /** Diffs left out because the total cap was reached, shown by size only. */
  overTotal: number;
}

/**
 * Every change rendered, in order, within `limits`: once the shown diffs reach `limits.total`, the
 * rest are shown by size only and counted.
 */
export function renderChanges(
  changes: readonly FileChange[],
  limits: DiffLimits = DEFAULT_DIFF_LIMITS,
): RenderedDiffs {
  let used = 0;
  let overTotal = 0;
  const rendered = changes.map((change) => {
    const one = renderChange(change, limits.perFile);
    if (one.kind !== 'diff') return { change, rendered: one };
    if (used + one.text.length > limits.total) {
      overTotal++;
      const text = `${change.path}: diff over the total cap (${sizes(change)})`;
      return { change, rendered: { kind: 'over-cap' as const, text } };
    }
    used += one.text.length;
    return { change, rendered: one };
  });
  return { changes: rendered, overTotal };
}
