// The context of a GitHub Actions run, from @actions/github's `context`: the event, ref and commit
// the runner names, and from the event payload what only it knows (default branch, visibility, a
// release's tag, the head commit's time). When the payload lacks what this run needs (a scheduled
// run's payload used to hold nothing), one API call with the workflow token asks the repository.
import type { context as githubContext } from '@actions/github';
import { gitCommitTime, sourceDateEpoch, toUtcSeconds } from '../context/commit-time.js';
import type { Context } from '../context/context.js';
import { describeRef, SHORT_SHA_LENGTH } from '../context/ref.js';
import { UserError, ErrorCode } from '../errors.js';
import type { Log } from '../log.js';
import { repositoryFacts, type RepositoryFacts } from './repository-api.js';

/** What @actions/github's `context` holds (its class is not exported; its instance is). */
export type GitHubRun = Pick<
  typeof githubContext,
  'eventName' | 'sha' | 'ref' | 'payload' | 'runNumber' | 'serverUrl' | 'apiUrl' | 'repo'
>;

/** What this run's plan and signing will read; the API is asked only for what is needed and missing. */
export interface ContextNeeds {
  defaultBranch: boolean;
  visibility: boolean;
}

export interface ActionsContextOptions {
  needs: ContextNeeds;
  /** The workflow token, for the repository API call. */
  token: string | undefined;
  log: Log;
  /** GITHUB_WORKFLOW_REF, SOURCE_DATE_EPOCH and GITHUB_WORKSPACE, which `context` does not carry. */
  env: NodeJS.ProcessEnv;
}

/** A fact the API is asked for, and what stays undone without it. */
interface Missing {
  what: string;
  without: string;
}

const DEFAULT_BRANCH: Missing = {
  what: 'its default branch',
  without: 'rules that use {{default_branch}} do not apply',
};
const VISIBILITY: Missing = {
  what: 'whether it is private',
  without: 'signing cannot warn that a private repository is named in the public log',
};

interface HeadCommit {
  id?: unknown;
  timestamp?: unknown;
}

const COMMIT_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

export async function actionsContext(
  run: GitHubRun,
  { needs, token, log, env }: ActionsContextOptions,
): Promise<Context> {
  const eventName = run.eventName;
  const sha = run.sha?.toLowerCase();
  if (!eventName || !sha)
    throw new UserError(
      ErrorCode.NOT_IN_ACTIONS,
      'GITHUB_EVENT_NAME and GITHUB_SHA are not set: this does not look like a GitHub Actions ' +
        'run. Outside Actions, use the command-line interface, which reads the context from git.',
    );
  if (!COMMIT_SHA.test(sha))
    throw new UserError(ErrorCode.NOT_IN_ACTIONS, `GITHUB_SHA='${sha}' is not a commit sha.`);

  const payload = run.payload;
  if (env.GITHUB_EVENT_PATH && Object.keys(payload).length === 0) {
    log.warning(`Could not read the event payload ${env.GITHUB_EVENT_PATH}; going on without it.`);
  }
  const release = payload.release as { tag_name?: unknown; prerelease?: unknown } | undefined;
  const releaseTag = eventName === 'release' ? text(release?.tag_name) : undefined;
  // A release's ref is its tag; GitHub sets GITHUB_REF to the same, but the payload is the source.
  const ref = releaseTag ? `refs/tags/${releaseTag}` : run.ref || 'HEAD';
  if (eventName === 'push' && payload.deleted === true)
    throw new UserError(
      ErrorCode.EVENT_UNSUPPORTED,
      `This push deleted ${ref}: there is nothing to publish. Skip the step on deletions with ` +
        '`if: ${{ !github.event.deleted }}`.',
    );

  const refParts = describeRef(ref);
  const repository = payload.repository;
  const slug = repositorySlug(run);
  const repositoryUrl = slug
    ? `${run.serverUrl.replace(/\/+$/, '')}/${slug.owner}/${slug.repo}`
    : text(repository?.html_url);
  const facts: Partial<RepositoryFacts> = {
    defaultBranch:
      text(repository?.default_branch) ??
      // Scheduled runs always run on the default branch, and their payload used to hold nothing else.
      (eventName === 'schedule' ? refParts.branch : undefined),
    private: typeof repository?.private === 'boolean' ? repository.private : undefined,
  };
  const missing: Missing[] = [
    ...(needs.defaultBranch && facts.defaultBranch === undefined ? [DEFAULT_BRANCH] : []),
    ...(needs.visibility && facts.private === undefined ? [VISIBILITY] : []),
  ];
  if (missing.length > 0) {
    Object.assign(facts, await askRepository(run, slug, token, missing, log));
  }

  return {
    eventName,
    ref,
    ...refParts,
    markedPrerelease: eventName === 'release' ? release?.prerelease === true : undefined,
    sha,
    shortSha: sha.slice(0, SHORT_SHA_LENGTH),
    defaultBranch: facts.defaultBranch,
    baseBranch: baseBranch(payload),
    repositoryUrl,
    workflowRef: env.GITHUB_WORKFLOW_REF || undefined,
    privateRepository: facts.private,
    commitTime: await commitTime(env, payload, sha, log),
    runNumber: Number.isInteger(run.runNumber) ? run.runNumber : undefined,
  };
}

/** `owner/repo`, from GITHUB_REPOSITORY or the payload; undefined when neither names it. */
function repositorySlug(run: GitHubRun): { owner: string; repo: string } | undefined {
  try {
    return run.repo;
  } catch {
    return undefined;
  }
}

/** The repository API's answer, or nothing (with a warning that names what stays unknown). */
async function askRepository(
  run: GitHubRun,
  slug: { owner: string; repo: string } | undefined,
  token: string | undefined,
  missing: Missing[],
  log: Log,
): Promise<Partial<RepositoryFacts>> {
  const what = missing.map((m) => m.what).join(' and ');
  const unknown = (why: string) => {
    log.warning(
      `The event payload does not say ${what} of the repository, and ${why}: ` +
        `${missing.map((m) => m.without).join('; ')}.`,
    );
    return {};
  };
  if (!slug) return unknown('GITHUB_REPOSITORY is not set');
  if (!token) return unknown("no 'github-token' was given to ask the GitHub API");
  log.info(`Asking the GitHub API for ${what} of ${slug.owner}/${slug.repo}.`);
  try {
    return await repositoryFacts(run.apiUrl, slug, token);
  } catch (error) {
    return unknown(`the GitHub API could not be asked (${(error as Error).message})`);
  }
}

/** SOURCE_DATE_EPOCH, else the payload's head commit, else `git log`, else now (with a warning). */
async function commitTime(
  env: NodeJS.ProcessEnv,
  payload: GitHubRun['payload'],
  sha: string,
  log: Log,
): Promise<string> {
  const fixed = sourceDateEpoch(env);
  if (fixed) return fixed;
  // The head commit's time is GITHUB_SHA's only when its id says so.
  const mergeGroup = payload.merge_group as { head_commit?: HeadCommit | null } | undefined;
  const head = (payload.head_commit as HeadCommit | null | undefined) ?? mergeGroup?.head_commit;
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

/** The branch a pull request (`base.ref`) or a merge queue's group (`base_ref`) merges into. */
function baseBranch(payload: GitHubRun['payload']): string | undefined {
  const pullRequest = payload.pull_request as { base?: { ref?: unknown } } | undefined;
  const group = payload.merge_group as { base_ref?: unknown } | undefined;
  const groupRef = text(group?.base_ref);
  return text(pullRequest?.base?.ref) ?? (groupRef ? describeRef(groupRef).branch : undefined);
}
