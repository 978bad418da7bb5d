// The layer's tar, as GNU tar and a plain header reader see it: Flux's order and normalised headers.
import { mkdir, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeLayer } from '../../src/artifact/layer.js';
import { walkTree } from '../../src/artifact/walk.js';
import { UserError } from '../../src/errors.js';
import { sha256 } from '../support/blobs.js';
import { readTree, tempDir, treeOf, writeTree } from '../support/file-tree.js';
import { readTarHeaders } from '../support/tar-headers.js';
import { build, gnuTarExtract, gnuTarList, saveLayer, tarBytes } from './building.js';

/** Our manifests tree, inside the repository's own fixtures directory (the workspace). */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

let scratch: { path: string; remove: () => Promise<void> };
let source: string;
beforeEach(async () => {
  scratch = await tempDir();
  source = join(scratch.path, 'workspace', 'deploy');
  await mkdir(source, { recursive: true });
});
afterEach(() => scratch.remove());

describe('the tar', () => {
  it('holds the manifests fixture exactly as GNU tar extracts them', async () => {
    const path = join(FIXTURES, 'manifests');
    const built = await build(path, { workspace: FIXTURES });
    try {
      const extracted = await gnuTarExtract(built, scratch.path);
      expect(await readTree(extracted)).toEqual(await readTree(path));
      expect(built.fileCount).toBe((await readTree(path)).filter((i) => i.kind === 'file').length);
    } finally {
      await built.dispose();
    }
  });

  it('lists the root as . first, then a pre-order walk in byte order within each directory', async () => {
    await writeTree(
      source,
      treeOf({
        'b/x.yaml': '',
        'b.yaml': '',
        'a/': '',
        'B.yaml': '',
        'é.yaml': '',
        '～.yaml': '',
        '😀.yaml': '',
      }),
    );
    const built = await build(source, { workspace: scratch.path });
    expect(await gnuTarList(built, scratch.path)).toEqual([
      '.',
      'B.yaml',
      'a',
      'b',
      'b/x.yaml',
      'b.yaml',
      'é.yaml',
      // U+FF5E sorts before U+1F600 as UTF-8 bytes, though not as UTF-16 code units.
      '～.yaml',
      '😀.yaml',
    ]);
    await built.dispose();
  });

  it('writes USTAR headers with owner 0, no owner names, mtime 0 and permission bits only', async () => {
    await writeTree(source, [
      { path: 'bin', kind: 'dir', mode: 0o1755 },
      { path: 'bin/run.sh', kind: 'file', mode: 0o4755, content: '#!/bin/sh\n' },
      { path: 'app.yaml', kind: 'file', mode: 0o600, content: 'kind: ConfigMap\n' },
    ]);
    const built = await build(source, { workspace: scratch.path });
    const headers = readTarHeaders(await tarBytes(built, scratch.path));
    expect(headers.map(({ name, typeflag, mode }) => ({ name, typeflag, mode }))).toEqual([
      { name: '.', typeflag: '5', mode: 0o755 },
      { name: 'app.yaml', typeflag: '0', mode: 0o600 },
      { name: 'bin', typeflag: '5', mode: 0o755 },
      { name: 'bin/run.sh', typeflag: '0', mode: 0o755 },
    ]);
    for (const header of headers) {
      expect(header).toMatchObject({ uid: 0, gid: 0, uname: '', gname: '', mtime: 0, pax: false });
      expect(header.magic).toBe('ustar\u000000');
    }
    await built.dispose();
  });

  it('uses a PAX header only for a name that does not fit USTAR', async () => {
    const longDirectories = `${'d'.repeat(60)}/${'e'.repeat(60)}`;
    const longName = `${'n'.repeat(120)}.yaml`;
    await writeTree(
      source,
      treeOf({
        [`${longDirectories}/short.yaml`]: 'split into prefix and name',
        [longName]: 'too long for the name field',
        'ümlaut.yaml': 'not ASCII',
        'plain.yaml': 'fits',
      }),
    );
    const built = await build(source, { workspace: scratch.path });
    const headers = readTarHeaders(await tarBytes(built, scratch.path));
    const paxNames = headers.filter((h) => h.pax).map((h) => h.name);
    expect(paxNames.sort()).toEqual([longName, 'ümlaut.yaml'].sort());
    expect(headers.find((h) => h.name === `${longDirectories}/short.yaml`)?.nameField).toBe(
      `${'e'.repeat(60)}/short.yaml`,
    );
    const extracted = await gnuTarExtract(built, scratch.path);
    expect(await readTree(extracted)).toEqual(await readTree(source));
    await built.dispose();
  });

  it('packages a single file as a tar holding that file', async () => {
    await writeTree(source, treeOf({ 'app.yaml': 'kind: Namespace\n', 'other.yaml': '' }));
    const built = await build(join(source, 'app.yaml'), { workspace: scratch.path });
    expect(await gnuTarList(built, scratch.path)).toEqual(['.', 'app.yaml']);
    expect(built.fileCount).toBe(1);
    await built.dispose();
  });

  it('packages a single file even when an ignore rule would match it', async () => {
    await writeTree(source, treeOf({ 'bundle.zip': 'zip' }));
    const built = await build(join(source, 'bundle.zip'), { workspace: scratch.path });
    expect(await gnuTarList(built, scratch.path)).toEqual(['.', 'bundle.zip']);
    await built.dispose();
  });
});

