// The context of a GitHub Actions run: the runner's GITHUB_* variables for what they always carry
// (event, ref, sha, repository, workflow), the event payload for what only it knows (default
// branch, visibility, a release's tag, the head commit's time). The payload is read from
// GITHUB_EVENT_PATH here rather than through @actions/github, which reads it once at import time
// and so cannot be given another environment.
import { readFile } from 'node:fs/promises';
import { UserError } from '../errors.js';
import { actionsLog } from '../runner.js';
import { gitCommitTime, sourceDateEpoch, toUtcSeconds } from './commit-time.js';
import type { Context } from './context.js';
import { describeRef, SHORT_SHA_LENGTH } from './ref.js';

/** Where the context reports what it had to guess. */
export interface ContextLog {
  warning(message: string): void;
}

/** The fields of GitHub's event payloads this reads; each is checked before use. */
interface EventPayload {
  deleted?: unknown;
  head_commit?: HeadCommit | null;
  merge_group?: { head_commit?: HeadCommit | null };
  release?: { tag_name?: unknown; prerelease?: unknown };
  repository?: { default_branch?: unknown; private?: unknown; html_url?: unknown };
}

interface HeadCommit {
  id?: unknown;
  timestamp?: unknown;
}

const COMMIT_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

export async function actionsContext(
  env: NodeJS.ProcessEnv = process.env,
  log: ContextLog = actionsLog,
): Promise<Context> {
  const eventName = env.GITHUB_EVENT_NAME;
  const sha = env.GITHUB_SHA?.toLowerCase();
  if (!eventName || !sha)
    throw new UserError(
      'NOT_IN_ACTIONS',
      'GITHUB_EVENT_NAME and GITHUB_SHA are not set: this does not look like a GitHub Actions ' +
        'run. Outside Actions, use the command-line interface, which reads the context from git.',
    );
  if (!COMMIT_SHA.test(sha))
    throw new UserError('NOT_IN_ACTIONS', `GITHUB_SHA='${sha}' is not a commit sha.`);

  const payload = await readPayload(env, log);
  const releaseTag = eventName === 'release' ? text(payload.release?.tag_name) : undefined;
  // A release's ref is its tag; GitHub sets GITHUB_REF to the same, but the payload is the source.
  const ref = releaseTag ? `refs/tags/${releaseTag}` : env.GITHUB_REF || 'HEAD';
  if (eventName === 'push' && payload.deleted === true)
    throw new UserError(
      'EVENT_UNSUPPORTED',
      `This push deleted ${ref}: there is nothing to publish. Skip the step on deletions with ` +
        '`if: ${{ !github.event.deleted }}`.',
    );

  const refParts = describeRef(ref);
  const repository = payload.repository;
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  const repositoryUrl = env.GITHUB_REPOSITORY
    ? `${server.replace(/\/+$/, '')}/${env.GITHUB_REPOSITORY}`
    : text(repository?.html_url);
  const runNumber = /^\d+$/.test(env.GITHUB_RUN_NUMBER ?? '') ? Number(env.GITHUB_RUN_NUMBER) : NaN;

  return {
    eventName,
    ref,
    ...refParts,
    markedPrerelease: eventName === 'release' ? payload.release?.prerelease === true : undefined,
    sha,
    shortSha: sha.slice(0, SHORT_SHA_LENGTH),
    // Scheduled runs always run on the default branch, and their payload used to hold nothing else.
    defaultBranch:
      text(repository?.default_branch) ?? (eventName === 'schedule' ? refParts.branch : undefined),
    repositoryUrl,
    workflowRef: env.GITHUB_WORKFLOW_REF || undefined,
    privateRepository: typeof repository?.private === 'boolean' ? repository.private : undefined,
    commitTime: await commitTime(env, payload, sha, log),
    runNumber: Number.isNaN(runNumber) ? undefined : runNumber,
  };
}

async function readPayload(env: NodeJS.ProcessEnv, log: ContextLog): Promise<EventPayload> {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return {};
  try {
    const payload: unknown = JSON.parse(await readFile(path, 'utf8'));
    if (typeof payload === 'object' && payload !== null) return payload;
    log.warning(`The event payload ${path} is not a JSON object; ignoring it.`);
  } catch (error) {
    log.warning(`Could not read the event payload ${path}: ${(error as Error).message}`);
  }
  return {};
}

/** SOURCE_DATE_EPOCH, else the payload's head commit, else `git log`, else now (with a warning). */
async function commitTime(
  env: NodeJS.ProcessEnv,
  payload: EventPayload,
  sha: string,
  log: ContextLog,
): Promise<string> {
  const fixed = sourceDateEpoch(env);
  if (fixed) return fixed;
  // The head commit's time is GITHUB_SHA's only when its id says so.
  const head = payload.head_commit ?? payload.merge_group?.head_commit;
  const headTime = head?.id === sha ? toUtcSeconds(text(head.timestamp) ?? '') : undefined;
  if (headTime) return headTime;
  const fromGit = await gitCommitTime(env.GITHUB_WORKSPACE || process.cwd(), sha);
  if ('time' in fromGit) return fromGit.time;
  log.warning(
    `Could not read the time of commit ${sha} (${fromGit.error}); using the current time, so ` +
      'each run of this commit gets a different digest. Check the repository out before this ' +
      'step, or set SOURCE_DATE_EPOCH.',
  );
  return toUtcSeconds(Date.now()) as string;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
