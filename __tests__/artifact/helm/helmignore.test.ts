// `.helmignore` as Helm reads it, judged case by case against the file list of the real
// `helm package` of the same chart. Helm's rules are not gitignore's: base names for patterns
// without a slash, the first matching rule decides, a negation ignores what it does not match.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { tempDir, treeOf, writeTree } from '../../support/file-tree.js';
import { archiveFiles, helmPackage, helmVerdict } from '../../support/helm.js';
import { build, saveArchive } from './charts.js';

/** A chart with a file or directory for every kind of pattern below. */
const TREE = treeOf({
  'Chart.yaml': 'apiVersion: v2\nname: tree\nversion: 0.1.0\n',
  'values.yaml': 'a: 1\n',
  'README.md': '# tree\n',
  'notes.txt': 'root notes\n',
  'build.tmp': 'scratch\n',
  'docs/guide.md': 'guide\n',
  'docs/img/logo.png': 'png\n',
  'templates/deployment.yaml': 'kind: Deployment\n',
  'templates/service.yaml': 'kind: Service\n',
  'templates/.hidden.yaml': 'kind: Hidden\n',
  'templates/tests/test.yaml': 'kind: Pod\n',
  'templates/docs/notes.txt': 'template notes\n',
  'files/a.txt': 'a\n',
  'files/b.conf': 'b\n',
  'files/nested/c.txt': 'c\n',
  'secrets/key.pem': 'key\n',
});

let scratch: { path: string; remove: () => Promise<void> };
let cases = 0;
beforeAll(async () => {
  scratch = await tempDir('helmignore-test-');
});
afterAll(() => scratch.remove());

/** The chart with `helmignore` written as its `.helmignore`, in its own workspace. */
async function chartWith(helmignore: string) {
  const workspace = join(scratch.path, `case-${++cases}`);
  const chart = join(workspace, 'tree');
  await writeTree(chart, TREE);
  await writeFile(join(chart, '.helmignore'), helmignore);
  return { workspace, chart };
}

/** The chart's files (without the `tree/` prefix) in our archive and in `helm package`'s. */
async function fileLists(helmignore: string) {
  const { workspace, chart } = await chartWith(helmignore);
  const built = await build(chart, { workspace });
  const ours = await archiveFiles(await saveArchive(built, workspace), workspace);
  await built.dispose();
  const theirs = await archiveFiles(await helmPackage(chart, workspace), workspace);
  const names = (files: Map<string, Buffer>) =>
    [...files.keys()].map((name) => name.slice('tree/'.length)).sort();
  return { ours: names(ours), theirs: names(theirs) };
}

const ALL = [
  '.helmignore',
  'Chart.yaml',
  'README.md',
  'build.tmp',
  'docs/guide.md',
  'docs/img/logo.png',
  'files/a.txt',
  'files/b.conf',
  'files/nested/c.txt',
  'notes.txt',
  'secrets/key.pem',
  'templates/deployment.yaml',
  'templates/docs/notes.txt',
  'templates/service.yaml',
  'templates/tests/test.yaml',
  'values.yaml',
];

function without(...names: string[]): string[] {
  return ALL.filter((name) => !names.some((left) => name === left || name.startsWith(`${left}/`)));
}

// Each row: what it shows, the .helmignore, and the files left out (besides Helm's default,
// templates/.hidden.yaml, which every row also checks).
const CASES: [string, string, string[]][] = [
  ['nothing but the default', '', without()],
  [
    'a basename pattern matches at any depth',
    '*.txt\n',
    without('notes.txt', 'files/a.txt', 'files/nested/c.txt', 'templates/docs/notes.txt'),
  ],
  ['a leading slash anchors at the chart root', '/notes.txt\n', without('notes.txt')],
  ['a pattern with a slash matches the whole path', 'files/*.txt\n', without('files/a.txt')],
  [
    'a directory-only pattern leaves out every directory of that name',
    'docs/\n',
    without('docs', 'templates/docs'),
  ],
  ['an anchored directory-only pattern, only the top one', '/docs/\n', without('docs')],
  ['a directory-only pattern does not match a file', 'build.tmp/\n', without()],
  [
    'a plain name matches files and directories',
    'secrets\nREADME.md\n',
    without('secrets', 'README.md'),
  ],
  [
    'a structural pattern that matches a directory leaves out all below it',
    'files/*\n',
    without('files'),
  ],
  ['a nested structural directory pattern', 'files/nested/\n', without('files/nested')],
  ['a deep basename', 'logo.png\n', without('docs/img/logo.png')],
  ['? matches one character', '*.t?p\n', without('build.tmp')],
  ['a character class', '[a-b].*\n', without('files/a.txt', 'files/b.conf')],
  ["a class negated with Go's ^", '[^n]*.txt\n', without('files/a.txt', 'files/nested/c.txt')],
  ['a backslash escapes', 'notes\\.txt\n', without('notes.txt', 'templates/docs/notes.txt')],
  [
    'comments, blank lines and surrounding spaces',
    '# a comment\n\n   *.conf   \r\n',
    without('files/b.conf'),
  ],
  [
    'the first matching rule wins: a later negation rescues nothing',
    '*.md\n!*\n',
    without('README.md', 'docs/guide.md'),
  ],
  [
    'a negation ignores everything it does not match, directories too',
    '!*.yaml\n',
    ALL.filter((name) => ['Chart.yaml', 'values.yaml'].includes(name)),
  ],
  [
    'a negation lets what it matches go on to the next rules',
    '!*.yaml\nvalues.yaml\n',
    ['Chart.yaml'],
  ],
  [
    '* with a trailing slash leaves out every directory',
    '*/\n',
    ALL.filter((name) => !name.includes('/')),
  ],
  ['an anchored structural pattern', '/templates/tests/*\n', without('templates/tests/test.yaml')],
  ['.helmignore may leave itself out', '.helmignore\n', without('.helmignore')],
];

describe('each .helmignore leaves out what helm package leaves out', () => {
  test.each(CASES)('%s', async (_what, helmignore, expected) => {
    const { ours, theirs } = await fileLists(helmignore);

    expect(ours).toEqual(theirs);
    expect(ours).toEqual(expected);
    expect(ours).not.toContain('templates/.hidden.yaml');
  });
});

describe('a .helmignore Helm refuses is refused with the line at fault', () => {
  test.each([
    ['**', '*.tmp\ndocs/**/*.md\n', 2, "'**' is not supported"],
    ['an unclosed class', '[abc\n', 1, 'not closed'],
    ['a lone trailing backslash', 'notes\\\n', 1, 'lone \\'],
  ])('%s', async (_what, helmignore, line, reason) => {
    const { workspace, chart } = await chartWith(helmignore);

    const error = await build(chart, { workspace }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({ code: 'CHART_HELMIGNORE_INVALID', input: 'path' });
    expect((error as Error).message).toContain(`tree/.helmignore line ${line}`);
    expect((error as Error).message).toContain(reason);
    expect((await helmVerdict(['package', chart, '--destination', workspace])).exitCode).not.toBe(
      0,
    );
  });
});