describe('the layer', () => {
  it('is byte-identical for the same tree, whatever the file times and temp directory', async () => {
    await writeTree(source, treeOf({ 'a.yaml': 'a', 'sub/b.yaml': 'b', 'empty/': '' }));
    const first = await build(source, { workspace: scratch.path });
    await utimes(join(source, 'a.yaml'), new Date(2001, 1, 1), new Date(2001, 1, 1));
    await utimes(join(source, 'sub'), new Date(2011, 1, 1), new Date(2011, 1, 1));
    const tmpDir = join(scratch.path, 'elsewhere');
    await mkdir(tmpDir);
    const second = await build(source, { workspace: scratch.path, tmpDir });
    expect(second.layer.digest).toBe(first.layer.digest);
    expect(second.manifest.bytes).toEqual(first.manifest.bytes);
    await Promise.all([first.dispose(), second.dispose()]);
  });

  it('has the digest and size of the bytes open() streams, every time it is opened', async () => {
    await writeTree(source, treeOf({ 'a.yaml': 'x'.repeat(300_000) }));
    const built = await build(source, { workspace: scratch.path });
    const once = await saveLayer(built, join(scratch.path, 'first.tar.gz'));
    const twice = await saveLayer(built, join(scratch.path, 'second.tar.gz'));
    expect(twice).toEqual(once);
    expect(once.length).toBe(built.layer.size);
    expect(sha256(once)).toBe(built.layer.digest);
    await built.dispose();
  });

  it('carries the sha256 of the uncompressed tar as its diffId', async () => {
    await writeTree(source, treeOf({ 'a.yaml': 'a' }));
    const built = await build(source, { workspace: scratch.path });
    const tar = await tarBytes(built, scratch.path);
    expect(built.diffId).toBe(sha256(tar));
    await built.dispose();
  });

  it('is written under tmpDir and removed by dispose()', async () => {
    await writeTree(source, treeOf({ 'a.yaml': 'a' }));
    const tmpDir = join(scratch.path, 'tmp');
    await mkdir(tmpDir);
    const built = await build(source, { workspace: scratch.path, tmpDir });
    const [layerDirectory] = await readTree(tmpDir);
    expect(layerDirectory?.path).toMatch(/^flux-artifact-/);
    await built.dispose();
    expect(await readTree(tmpDir)).toEqual([]);
  });

  it('leaves nothing behind in tmpDir when the build fails', async () => {
    await writeTree(source, treeOf({ 'a.yaml': 'a', 'b\\c.yaml': 'a name Flux refuses' }));
    const tmpDir = join(scratch.path, 'tmp');
    await mkdir(tmpDir);
    await expect(build(source, { workspace: scratch.path, tmpDir })).rejects.toThrow(/b\\c\.yaml/);
    expect(await readTree(tmpDir)).toEqual([]);
  });

  it('reports a full disk as a failed write of the layer', async () => {
    await writeTree(source, treeOf({ 'a.yaml': 'a'.repeat(100_000) }));
    const entries = walkTree({
      path: source,
      workspace: scratch.path,
      ignorePaths: [],
      resolveSymlinks: false,
      onSkippedSymlink: () => undefined,
    });
    const error = await writeLayer(entries, '/dev/full', scratch.path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({ code: 'ARTIFACT_WRITE_FAILED' });
    expect((error as Error).message).toContain('ENOSPC');
  });

  it('says so when the workspace itself cannot be read', async () => {
    await expect(build(source, { workspace: join(scratch.path, 'gone') })).rejects.toMatchObject({
      code: 'ARTIFACT_WORKSPACE_NOT_FOUND',
    });
  });
});
