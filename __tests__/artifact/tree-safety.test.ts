// What the builder refuses or leaves out, and how it says so: symlinks, special files, names Flux
// rejects, unreadable and missing paths.
import { execFile } from 'node:child_process';
import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { readTree, tempDir, treeOf, writeTree } from '../support/file-tree.js';
import { build, gnuTarExtract, gnuTarList } from './building.js';

let scratch: { path: string; remove: () => Promise<void> };
let workspace: string;
let source: string;
beforeEach(async () => {
  scratch = await tempDir();
  workspace = join(scratch.path, 'workspace');
  source = join(workspace, 'deploy');
  await mkdir(source, { recursive: true });
});
afterEach(() => scratch.remove());

async function refusal(options: { resolveSymlinks?: boolean; path?: string } = {}) {
  const error = await build(options.path ?? source, {
    workspace,
    resolveSymlinks: options.resolveSymlinks ?? false,
  }).then(
    (built) => built.dispose().then(() => undefined),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('symlinks, by default', () => {
  it('are left out, with one warning that lists them', async () => {
    await writeTree(source, treeOf({ 'app.yaml': 'a', 'sub/x.yaml': 'x' }));
    await symlink('app.yaml', join(source, 'link.yaml'));
    await symlink('/etc', join(source, 'sub/etc'));
    const warnings: string[] = [];
    const built = await build(source, { workspace, onWarning: (m) => warnings.push(m) });
    expect(await gnuTarList(built, scratch.path)).toEqual(['.', 'app.yaml', 'sub', 'sub/x.yaml']);
    expect(built.skippedSymlinks).toEqual(['link.yaml', 'sub/etc']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/2 symbolic links.*link\.yaml, sub\/etc.*resolve-symlinks/);
    await built.dispose();
  });

  it('are left out without a warning when an ignore rule matches them', async () => {
    await writeTree(source, treeOf({ 'app.yaml': 'a' }));
    await symlink('app.yaml', join(source, 'link.png'));
    const warnings: string[] = [];
    const built = await build(source, { workspace, onWarning: (m) => warnings.push(m) });
    expect(built.skippedSymlinks).toEqual([]);
    expect(warnings).toEqual([]);
    await built.dispose();
  });

  it('refuse a path that reaches outside the workspace through a linked parent', async () => {
    const outside = join(scratch.path, 'outside');
    await writeTree(outside, treeOf({ 'secrets/token': 'do not publish' }));
    await symlink(outside, join(workspace, 'linked'));
    const error = await refusal({ path: join(workspace, 'linked', 'secrets') });
    expect(error.code).toBe('ARTIFACT_PATH_OUTSIDE_WORKSPACE');
    expect(error.input).toBe('path');
    expect(error.message).toContain('outside the workspace');
  });

  it('refuse a path that is itself a symlink', async () => {
    await writeTree(source, treeOf({ 'app.yaml': 'a' }));
    await symlink('deploy', join(workspace, 'current'));
    const error = await refusal({ path: join(workspace, 'current') });
    expect(error).toMatchObject({ code: 'ARTIFACT_PATH_IS_SYMLINK', input: 'path' });
    expect(error.message).toContain('current');
  });
});

describe('symlinks, with resolve-symlinks', () => {
  it('are packaged as the files they point to inside the workspace', async () => {
    await writeTree(workspace, treeOf({ 'shared/base.yaml': 'base', 'deploy/app.yaml': 'app' }));
    await symlink('../shared/base.yaml', join(source, 'base.yaml'));
    await symlink('../shared', join(source, 'shared'));
    const built = await build(source, { workspace, resolveSymlinks: true });
    const extracted = await gnuTarExtract(built, scratch.path);
    expect(
      (await readTree(extracted)).map(({ path, kind, content }) => [path, kind, String(content)]),
    ).toEqual([
      ['app.yaml', 'file', 'app'],
      ['base.yaml', 'file', 'base'],
      ['shared', 'dir', ''],
      ['shared/base.yaml', 'file', 'base'],
    ]);
    expect(built.skippedSymlinks).toEqual([]);
    await built.dispose();
  });

  it('refuse a link that resolves outside the workspace, naming the link and its target', async () => {
    await writeFile(join(scratch.path, 'runner-secret'), 'token');
    await symlink('../../runner-secret', join(source, 'config.yaml'));
    const error = await refusal({ resolveSymlinks: true });
    expect(error).toMatchObject({
      code: 'ARTIFACT_SYMLINK_OUTSIDE_WORKSPACE',
      input: 'resolve-symlinks',
    });
    expect(error.message).toContain('deploy/config.yaml -> ../../runner-secret');
    expect(error.message).toContain(join(scratch.path, 'runner-secret'));
  });

  it("refuse a link into the workspace's .git, where the checkout keeps its token", async () => {
    await writeTree(workspace, treeOf({ '.git/config': '[http] extraheader = secret' }));
    await symlink('../.git/config', join(source, 'config.yaml'));
    const error = await refusal({ resolveSymlinks: true });
    expect(error.code).toBe('ARTIFACT_SYMLINK_OUTSIDE_WORKSPACE');
    expect(error.message).toContain('deploy/config.yaml -> ../.git/config');
  });

  it('are not followed, nor refused, when an ignore rule leaves them out', async () => {
    await writeTree(source, treeOf({ 'app.yaml': 'a', '.sourceignore': 'escape\n' }));
    await symlink('/etc', join(source, 'escape'));
    const built = await build(source, { workspace, resolveSymlinks: true });
    expect(await gnuTarList(built, scratch.path)).toEqual(['.', '.sourceignore', 'app.yaml']);
    await built.dispose();
  });

  it('refuse a link to a directory that contains it', async () => {
    await writeTree(source, treeOf({ 'sub/app.yaml': 'a' }));
    await symlink('..', join(source, 'sub/up'));
    const error = await refusal({ resolveSymlinks: true });
    expect(error).toMatchObject({ code: 'ARTIFACT_SYMLINK_CYCLE', input: 'resolve-symlinks' });
    expect(error.message).toContain('deploy/sub/up');
  });

  it('refuse links that lead to each other', async () => {
    await symlink('b', join(source, 'a'));
    await symlink('a', join(source, 'b'));
    const error = await refusal({ resolveSymlinks: true });
    expect(error.code).toBe('ARTIFACT_SYMLINK_CYCLE');
    expect(error.message).toContain('deploy/a -> b');
  });

  it('refuse a link whose target does not exist', async () => {
    await symlink('missing.yaml', join(source, 'app.yaml'));
    const error = await refusal({ resolveSymlinks: true });
    expect(error.code).toBe('ARTIFACT_SYMLINK_DANGLING');
    expect(error.message).toContain('deploy/app.yaml -> missing.yaml');
  });
});

describe('special files and names', () => {
  it('refuses a FIFO, naming its path', async () => {
    await promisify(execFile)('mkfifo', [join(source, 'pipe')]);
    const error = await refusal();
    expect(error).toMatchObject({ code: 'ARTIFACT_UNSUPPORTED_FILE', input: 'path' });
    expect(error.message).toContain('deploy/pipe is a named pipe (FIFO)');
  });

  it('refuses a socket, naming its path', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(source, 'sock'), resolve));
    try {
      const error = await refusal();
      expect(error.message).toContain('deploy/sock is a socket');
    } finally {
      server.close();
    }
  });

  it('refuses a FIFO reached through a followed symlink', async () => {
    await promisify(execFile)('mkfifo', [join(workspace, 'pipe')]);
    await symlink('../pipe', join(source, 'data'));
    const error = await refusal({ resolveSymlinks: true });
    expect(error.message).toContain('pipe is a named pipe (FIFO)');
  });

  it.each([
    ['a backslash', { 'dir\\name.yaml': '' }, 'dir\\name.yaml'],
    ['a directory name ending in ..', { 'v1../app.yaml': '' }, 'v1../app.yaml'],
  ])("refuses a name with %s, which Flux's untar rejects", async (_, files, name) => {
    await writeTree(source, treeOf(files));
    const error = await refusal();
    expect(error).toMatchObject({ code: 'ARTIFACT_INVALID_NAME', input: 'path' });
    expect(error.message).toContain(name);
  });

  it('refuses a name that is not valid UTF-8', async () => {
    await writeFile(Buffer.from(`${source}/bad-\xff.yaml`, 'latin1'), '');
    const error = await refusal();
    expect(error.code).toBe('ARTIFACT_INVALID_NAME');
  });

  it('refuses an unreadable file, naming it', async () => {
    await writeTree(source, treeOf({ 'secret.yaml': 's' }));
    await chmod(join(source, 'secret.yaml'), 0);
    // Root reads anything: drop to nobody's effective uid for the build (seteuid is reversible).
    const asRoot = process.geteuid?.() === 0;
    if (asRoot) for (const dir of [scratch.path, workspace, source]) await chmod(dir, 0o777);
    if (asRoot) process.seteuid!(65534);
    let error;
    try {
      error = await refusal();
    } finally {
      if (asRoot) process.seteuid!(0);
    }
    expect(error).toMatchObject({ code: 'ARTIFACT_UNREADABLE', input: 'path' });
    expect(error.message).toContain('deploy/secret.yaml cannot be read (EACCES)');
  });

  it('says which path does not exist', async () => {
    const error = await refusal({ path: join(workspace, 'nowhere') });
    expect(error).toMatchObject({ code: 'ARTIFACT_PATH_NOT_FOUND', input: 'path' });
    expect(error.message).toContain('nowhere does not exist');
  });
});
