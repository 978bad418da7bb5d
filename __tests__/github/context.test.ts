import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Context } from '../../src/context/context.js';
import { UserError } from '../../src/errors.js';
import type { RunName } from '../fixtures/events/runs.js';
import {
  FEATURE_SHA,
  MASTER_SHA,
  MERGE_GROUP_SHA,
  OCTO_MASTER_SHA,
  PLATFORM,
  PR_MERGE_SHA,
  runEnv,
  STOREFRONT,
} from '../fixtures/events/runs.js';
import { makeRepo } from '../context/git-repo.js';
import { contextOfRun } from '../support/github-run.js';

/** The context of a run, and the warnings reading it gave. */
async function read(env: NodeJS.ProcessEnv): Promise<{ ctx: Context; warnings: string[] }> {
  const { context, log } = await contextOfRun(env);
  return { ctx: context, warnings: log.at('warning') };
}

const storefront = {
  defaultBranch: 'master',
  repositoryUrl: 'https://github.com/larkspur-labs/storefront-deploy',
  privateRepository: false,
  runNumber: 42,
};
const platform = {
  repositoryUrl: 'https://github.com/larkspur-labs/platform-config',
  privateRepository: true,
  runNumber: 42,
};
const workflowRef = (repository: string, ref: string) =>
  `${repository}/.github/workflows/publish.yml@${ref}`;

const expected: [RunName, Omit<Context, 'commitTime'>][] = [
  [
    'push to the default branch',
    {
      eventName: 'push',
      ref: 'refs/heads/master',
      refName: 'master',
      refType: 'branch',
      branch: 'master',
      sha: MASTER_SHA,
      shortSha: 'fa1abda',
      workflowRef: workflowRef(STOREFRONT, 'refs/heads/master'),
      ...storefront,
    },
  ],
  [
    'push to a feature branch',
    {
      eventName: 'push',
      ref: 'refs/heads/feature/login',
      refName: 'feature/login',
      refType: 'branch',
      branch: 'feature/login',
      sha: FEATURE_SHA,
      shortSha: FEATURE_SHA.slice(0, 7),
      workflowRef: workflowRef(STOREFRONT, 'refs/heads/feature/login'),
      ...storefront,
    },
  ],
  [
    'push of tag v6.1.0',
    {
      eventName: 'push',
      ref: 'refs/tags/v6.1.0',
      refName: 'v6.1.0',
      refType: 'tag',
      gitTag: 'v6.1.0',
      sha: MASTER_SHA,
      shortSha: 'fa1abda',
      workflowRef: workflowRef(STOREFRONT, 'refs/tags/v6.1.0'),
      ...storefront,
    },
  ],
  [
    'pull request opened',
    {
      eventName: 'pull_request',
      ref: 'refs/pull/57/merge',
      refName: '57/merge',
      refType: 'other',
      sha: PR_MERGE_SHA,
      shortSha: PR_MERGE_SHA.slice(0, 7),
      workflowRef: workflowRef(STOREFRONT, 'refs/pull/57/merge'),
      baseBranch: 'master',
      ...storefront,
    },
  ],
  [
    'pull_request_target',
    {
      eventName: 'pull_request_target',
      ref: 'refs/heads/master',
      refName: 'master',
      refType: 'branch',
      branch: 'master',
      sha: MASTER_SHA,
      shortSha: 'fa1abda',
      workflowRef: workflowRef(STOREFRONT, 'refs/heads/master'),
      baseBranch: 'master',
      ...storefront,
    },
  ],
  [
    'workflow_dispatch on main',
    {
      eventName: 'workflow_dispatch',
      ref: 'refs/heads/main',
      refName: 'main',
      refType: 'branch',
      branch: 'main',
      sha: OCTO_MASTER_SHA,
      shortSha: '632882b',
      defaultBranch: 'main',
      workflowRef: workflowRef(PLATFORM, 'refs/heads/main'),
      ...platform,
    },
  ],
  [
    'release published',
    {
      eventName: 'release',
      ref: 'refs/tags/1.4.0',
      refName: '1.4.0',
      refType: 'tag',
      gitTag: '1.4.0',
      markedPrerelease: false,
      sha: MASTER_SHA,
      shortSha: 'fa1abda',
      workflowRef: workflowRef(STOREFRONT, 'refs/tags/1.4.0'),
      ...storefront,
    },
  ],
  [
    'release marked as a pre-release',
    {
      eventName: 'release',
      ref: 'refs/tags/1.5.0',
      refName: '1.5.0',
      refType: 'tag',
      gitTag: '1.5.0',
      markedPrerelease: true,
      sha: MASTER_SHA,
      shortSha: 'fa1abda',
      workflowRef: workflowRef(STOREFRONT, 'refs/tags/1.5.0'),
      ...storefront,
    },
  ],
  [
    'schedule',
    {
      eventName: 'schedule',
      ref: 'refs/heads/main',
      refName: 'main',
      refType: 'branch',
      branch: 'main',
      sha: OCTO_MASTER_SHA,
      shortSha: '632882b',
      defaultBranch: 'main',
      workflowRef: workflowRef(PLATFORM, 'refs/heads/main'),
      ...platform,
    },
  ],
  [
    'merge_group',
    {
      eventName: 'merge_group',
      ref: `refs/heads/gh-readonly-queue/main/pr-61-${OCTO_MASTER_SHA}`,
      refName: `gh-readonly-queue/main/pr-61-${OCTO_MASTER_SHA}`,
      refType: 'branch',
      branch: `gh-readonly-queue/main/pr-61-${OCTO_MASTER_SHA}`,
      sha: MERGE_GROUP_SHA,
      shortSha: '889bfdd',
      defaultBranch: 'main',
      workflowRef: workflowRef(
        PLATFORM,
        `refs/heads/gh-readonly-queue/main/pr-61-${OCTO_MASTER_SHA}`,
      ),
      baseBranch: 'main',
      ...platform,
    },
  ],
  [
    'create of a tag',
    {
      eventName: 'create',
      ref: 'refs/tags/snapshot-0318',
      refName: 'snapshot-0318',
      refType: 'tag',
      gitTag: 'snapshot-0318',
      sha: MASTER_SHA,
      shortSha: 'fa1abda',
      workflowRef: workflowRef(STOREFRONT, 'refs/tags/snapshot-0318'),
      ...storefront,
    },
  ],
];

