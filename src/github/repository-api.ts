// One question to the GitHub API, asked only when the event payload cannot answer it: the
// repository's default branch and visibility (`GET /repos/{owner}/{repo}` with the workflow token).
import { getOctokit } from '@actions/github';

export interface RepositoryFacts {
  defaultBranch: string | undefined;
  private: boolean | undefined;
}

/** A context lookup must not hold the job: an API that does not answer within this is skipped. */
const API_TIMEOUT_MS = 10_000;

export async function repositoryFacts(
  apiUrl: string,
  slug: { owner: string; repo: string },
  token: string,
): Promise<RepositoryFacts> {
  const octokit = getOctokit(token, {
    baseUrl: apiUrl,
    request: { signal: AbortSignal.timeout(API_TIMEOUT_MS), retries: 0 },
  });
  const { data } = await octokit.rest.repos.get(slug);
  return {
    defaultBranch: data.default_branch || undefined,
    private: typeof data.private === 'boolean' ? data.private : undefined,
  };
}
