// Random trees (unicode and spaces in names, names over 100 bytes, deep nesting, empty directories,
// executable bits, names Flux ignores by default) → build → GNU tar reads back the same tree.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { BuiltArtifact } from '../../src/artifact/index.js';
import { tempDir, readTree, writeTree, type TreeItem } from '../support/file-tree.js';
import { gnuTar } from '../support/tools.js';
import { build, gnuTarExtract, gnuTarList } from './building.js';

type Node =
  | { kind: 'file'; mode: number; content: Uint8Array }
  | { kind: 'dir'; mode: number; children: [string, Node][] };

/** Names Flux's default patterns leave out, as files or directories alike. */
const IGNORED_ANYWHERE = ['logo.png', 'photo.jpeg', 'chart.tar.gz', 'bundle.zip', '.gitignore'];
const IGNORED_EXTENSIONS = ['.jpg', '.jpeg', '.gif', '.png', '.wmv', '.flv', '.tar.gz', '.zip'];
const IGNORED_EXACT = ['.git', '.gitignore', '.gitmodules', '.gitattributes'];

/** The oracle for the defaults: `.git/` matches directories only; the rest match any entry. */
function ignoredByDefault(name: string, kind: Node['kind']): boolean {
  if (name === '.git') return kind === 'dir';
  return IGNORED_EXACT.includes(name) || IGNORED_EXTENSIONS.some((ext) => name.endsWith(ext));
}

/** Any name a Linux file system and Flux both accept. */
function acceptable(name: string): boolean {
  return (
    name !== '.' &&
    !/[/\\\0\n]/.test(name) &&
    !name.endsWith('..') &&
    Buffer.byteLength(name) <= 255
  );
}

const plainName = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,11}$/).filter(acceptable);
const randomName = fc
  .oneof(
    plainName,
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
    fc.tuple(plainName, plainName).map(([a, b]) => `${a} ${b}`),
    fc.string({ unit: 'grapheme-ascii', minLength: 101, maxLength: 180 }),
  )
  .filter((name) => acceptable(name) && !IGNORED_EXACT.includes(name))
  .filter((name) => !IGNORED_EXTENSIONS.some((ext) => name.endsWith(ext)));
const name = fc.oneof(
  { weight: 6, arbitrary: randomName },
  { weight: 1, arbitrary: fc.constantFrom('.git', ...IGNORED_ANYWHERE) },
);

const file: fc.Arbitrary<Node> = fc.record({
  kind: fc.constant('file' as const),
  mode: fc.constantFrom(0o644, 0o755, 0o600),
  content: fc.uint8Array({ maxLength: 1500 }),
});

const { dir } = fc.letrec<{ node: Node; dir: Node }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, file, tie('dir')),
  dir: fc.record({
    kind: fc.constant('dir' as const),
    mode: fc.constantFrom(0o755, 0o750),
    children: fc.uniqueArray(fc.tuple(name, tie('node')), {
      maxLength: 5,
      selector: ([childName]) => childName,
    }),
  }),
}));

/** A chain of directories deep enough that full paths need PAX, with a file at the bottom. */
const deepChain = fc
  .tuple(fc.array(plainName, { minLength: 10, maxLength: 30 }), file)
  .map(([names, leaf]) =>
    names.reduceRight<[string, Node]>(
      (inner, dirName) => [dirName, { kind: 'dir', mode: 0o755, children: [inner] }],
      ['leaf.yaml', leaf],
    ),
  );

const tree = fc.tuple(dir, fc.option(deepChain, { nil: undefined })).map(([root, chain]) => {
  if (root.kind !== 'dir' || !chain || root.children.some(([n]) => n === chain[0])) return root;
  return { ...root, children: [...root.children, chain] };
});

function byBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** What the artifact must hold: pre-order, byte order within each directory, ignored left out. */
function expected(root: Node) {
  const kept: TreeItem[] = [];
  const ignored: string[] = [];
  const all: TreeItem[] = [];
  function visit(node: Node, prefix: string) {
    if (node.kind !== 'dir') return;
    for (const [childName, child] of [...node.children].sort(([a], [b]) => byBytes(a, b))) {
      const path = prefix ? `${prefix}/${childName}` : childName;
      const item: TreeItem =
        child.kind === 'dir'
          ? { path, kind: 'dir', mode: child.mode }
          : { path, kind: 'file', mode: child.mode, content: Buffer.from(child.content) };
      all.push(item);
      if (ignoredByDefault(childName, child.kind)) ignored.push(path);
      else kept.push(item);
      // Below an ignored directory too: it is written to disk all the same.
      visit(child, path);
    }
  }
  visit(root, '');
  const isIgnored = (path: string) => ignored.some((i) => path === i || path.startsWith(`${i}/`));
  return { kept: kept.filter((item) => !isIgnored(item.path)), all, isIgnored };
}

/** GNU tar's own `--sort=name` order over the source tree: an independent view of WalkDir order. */
async function gnuTarOrder(directory: string, scratch: string): Promise<string[]> {
  const file = join(scratch, 'gnu-order.tar');
  await gnuTar(['-cf', file, '--sort=name', '-C', directory, '.']);
  const { stdout } = await gnuTar(['-tf', file, '--quoting-style=literal']);
  return stdout
    .toString('utf8')
    .split('\n')
    .slice(0, -1)
    .map((entry) => (entry === './' ? '.' : entry.slice(2).replace(/\/$/, '')));
}

/** fluxcd/pkg tar/untar.go `validRelPath`. */
function fluxAcceptsName(entry: string): boolean {
  return entry !== '' && !entry.includes('\\') && !entry.startsWith('/') && !entry.includes('../');
}

/** Writes `root` to a temp dir, builds it, and hands both to `check`; cleans up after. */
async function withBuiltTree(
  root: Node,
  check: (source: string, built: BuiltArtifact, scratch: string) => Promise<void>,
): Promise<void> {
  const scratch = await tempDir();
  try {
    const source = join(scratch.path, 'source');
    await mkdir(source);
    await writeTree(source, expected(root).all);
    const built = await build(source, { workspace: scratch.path });
    try {
      await check(source, built, scratch.path);
    } finally {
      await built.dispose();
    }
  } finally {
    await scratch.remove();
  }
}

it('packages any tree so that GNU tar extracts the same tree, minus ignored paths', async () => {
  await fc.assert(
    fc.asyncProperty(tree, (root) =>
      withBuiltTree(root, async (_, built, scratch) => {
        const kept = expected(root).kept.sort((a, b) => byBytes(a.path, b.path));
        const extracted = await gnuTarExtract(built, scratch);
        expect(await readTree(extracted)).toEqual(kept.map((item) => ({ content: '', ...item })));
        expect(built.fileCount).toBe(kept.filter((item) => item.kind === 'file').length);
      }),
    ),
    { numRuns: 25 },
  );
});

it("lists entries in Go's WalkDir order, which is also GNU tar's --sort=name order", async () => {
  await fc.assert(
    fc.asyncProperty(tree, (root) =>
      withBuiltTree(root, async (source, built, scratch) => {
        const { kept, isIgnored } = expected(root);
        const listing = await gnuTarList(built, scratch);
        expect(listing).toEqual(['.', ...kept.map((item) => item.path)]);
        const gnuOrder = await gnuTarOrder(source, scratch);
        expect(listing).toEqual(gnuOrder.filter((entry) => !isIgnored(entry)));
      }),
    ),
    { numRuns: 25 },
  );
});

it("gives every entry a name Flux's untar accepts", async () => {
  await fc.assert(
    fc.asyncProperty(tree, (root) =>
      withBuiltTree(root, async (_, built, scratch) => {
        const listing = await gnuTarList(built, scratch);
        expect(listing.filter((entry) => !fluxAcceptsName(entry))).toEqual([]);
      }),
    ),
    { numRuns: 20 },
  );
});

it('gives identical bytes when the same tree is built twice', async () => {
  await fc.assert(
    fc.asyncProperty(tree, (root) =>
      withBuiltTree(root, async (source, first, scratch) => {
        const second = await build(source, { workspace: scratch });
        await second.dispose();
        expect(second.layer.digest).toBe(first.layer.digest);
        expect(second.manifest.bytes).toEqual(first.manifest.bytes);
      }),
    ),
    { numRuns: 15 },
  );
});