describe('the context of an Actions run', () => {
  test.each(expected)('%s', async (run, context) => {
    const { commitTime, ...rest } = (await read(runEnv(run))).ctx;
    expect(commitTime).toMatch(/Z$/);
    expect(JSON.parse(JSON.stringify(rest))).toEqual(context);
  });

  test("a release's ref is the release's tag, whatever GITHUB_REF says", async () => {
    const env = runEnv('release published', { GITHUB_REF: 'refs/heads/master' });
    const { ctx } = await read(env);
    expect([ctx.ref, ctx.gitTag, ctx.refType]).toEqual(['refs/tags/1.4.0', '1.4.0', 'tag']);
  });

  test('a scheduled run whose payload lacks the repository runs on the default branch', async () => {
    const { ctx } = await read(runEnv('schedule with a pre-2022 payload'));
    expect([ctx.branch, ctx.defaultBranch, ctx.privateRepository]).toEqual([
      'main',
      'main',
      undefined,
    ]);
  });

  test('the repository URL follows GITHUB_SERVER_URL (GitHub Enterprise)', async () => {
    const env = runEnv('push to the default branch', {
      GITHUB_SERVER_URL: 'https://git.example.com/',
    });
    const { ctx } = await read(env);
    expect(ctx.repositoryUrl).toBe('https://git.example.com/larkspur-labs/storefront-deploy');
  });

  test('a push that deleted its ref is refused: there is nothing to publish', async () => {
    const failure = read(runEnv('push deleting a tag'));
    await expect(failure).rejects.toThrow(UserError);
    await expect(failure).rejects.toThrow(/deleted refs\/tags\/old-snapshot/);
  });

  test('outside Actions it says to use the CLI', async () => {
    await expect(read({})).rejects.toMatchObject({
      code: 'NOT_IN_ACTIONS',
      message: expect.stringMatching(/command-line interface/) as unknown,
    });
  });

  test('an unreadable payload is a warning, not a failure', async () => {
    const env = runEnv('push to the default branch', {
      GITHUB_EVENT_PATH: '/nonexistent/event.json',
      SOURCE_DATE_EPOCH: '0',
    });
    const { ctx, warnings } = await read(env);
    expect(ctx.branch).toBe('master');
    expect(ctx.defaultBranch).toBeUndefined();
    expect(warnings).toEqual([expect.stringContaining('/nonexistent/event.json')]);
  });
});

