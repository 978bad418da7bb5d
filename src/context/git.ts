// The context of a local run (the CLI): everything from the Git clone, nothing from GitHub. The
// event is `local`; the ref is the checked-out branch, or for a detached HEAD (how CI systems
// check tags out) the newest tag pointing at it.
import { UserError } from '../errors.js';
import { gitCommitTime, sourceDateEpoch } from './commit-time.js';
import type { Context } from './context.js';
import { describeRef, SHORT_SHA_LENGTH } from './ref.js';
import { httpsRepositoryUrl } from './remote-url.js';
import { runGit } from './run-git.js';

export async function gitContext(
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Context> {
  const head = await runGit(cwd, ['rev-parse', '--verify', 'HEAD']);
  if (!head.ok)
    throw new UserError(
      'GIT_UNAVAILABLE',
      `Could not read the checked-out commit in ${cwd} from git (${head.error}). Run this inside ` +
        'a Git clone with at least one commit.',
    );
  const sha = head.stdout.toLowerCase();
  const [ref, defaultBranch, origin, time] = await Promise.all([
    checkedOutRef(cwd),
    runGit(cwd, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']),
    runGit(cwd, ['remote', 'get-url', 'origin']),
    commitTime(cwd, sha, env),
  ]);

  return {
    eventName: 'local',
    ref,
    ...describeRef(ref),
    sha,
    shortSha: sha.slice(0, SHORT_SHA_LENGTH),
    // `origin/main` → `main`; unset until a clone or `git remote set-head origin --auto` sets it.
    defaultBranch: defaultBranch.ok ? defaultBranch.stdout.replace(/^[^/]*\//, '') : undefined,
    repositoryUrl: origin.ok ? httpsRepositoryUrl(origin.stdout) : undefined,
    commitTime: time,
  };
}

async function checkedOutRef(cwd: string): Promise<string> {
  const branch = await runGit(cwd, ['symbolic-ref', '--quiet', 'HEAD']);
  if (branch.ok) return branch.stdout;
  const tags = await runGit(cwd, ['tag', '--points-at', 'HEAD', '--sort=-creatordate']);
  const newest = tags.ok ? tags.stdout.split('\n')[0] : undefined;
  return newest ? `refs/tags/${newest}` : 'HEAD';
}

async function commitTime(cwd: string, sha: string, env: NodeJS.ProcessEnv): Promise<string> {
  const fixed = sourceDateEpoch(env);
  if (fixed) return fixed;
  const committed = await gitCommitTime(cwd, sha);
  if ('time' in committed) return committed.time;
  throw new UserError(
    'GIT_UNAVAILABLE',
    `Could not read the time of commit ${sha}: ${committed.error}`,
  );
}
