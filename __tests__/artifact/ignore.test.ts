// What stays out of the artifact: Flux's defaults, the user's patterns added to them, and
// `.sourceignore` files scoped to their own directory, read back from GNU tar's listing.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { tempDir, treeOf, writeTree } from '../support/file-tree.js';
import { build, gnuTarList } from './building.js';

let scratch: { path: string; remove: () => Promise<void> };
let source: string;
beforeEach(async () => {
  scratch = await tempDir();
  source = join(scratch.path, 'deploy');
  await mkdir(source);
});
afterEach(() => scratch.remove());

async function listing(files: Record<string, string>, ignorePaths: string[] = []) {
  await writeTree(source, treeOf(files));
  const built = await build(source, { workspace: scratch.path, ignorePaths });
  try {
    return await gnuTarList(built, scratch.path);
  } finally {
    await built.dispose();
  }
}

it("leaves out Flux's default patterns, at any depth", async () => {
  expect(
    await listing({
      '.git/config': '',
      '.gitignore': '',
      '.gitmodules': '',
      '.gitattributes': '',
      'logo.png': '',
      'a.jpg': '',
      'b.jpeg': '',
      'c.gif': '',
      'd.wmv': '',
      'e.flv': '',
      'chart.tar.gz': '',
      'bundle.zip': '',
      'app/.git/HEAD': '',
      'app/icon.png': '',
      'app/app.yaml': '',
    }),
  ).toEqual(['.', 'app', 'app/app.yaml']);
});

it('matches case-sensitively, as Flux does', async () => {
  expect(await listing({ 'LOGO.PNG': '', 'logo.png': '' })).toEqual(['.', 'LOGO.PNG']);
});

it('adds the user patterns to the defaults instead of replacing them', async () => {
  expect(
    await listing({ 'logo.png': '', 'README.md': '', 'docs/guide.md': '', 'app.yaml': '' }, [
      '*.md',
    ]),
  ).toEqual(['.', 'app.yaml', 'docs']);
});

it('reads user patterns with gitignore semantics: anchors, directories, negation', async () => {
  expect(
    await listing(
      {
        'tests/a.yaml': '',
        'app/tests/b.yaml': '',
        'build/': '',
        'app/build': 'a file named like the directory pattern',
        'secret.yaml': '',
        'secret.sops.yaml': '',
      },
      ['/tests/', 'build/', 'secret*.yaml', '!*.sops.yaml'],
    ),
  ).toEqual(['.', 'app', 'app/build', 'app/tests', 'app/tests/b.yaml', 'secret.sops.yaml']);
});

it('applies a .sourceignore to its own directory only, relative to it', async () => {
  expect(
    await listing({
      '.sourceignore': '# comment\n\n/local.yaml\n',
      'local.yaml': '',
      'app/.sourceignore': 'local.yaml\n',
      'app/local.yaml': '',
      'app/keep.yaml': '',
      'other/local.yaml': '',
    }),
  ).toEqual([
    '.',
    '.sourceignore',
    'app',
    'app/.sourceignore',
    'app/keep.yaml',
    'other',
    'other/local.yaml',
  ]);
});

it('lets a deeper .sourceignore take back what the defaults leave out', async () => {
  expect(
    await listing({
      'logo.png': '',
      'site/.sourceignore': '!logo.png\n',
      'site/logo.png': '',
    }),
  ).toEqual(['.', 'site', 'site/.sourceignore', 'site/logo.png']);
});

it('does not descend into an ignored directory, even for a .sourceignore inside it', async () => {
  expect(
    await listing({ 'vendor/.sourceignore': '!*.yaml\n', 'vendor/x.yaml': '', 'app.yaml': '' }, [
      'vendor/',
    ]),
  ).toEqual(['.', 'app.yaml']);
});