describe('the commit time', () => {
  test("is the push's head commit time, in UTC", async () => {
    const { ctx } = await read(runEnv('push to a feature branch'));
    expect(ctx.commitTime).toBe('2025-03-18T14:41:07Z');
  });

  test('of an annotated tag push is the tagged commit time', async () => {
    const { ctx } = await read(runEnv('push of tag v6.1.0'));
    expect(ctx.commitTime).toBe('2025-03-14T09:26:53Z');
  });

  test('comes from git when the payload has no head commit', async () => {
    const repo = makeRepo();
    const sha = repo.commit('release', '2024-05-13T15:56:21+02:00');
    const env = runEnv('release published', { GITHUB_SHA: sha, GITHUB_WORKSPACE: repo.dir });
    const { ctx, warnings } = await read(env);
    expect(ctx.commitTime).toBe('2024-05-13T13:56:21Z');
    expect(warnings).toEqual([]);
  });

  test('ignores a head commit that is not GITHUB_SHA', async () => {
    // merge_group.json's head_commit.id differs from its head_sha; the time would be another's.
    const { ctx, warnings } = await read(runEnv('merge_group'));
    expect(ctx.commitTime).not.toBe('2025-03-20T11:05:42Z');
    expect(warnings).toHaveLength(1);
  });

  test('is the current time, with a warning, when nothing knows it', async () => {
    const before = Math.floor(Date.now() / 1000) * 1000;
    const { ctx, warnings } = await read(runEnv('workflow_dispatch on main'));
    expect(Date.parse(ctx.commitTime)).toBeGreaterThanOrEqual(before);
    expect(ctx.commitTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(warnings).toEqual([expect.stringContaining(`commit ${OCTO_MASTER_SHA}`)]);
  });

  test('is SOURCE_DATE_EPOCH when set, over the payload', async () => {
    const env = runEnv('push to a feature branch', { SOURCE_DATE_EPOCH: '1715608581' });
    const { ctx } = await read(env);
    expect(ctx.commitTime).toBe('2024-05-13T13:56:21Z');
  });

  test('refuses a SOURCE_DATE_EPOCH that is not whole seconds', async () => {
    const env = runEnv('push to a feature branch', { SOURCE_DATE_EPOCH: '1715608581.5' });
    await expect(read(env)).rejects.toMatchObject({
      code: 'ENV_INVALID',
      message: expect.stringContaining("SOURCE_DATE_EPOCH='1715608581.5'") as unknown,
    });
  });
});

describe('what the payload does not say', () => {
  /** A stand-in for the GitHub REST API: `GET /repos/{owner}/{repo}`, and what it was asked. */
  let api: Server;
  let apiUrl: string;
  const asked: { path: string; authorization: string | undefined }[] = [];
  let answer: 'repository' | 'silence' = 'repository';
  beforeAll(async () => {
    api = createServer((req, res) => {
      asked.push({ path: req.url ?? '', authorization: req.headers.authorization });
      if (answer === 'silence') return; // never answers
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ full_name: PLATFORM, default_branch: 'main', private: true }));
    });
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    api.closeAllConnections();
    api.close();
  });

  const legacySchedule = () =>
    runEnv('schedule with a pre-2022 payload', { GITHUB_API_URL: apiUrl, SOURCE_DATE_EPOCH: '0' });
  const needsVisibility = { defaultBranch: true, visibility: true };

  test('is asked of the GitHub API once, with the workflow token, when this run needs it', async () => {
    asked.length = 0;
    const { context, log } = await contextOfRun(legacySchedule(), {
      needs: needsVisibility,
      token: 'ghs_context-test',
    });
    expect([context.defaultBranch, context.privateRepository]).toEqual(['main', true]);
    expect(asked).toEqual([
      { path: `/repos/${PLATFORM}`, authorization: 'token ghs_context-test' },
    ]);
    expect(log.at('warning')).toEqual([]);
  });

  test('is not asked when the payload says it', async () => {
    asked.length = 0;
    const env = runEnv('schedule', { GITHUB_API_URL: apiUrl, SOURCE_DATE_EPOCH: '0' });
    const { context } = await contextOfRun(env, { needs: needsVisibility, token: 'ghs_x' });
    expect(context.privateRepository).toBe(true);
    expect(asked).toEqual([]);
  });

  test('is not asked when the run does not need it', async () => {
    asked.length = 0;
    const { context } = await contextOfRun(legacySchedule(), { token: 'ghs_x' });
    expect(context.privateRepository).toBeUndefined();
    expect(asked).toEqual([]);
  });

  test('unknown when the API cannot be reached: a warning naming what is missing', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const env = runEnv('schedule with a pre-2022 payload', {
      GITHUB_API_URL: `http://127.0.0.1:${port}`,
      SOURCE_DATE_EPOCH: '0',
    });
    const { context, log } = await contextOfRun(env, { needs: needsVisibility, token: 'ghs_x' });
    expect(context.privateRepository).toBeUndefined();
    expect(log.at('warning')).toEqual([
      expect.stringMatching(/does not say whether it is private.*could not be asked/),
    ]);
  });

  test('unknown when the API does not answer, after seconds, not a hang', async () => {
    answer = 'silence';
    try {
      const started = Date.now();
      const { context, log } = await contextOfRun(legacySchedule(), {
        needs: needsVisibility,
        token: 'ghs_x',
      });
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(context.privateRepository).toBeUndefined();
      expect(log.at('warning').join('\n')).toMatch(/whether it is private/);
    } finally {
      answer = 'repository';
    }
  }, 20_000);

  test('unknown without a token, saying so', async () => {
    const { log } = await contextOfRun(legacySchedule(), { needs: needsVisibility });
    expect(log.at('warning')).toEqual([expect.stringContaining("no 'github-token'")]);
  });
});
