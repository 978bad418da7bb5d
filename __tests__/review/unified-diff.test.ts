// Each text change as `git diff` writes it: checked by git itself, which must apply the patch to
// the published files and get the files this run would publish. Binary files and files over the
// caps are shown by size only.
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { TarEntry } from '../../src/artifact/tar-contents.js';
import { diffTrees } from '../../src/artifact/content-diff.js';
import { renderChange, renderChanges } from '../../src/review/unified-diff.js';
import { scratchDirectories } from '../support/end-to-end.js';
import { file, tree, unkeptFile } from '../support/tar-entries.js';

const scratch = scratchDirectories();
afterAll(() => scratch.removeAll());

/** Writes `files` into a fresh directory, applies `patch` there with git apply. */
async function gitApply(files: Map<string, TarEntry>, patch: string): Promise<string> {
  const dir = await scratch.make('review-apply-');
  for (const entry of files.values()) {
    await mkdir(dirname(join(dir, entry.name)), { recursive: true });
    await writeFile(join(dir, entry.name), entry.data!);
    await chmod(join(dir, entry.name), entry.mode);
  }
  execFileSync('git', ['init', '-q'], { cwd: dir });
  execFileSync('git', ['apply', '--whitespace=nowarn', '-'], { cwd: dir, input: `${patch}\n` });
  return dir;
}

function patchOf(before: Map<string, TarEntry>, after: Map<string, TarEntry>): string {
  return diffTrees(before, after)
    .map((change) => renderChange(change, 100_000))
    .map((rendered) => {
      expect(rendered.kind).toBe('diff');
      return rendered.text;
    })
    .join('\n');
}

const DEPLOYMENT = Array.from({ length: 30 }, (_, i) => `line ${i + 1}\n`).join('');

describe('renderChange', () => {
  it('writes edits, additions and deletions as a patch git applies', async () => {
    const before = tree(file('app.yaml', DEPLOYMENT), file('old.yaml', 'a: 1\n'));
    const after = tree(
      file('app.yaml', DEPLOYMENT.replace('line 15\n', 'line fifteen\n')),
      file('base/new.yaml', 'b: 1\n'),
    );
    const patch = patchOf(before, after);
    expect(patch).toContain('@@ -12,7 +12,7 @@');
    const dir = await gitApply(before, patch);
    expect(await readFile(join(dir, 'app.yaml'), 'utf8')).toBe(
      after.get('app.yaml')!.data!.toString(),
    );
    expect(await readFile(join(dir, 'base/new.yaml'), 'utf8')).toBe('b: 1\n');
    await expect(stat(join(dir, 'old.yaml'))).rejects.toThrow();
  });

  it('writes a change of permission bits as git does, old mode and new mode', async () => {
    const before = tree(file('render.sh', '#!/bin/sh\n', 0o644));
    const after = tree(file('render.sh', '#!/bin/sh\n', 0o755));
    const patch = patchOf(before, after);
    expect(patch).toBe('diff --git a/render.sh b/render.sh\nold mode 100644\nnew mode 100755');
    const dir = await gitApply(before, patch);
    expect((await stat(join(dir, 'render.sh'))).mode & 0o777).toBe(0o755);
  });

  it('writes a change of permission bits alone without the bytes, which were not kept', () => {
    const before = { ...unkeptFile('run.sh', 10), mode: 0o755 };
    const [change] = diffTrees(tree(before), tree({ ...before, mode: 0o644 }));
    expect(renderChange(change!, 100_000)).toEqual({
      kind: 'diff',
      text: 'diff --git a/run.sh b/run.sh\nold mode 100755\nnew mode 100644',
    });
  });

  it('shows a binary file by its sizes only', () => {
    const [change] = diffTrees(
      tree(file('logo.bin', Buffer.from([0, 1, 2]))),
      tree(file('logo.bin', Buffer.from([0, 1, 2, 3]))),
    );
    expect(renderChange(change!, 100_000)).toEqual({
      kind: 'binary',
      text: 'logo.bin: binary (3 B → 4 B)',
    });
  });

  it('shows a file too large to have been read by its sizes only', () => {
    const [change] = diffTrees(tree(), tree(unkeptFile('dump.json', 5_000_000)));
    expect(renderChange(change!, 100_000)).toEqual({
      kind: 'over-cap',
      text: 'dump.json: too large to diff (5.0 MB)',
    });
  });

  it('shows a diff longer than the cap per file by its sizes only', () => {
    const [change] = diffTrees(tree(), tree(file('big.yaml', DEPLOYMENT)));
    expect(renderChange(change!, 100)).toEqual({
      kind: 'over-cap',
      text: 'big.yaml: diff over the cap (231 B)',
    });
  });
});

describe('renderChanges', () => {
  it('stops showing diffs at the total cap and counts those left out', () => {
    const after = tree(
      file('a.yaml', DEPLOYMENT),
      file('b.yaml', DEPLOYMENT),
      file('c.yaml', DEPLOYMENT),
    );
    const one = renderChange(diffTrees(tree(), tree(file('a.yaml', DEPLOYMENT)))[0]!, 10_000);
    const rendered = renderChanges(diffTrees(tree(), after), {
      perFile: 10_000,
      total: one.text.length * 2,
    });
    expect(rendered.changes.map((c) => c.rendered.kind)).toEqual(['diff', 'diff', 'over-cap']);
    expect(rendered.changes[2]!.rendered.text).toBe('c.yaml: diff over the total cap (231 B)');
    expect(rendered.overTotal).toBe(1);
  });
});
