import { describe, expect, test } from 'vitest';
import { defaultRevision, missingSourceWarning } from '../../src/context/context.js';
import { gitContext } from '../../src/context/git.js';
import type { Log } from '../../src/log.js';
import { silentLog } from '../../src/log.js';
import { EMPTY_WORKSPACE } from '../fixtures/events/runs.js';
import { makeRepo } from './git-repo.js';

describe('the context of a local clone', () => {
  test('names the checked-out branch, its commit and its committer time', async () => {
    const repo = makeRepo('trunk');
    const sha = repo.commit('first', '2024-05-13T15:56:21+02:00');
    const ctx = await gitContext(repo.dir, {});
    expect(ctx).toEqual({
      eventName: 'local',
      ref: 'refs/heads/trunk',
      refName: 'trunk',
      refType: 'branch',
      branch: 'trunk',
      sha,
      shortSha: sha.slice(0, 7),
      defaultBranch: undefined,
      repositoryUrl: undefined,
      commitTime: '2024-05-13T13:56:21Z',
    });
  });

  test('a detached HEAD is named by the newest tag pointing at it', async () => {
    const repo = makeRepo();
    repo.commit('release', '2024-01-01T00:00:00Z');
    repo.git(['tag', '-a', '-m', 'rc', 'v1.0.0-rc.1'], '2024-01-02T00:00:00Z');
    repo.git(['tag', '-a', '-m', 'final', 'v1.0.0'], '2024-01-03T00:00:00Z');
    repo.git(['checkout', '--quiet', '--detach', 'v1.0.0-rc.1']);
    const ctx = await gitContext(repo.dir, {});
    expect([ctx.ref, ctx.refType, ctx.gitTag]).toEqual(['refs/tags/v1.0.0', 'tag', 'v1.0.0']);
  });

  test('a tag pointing at HEAD on a branch is the ref, and the log says which tag', async () => {
    const repo = makeRepo();
    repo.commit('release', '2024-01-01T00:00:00Z');
    repo.git(['tag', 'v1.0.0']);
    const lines: string[] = [];
    const ctx = await gitContext(repo.dir, {}, { log: recording(lines) });
    expect([ctx.ref, ctx.refType, ctx.gitTag]).toEqual(['refs/tags/v1.0.0', 'tag', 'v1.0.0']);
    expect(lines).toEqual([
      'Publishing as the Git tag v1.0.0, which points at HEAD (branch main).',
    ]);
  });

  test('of several tags at HEAD the newest wins, and --git-tag chooses another', async () => {
    const repo = makeRepo();
    repo.commit('release', '2024-01-01T00:00:00Z');
    repo.git(['tag', '-a', '-m', 'rc', 'v1.0.0-rc.1'], '2024-01-02T00:00:00Z');
    repo.git(['tag', '-a', '-m', 'final', 'v1.0.0'], '2024-01-03T00:00:00Z');
    const lines: string[] = [];
    const newest = await gitContext(repo.dir, {}, { log: recording(lines) });
    expect(newest.gitTag).toBe('v1.0.0');
    expect(lines[0]).toContain('so do v1.0.0-rc.1: choose with --git-tag <tag>');
    const chosen = await gitContext(repo.dir, {}, { gitTag: 'v1.0.0-rc.1' });
    expect(chosen.ref).toBe('refs/tags/v1.0.0-rc.1');
  });

  test('--git-tag naming a tag not at HEAD is refused, naming those that are', async () => {
    const repo = makeRepo();
    repo.commit('one', '2024-01-01T00:00:00Z');
    repo.git(['tag', 'v0.9.0']);
    repo.commit('two', '2024-01-02T00:00:00Z');
    repo.git(['tag', 'v1.0.0']);
    await expect(gitContext(repo.dir, {}, { gitTag: 'v0.9.0' })).rejects.toMatchObject({
      code: 'INPUT_INVALID',
      input: 'git-tag',
      message: expect.stringContaining('the tags that do: v1.0.0') as unknown,
    });
  });

  test('a detached HEAD without a tag has no ref name, so its revision is the bare sha', async () => {
    const repo = makeRepo();
    const sha = repo.commit('one', '2024-01-01T00:00:00Z');
    repo.commit('two', '2024-01-02T00:00:00Z');
    repo.git(['checkout', '--quiet', '--detach', sha]);
    const ctx = await gitContext(repo.dir, {});
    expect([ctx.ref, ctx.refName, ctx.refType]).toEqual(['HEAD', '', 'other']);
    expect(defaultRevision(ctx)).toBe(`sha1:${sha}`);
  });

  test("reads the default branch and https address from origin, without the remote's credentials", async () => {
    const repo = makeRepo();
    const sha = repo.commit('one', '2024-01-01T00:00:00Z');
    repo.git(['remote', 'add', 'origin', 'https://bot:ghp_s3cret@github.com/org/repo.git']);
    repo.git(['update-ref', 'refs/remotes/origin/develop', sha]);
    repo.git(['symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/develop']);
    const ctx = await gitContext(repo.dir, {});
    expect([ctx.defaultBranch, ctx.repositoryUrl]).toEqual([
      'develop',
      'https://github.com/org/repo',
    ]);
    expect(JSON.stringify(ctx)).not.toContain('s3cret');
  });

  test('a local-path origin is followed to the address of its own origin', async () => {
    const upstream = makeRepo();
    upstream.commit('one', '2024-01-01T00:00:00Z');
    upstream.git(['remote', 'add', 'origin', 'git@github.com:org/repo.git']);
    const clone = makeRepo();
    clone.commit('one', '2024-01-01T00:00:00Z');
    clone.git(['remote', 'add', 'origin', upstream.dir]);
    const ctx = await gitContext(clone.dir, {});
    expect([ctx.repositoryUrl, ctx.localOrigin]).toEqual([
      'https://github.com/org/repo',
      undefined,
    ]);
  });

  test('a local-path origin with no address behind it is named as such, not as missing', async () => {
    const upstream = makeRepo();
    upstream.commit('one', '2024-01-01T00:00:00Z');
    const clone = makeRepo();
    clone.commit('one', '2024-01-01T00:00:00Z');
    clone.git(['remote', 'add', 'origin', upstream.dir]);
    const ctx = await gitContext(clone.dir, {});
    expect([ctx.repositoryUrl, ctx.localOrigin]).toEqual([undefined, upstream.dir]);
    expect(missingSourceWarning(ctx)).toContain(
      `the 'origin' remote is the local path ${upstream.dir}`,
    );
    expect(missingSourceWarning(ctx)).not.toContain("no 'origin' remote");
  });

  test('SOURCE_DATE_EPOCH wins over the commit time', async () => {
    const repo = makeRepo();
    repo.commit('one', '2024-01-01T00:00:00Z');
    const ctx = await gitContext(repo.dir, { SOURCE_DATE_EPOCH: '0' });
    expect(ctx.commitTime).toBe('1970-01-01T00:00:00Z');
  });

  test('outside a clone it says so, quoting git', async () => {
    await expect(gitContext(EMPTY_WORKSPACE, {})).rejects.toMatchObject({
      code: 'GIT_UNAVAILABLE',
      message: expect.stringMatching(/not a git repository/i) as unknown,
    });
  });
});

/** A log that keeps its info lines. */
function recording(lines: string[]): Log {
  return { ...silentLog, info: (m) => lines.push(m) };
}
