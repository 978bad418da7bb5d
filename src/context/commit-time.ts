// The time recorded as the artifact's `created`: the commit's, so that publishing the same commit
// twice yields the same manifest digest. SOURCE_DATE_EPOCH (reproducible-builds.org) overrides it.
import { UserError, ErrorCode } from '../errors.js';
import { runGit } from './run-git.js';

// RFC 3339 has four-digit years; toISOString() switches to `+010000-…` beyond them.
const LAST_RFC3339_SECOND = 253402300799;

/** RFC 3339 in UTC with whole seconds (`2024-05-13T13:56:21Z`), or undefined if not a time. */
export function toUtcSeconds(time: string | number | Date): string | undefined {
  const ms = new Date(time).getTime();
  if (Number.isNaN(ms) || ms < 0 || ms > LAST_RFC3339_SECOND * 1000) return undefined;
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** SOURCE_DATE_EPOCH as a time when set; a value that is not whole seconds is an error. */
export function sourceDateEpoch(env: NodeJS.ProcessEnv): string | undefined {
  const value = env.SOURCE_DATE_EPOCH?.trim();
  if (!value) return undefined;
  const seconds = /^\d+$/.test(value) ? Number(value) : NaN;
  const time = seconds <= LAST_RFC3339_SECOND ? toUtcSeconds(seconds * 1000) : undefined;
  if (time === undefined)
    throw new UserError(
      ErrorCode.ENV_INVALID,
      `SOURCE_DATE_EPOCH='${value}' is not a time: set it to whole seconds since 1970-01-01 UTC ` +
        `(for example $(git log -1 --format=%ct)), or unset it to use the commit's time.`,
    );
  return time;
}

/** The committer time of `commit` in the clone at `cwd`, or why it could not be read. */
export async function gitCommitTime(
  cwd: string,
  commit: string,
): Promise<{ time: string } | { error: string }> {
  const result = await runGit(cwd, ['log', '-1', '--format=%cI', commit, '--']);
  if (!result.ok) return { error: result.error };
  const time = toUtcSeconds(result.stdout);
  return time === undefined ? { error: `git printed '${result.stdout}'` } : { time };
}
