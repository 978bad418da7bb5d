// The context of a local run (the CLI): everything from the Git clone, nothing from GitHub. The
// event is `local`; the ref is a tag pointing at HEAD when there is one (a tagged commit on `main`
// is a release, as in the Flux guide's `git tag --points-at HEAD`, and a CI system's tag checkout
// is a detached HEAD with that tag), else the checked-out branch, else the detached HEAD.
import { resolve } from 'node:path';
import { inputError, UserError, ErrorCode } from '../errors.js';
import { silentLog, type Log } from '../log.js';
import { gitCommitTime, sourceDateEpoch } from './commit-time.js';
import type { Context } from './context.js';
import { describeRef, SHORT_SHA_LENGTH } from './ref.js';
import { httpsRepositoryUrl } from './remote-url.js';
import { runGit } from './run-git.js';

export interface GitContextOptions {
  /** The tag to publish as, among those pointing at HEAD (the CLI's `--git-tag`). */
  gitTag?: string;
  /** Told which tag was chosen, and why. */
  log?: Log;
}

export async function gitContext(
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
  options: GitContextOptions = {},
): Promise<Context> {
  const head = await runGit(cwd, ['rev-parse', '--verify', 'HEAD']);
  if (!head.ok)
    throw new UserError(
      ErrorCode.GIT_UNAVAILABLE,
      `Could not read the checked-out commit in ${cwd} from git (${head.error}). Run this inside ` +
        'a Git clone with at least one commit.',
    );
  const sha = head.stdout.toLowerCase();
  const [ref, defaultBranch, origin, time] = await Promise.all([
    checkedOutRef(cwd, options),
    runGit(cwd, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']),
    originUrl(cwd),
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
    ...origin,
    commitTime: time,
  };
}

async function checkedOutRef(cwd: string, options: GitContextOptions): Promise<string> {
  const [branch, tagged] = await Promise.all([
    runGit(cwd, ['symbolic-ref', '--quiet', '--short', 'HEAD']),
    runGit(cwd, ['tag', '--points-at', 'HEAD', '--sort=-creatordate']),
  ]);
  const tags = tagged.ok ? tagged.stdout.split('\n').filter((t) => t !== '') : [];
  const on = branch.ok ? `branch ${branch.stdout}` : 'a detached HEAD';
  if (options.gitTag !== undefined) {
    if (!tags.includes(options.gitTag)) {
      throw inputError(
        'git-tag',
        `'${options.gitTag}' does not point at HEAD (${on}); ` +
          (tags.length ? `the tags that do: ${tags.join(', ')}.` : 'no tag does.'),
      );
    }
    return tagRef(options.gitTag, on, tags, options.log);
  }
  const newest = tags[0];
  if (newest) return tagRef(newest, on, tags, options.log);
  return branch.ok ? `refs/heads/${branch.stdout}` : 'HEAD';
}

/** `refs/tags/<tag>`, and a line saying the run publishes as that tag. */
function tagRef(tag: string, on: string, tags: string[], log: Log = silentLog): string {
  const others = tags.filter((t) => t !== tag);
  log.info(
    `Publishing as the Git tag ${tag}, which points at HEAD (${on})` +
      (others.length ? `; so do ${others.join(', ')}: choose with --git-tag <tag>.` : '.'),
  );
  return `refs/tags/${tag}`;
}

/** Clones of clones (a local-path `origin`) are followed this many times to an address. */
const LOCAL_ORIGIN_HOPS = 4;

/**
 * The https address of `origin`. A local-path `origin` (a clone of a clone, a bare repository on
 * disk) is followed to its own `origin`; when none has an address, `localOrigin` says so.
 */
async function originUrl(cwd: string): Promise<Pick<Context, 'repositoryUrl' | 'localOrigin'>> {
  let dir = cwd;
  let firstLocal: string | undefined;
  for (let hop = 0; hop < LOCAL_ORIGIN_HOPS; hop++) {
    const origin = await runGit(dir, ['remote', 'get-url', 'origin']);
    if (!origin.ok) break;
    const url = httpsRepositoryUrl(origin.stdout);
    if (url) return { repositoryUrl: url };
    if (!isLocalPath(origin.stdout)) break;
    firstLocal ??= origin.stdout;
    dir = resolve(dir, origin.stdout.replace(/^file:\/\//, ''));
  }
  return firstLocal === undefined ? {} : { localOrigin: firstLocal };
}

function isLocalPath(remote: string): boolean {
  return (
    remote.startsWith('file://') ||
    !/^[a-z][a-z0-9+.-]*:/i.test(remote) ||
    /^[a-z]:[\\/]/i.test(remote)
  );
}

async function commitTime(cwd: string, sha: string, env: NodeJS.ProcessEnv): Promise<string> {
  const fixed = sourceDateEpoch(env);
  if (fixed) return fixed;
  const committed = await gitCommitTime(cwd, sha);
  if ('time' in committed) return committed.time;
  throw new UserError(
    ErrorCode.GIT_UNAVAILABLE,
    `Could not read the time of commit ${sha}: ${committed.error}`,
  );
}
