import { describe, expect, test } from 'vitest';
import { UserError } from '../../src/errors.js';
import { DEFAULT_PROMOTE } from '../../src/inputs.js';
import type { DryRunMode } from '../../src/plan/dry-run.js';
import type { Plan, PlanInput } from '../../src/plan/plan.js';
import { computePlan, describePlan, planNeedsTagList } from '../../src/plan/plan.js';
import { parsePromoteRules } from '../../src/plan/promote-rules.js';
import { parseTagTemplate } from '../../src/plan/tag-template.js';
import { contextAt } from '../context/context-at.js';
import type { RunName } from '../fixtures/events/runs.js';
import { FEATURE_SHA, PR_MERGE_SHA, runEnv } from '../fixtures/events/runs.js';
import { contextOfRun } from '../support/github-run.js';

interface PlanOptions {
  tag?: string;
  promote?: string;
  dryRun?: DryRunMode;
  existingTags?: string[];
}

/** The plan's inputs as `parseInputs` hands them over, from the text a user writes. */
function typed(input: { tag?: string; promote: string; dryRun: DryRunMode }): PlanInput {
  return {
    tagTemplate: parseTagTemplate(input.tag ?? ''),
    promoteRules: parsePromoteRules(input.promote),
    dryRun: input.dryRun,
  };
}

async function planFor(run: RunName, options: PlanOptions = {}): Promise<Plan> {
  // A fixed commit time keeps these runs off git: the plan does not depend on it.
  const ctx = (await contextOfRun(runEnv(run, { SOURCE_DATE_EPOCH: '0' }))).context;
  return computePlan(
    typed({
      tag: options.tag,
      promote: options.promote ?? DEFAULT_PROMOTE,
      dryRun: options.dryRun ?? 'auto',
    }),
    ctx,
    options.existingTags ?? [],
  );
}

const STABLE = 'stable: semver=*, prerelease=false, highest=true';

describe('with the default rules', () => {
  test.each<[RunName, string[], string, string[], boolean]>([
    ['push to the default branch', [], 'fa1abda', ['latest'], false],
    ['push to a feature branch', [], FEATURE_SHA.slice(0, 7), [], false],
    ['push of tag v6.1.0', [], 'v6.1.0', ['stable'], false],
    ['push of tag v6.1.0', ['v6.0.5', 'v6.1.0', 'stable', 'latest'], 'v6.1.0', ['stable'], false],
    ['push of tag v6.1.0', ['v6.2.0-rc.1'], 'v6.1.0', ['stable'], false],
    ['push of tag v6.2.0-rc.1', [], 'v6.2.0-rc.1', [], false],
    ['push of tag v6.0.5', ['v6.1.0', 'stable'], 'v6.0.5', [], false],
    ['release published', [], '1.4.0', ['stable'], false],
    ['release marked as a pre-release', [], '1.5.0', [], false],
    ['pull request opened', [], PR_MERGE_SHA.slice(0, 7), [], true],
    ['pull request synchronized', [], PR_MERGE_SHA.slice(0, 7), [], true],
    ['pull_request_target', [], 'fa1abda', ['latest'], true],
    ['merge_group', [], '889bfdd', [], true],
    ['workflow_dispatch on main', [], '632882b', ['latest'], false],
    ['schedule', [], '632882b', ['latest'], false],
    ['schedule with a pre-2022 payload', [], '632882b', ['latest'], false],
    ['create of a tag', [], 'snapshot-0318', [], false],
  ])(
    '%s (tags already there: %j) → %s + %j, dry-run %s',
    async (run, existing, primary, promoted, dry) => {
      const plan = await planFor(run, { existingTags: existing });
      expect([plan.primaryTag, plan.promotedTags, plan.dryRun]).toEqual([primary, promoted, dry]);
    },
  );

  test('a push to the default branch explains both rules', async () => {
    const plan = await planFor('push to the default branch');
    expect(plan.rules).toEqual([
      {
        rule: 'latest: branch={{default_branch}}',
        tag: 'latest',
        applied: true,
        reason: 'branch master matches {{default_branch}} (master)',
      },
      { rule: STABLE, applied: false, reason: 'refs/heads/master is not a Git tag' },
    ]);
  });

  test.each<[RunName, string, string[]]>([
    [
      'push to a feature branch',
      'branch feature/login does not match {{default_branch}} (master)',
      [],
    ],
    ['push of tag v6.2.0-rc.1', 'v6.2.0-rc.1 is a prerelease', []],
    ['push of tag v6.0.5', 'v6.0.5 is lower than v6.1.0 in the repository', ['v6.1.0']],
    ['release marked as a pre-release', 'release 1.5.0 is marked as a pre-release', []],
    ['create of a tag', 'Git tag snapshot-0318 is not a semver version', []],
  ])('%s: a rule is skipped because "%s"', async (run, reason, existing) => {
    const plan = await planFor(run, { existingTags: existing });
    expect(plan.rules.map((r) => r.reason)).toContain(reason);
  });

  test('a new release explains why it became stable', async () => {
    const plan = await planFor('push of tag v6.1.0', { existingTags: ['v6.0.5'] });
    expect(plan.rules[1]).toEqual({
      rule: STABLE,
      tag: 'stable',
      applied: true,
      reason:
        'v6.1.0 is in range *; v6.1.0 is not a prerelease; v6.1.0 is the highest version in the repository',
    });
  });

  test('highest never promotes when the repository tags were not listed', async () => {
    const ctx = (await contextOfRun(runEnv('push of tag v6.1.0', { SOURCE_DATE_EPOCH: '0' })))
      .context;
    const plan = computePlan(typed({ promote: DEFAULT_PROMOTE, dryRun: 'auto' }), ctx);
    expect(plan.promotedTags).toEqual([]);
    expect(plan.rules[1]?.reason).toMatch(/tags were not listed/);
  });

  test('a release with build metadata compares by version against `_`-spelled registry tags', () => {
    const ctx = contextAt('refs/tags/v1.0.0+build.2');
    const plan = computePlan(typed({ promote: DEFAULT_PROMOTE, dryRun: 'auto' }), ctx, [
      'v1.1.0_build.1',
    ]);
    expect(plan.primaryTag).toBe('v1.0.0_build.2');
    expect(plan.rules[1]?.reason).toBe(
      'v1.0.0+build.2 is lower than v1.1.0_build.1 in the repository',
    );
  });
});

describe('dry-run', () => {
  test.each<[RunName, DryRunMode, boolean, RegExp]>([
    ['push to the default branch', 'auto', false, /auto and this is a push event/],
    ['pull request opened', 'auto', true, /fork/],
    ['pull_request_target', 'auto', true, /not merged yet/],
    ['merge_group', 'auto', true, /merge queue/],
    ['pull request opened', 'false', false, /dry-run is false/],
    ['push to the default branch', 'true', true, /dry-run is true/],
  ])('%s with %s → %s', async (run, mode, dryRun, reason) => {
    const plan = await planFor(run, { dryRun: mode });
    expect(plan.dryRun).toBe(dryRun);
    expect(plan.dryRunReason).toMatch(reason);
  });
});

describe('the tag input', () => {
  test('a template fills in the branch, made tag-safe, with a notice', async () => {
    const plan = await planFor('push to a feature branch', { tag: '{{branch}}-{{short_sha}}' });
    expect(plan.primaryTag).toBe(`feature-login-${FEATURE_SHA.slice(0, 7)}`);
    expect(plan.notices).toEqual([
      "{{branch}} is 'feature/login', which an OCI tag cannot hold; '{{branch}}-{{short_sha}}' uses 'feature-login' instead.",
    ]);
  });

  test('versions fill in from a semver tag', async () => {
    const plan = await planFor('push of tag v6.2.0-rc.1', {
      tag: '{{version}}',
      promote: '{{major}}.{{minor}}: semver=>=6\n{{major}}: semver=>=6, prerelease=false',
    });
    expect([plan.primaryTag, plan.promotedTags]).toEqual(['6.2.0-rc.1', ['6.2']]);
  });

  test('a placeholder without a value here is an error naming the input and the template', async () => {
    const failure = planFor('push to the default branch', { tag: 'v{{version}}' });
    await expect(failure).rejects.toThrow(UserError);
    await expect(failure).rejects.toThrow(
      "Input 'tag': 'v{{version}}' cannot be filled in here: {{version}} has no value: refs/heads/master is not a Git tag.",
    );
  });

  test('the run number is there for build tags', async () => {
    const plan = await planFor('push to a feature branch', { tag: 'build-{{run_number}}' });
    expect(plan.primaryTag).toBe('build-42');
  });
});

describe('custom rules', () => {
  test('a rule naming the primary tag applies but adds no second tag', async () => {
    const plan = await planFor('push of tag v6.1.0', { promote: '{{tag}}: tag=v*' });
    expect(plan.promotedTags).toEqual([]);
    expect(plan.rules[0]).toMatchObject({
      applied: true,
      reason: expect.stringMatching(/same tag as the primary/) as unknown,
    });
  });

  test('two rules naming one tag promote it once', async () => {
    const plan = await planFor('push to the default branch', {
      promote: 'edge: branch=master\nedge: event=push',
    });
    expect(plan.promotedTags).toEqual(['edge']);
    expect(plan.rules[1]?.reason).toMatch(/already promoted by an earlier rule/);
  });

  test('globs may list alternatives with commas', async () => {
    const plan = await planFor('push to the default branch', {
      promote: 'latest: branch={main,master}, event=push',
    });
    expect(plan.promotedTags).toEqual(['latest']);
  });

  test("branch globs do not cross '/' unless written with **", async () => {
    const plan = await planFor('push to a feature branch', {
      promote: 'one: branch=feature*\nall: branch=feature/**',
    });
    expect(plan.promotedTags).toEqual(['all']);
  });

  test('a default branch whose name holds glob characters matches only itself', () => {
    const input = typed({ promote: 'latest: branch={{default_branch}}', dryRun: 'auto' });
    const ctx = contextAt('refs/heads/release-{1,2}', { defaultBranch: 'release-{1,2}' });
    expect(computePlan(input, ctx).promotedTags).toEqual(['latest']);
    const sibling = {
      ...ctx,
      ref: 'refs/heads/release-1',
      refName: 'release-1',
      branch: 'release-1',
    };
    expect(computePlan(input, sibling).promotedTags).toEqual([]);
  });

  test('an unknown default branch skips the latest rule, saying how to set it locally', () => {
    const ctx = contextAt('refs/heads/main', { eventName: 'local', defaultBranch: undefined });
    const plan = computePlan(typed({ promote: DEFAULT_PROMOTE, dryRun: 'auto' }), ctx);
    expect(plan.rules[0]?.reason).toBe(
      "{{default_branch}} has no value: the default branch is not known (set it with 'git remote set-head origin --auto')",
    );
  });

  test('a rule whose tag cannot be filled in is skipped with the reason', async () => {
    const plan = await planFor('push to the default branch', { promote: 'v{{major}}: event=*' });
    expect(plan.rules[0]).toEqual({
      rule: 'v{{major}}: event=*',
      applied: false,
      reason: '{{major}} has no value: refs/heads/master is not a Git tag',
    });
  });
});

describe('a Helm chart', () => {
  const shop = { name: 'shop', version: '1.4.2+build.5', tag: '1.4.2_build.5' };
  const ctx = async (run: RunName) =>
    (await contextOfRun(runEnv(run, { SOURCE_DATE_EPOCH: '0' }))).context;

  test.each<RunName>(['push to the default branch', 'push of tag v6.1.0', 'pull request opened'])(
    'is published under its version tag on %s, whatever the ref',
    async (run) => {
      const plan = computePlan(
        typed({ promote: '', dryRun: 'auto' }),
        await ctx(run),
        [],
        undefined,
        shop,
      );
      expect(plan.chart).toEqual({ name: 'shop', version: '1.4.2+build.5' });
      expect(plan.primaryTag).toBe('1.4.2_build.5');
      expect(plan.promotedTags).toEqual([]);
    },
  );

  test('is promoted by the rules it is given', async () => {
    const plan = computePlan(
      typed({ promote: 'stable: semver=*, prerelease=false', dryRun: 'auto' }),
      await ctx('push of tag v6.1.0'),
      [],
      undefined,
      shop,
    );
    expect(plan.promotedTags).toEqual(['stable']);
  });

  test('reads as log lines naming the chart and the absence of rules', async () => {
    const plan = computePlan(
      typed({ promote: '', dryRun: 'auto' }),
      await ctx('push to the default branch'),
      [],
      undefined,
      shop,
    );
    expect(describePlan(plan)).toEqual([
      'Chart: shop 1.4.2+build.5',
      'Tag: 1.4.2_build.5',
      'Promote: no rules',
      'Dry run: no (dry-run is auto and this is a push event)',
    ]);
  });
});

test('the plan reads as log lines', async () => {
  const plan = await planFor('push of tag v6.2.0-rc.1');
  expect(describePlan(plan)).toEqual([
    'Tag: v6.2.0-rc.1',
    "Skip 'latest: branch={{default_branch}}': refs/tags/v6.2.0-rc.1 is not a branch",
    `Skip '${STABLE}': v6.2.0-rc.1 is a prerelease`,
    'Dry run: no (dry-run is auto and this is a push event)',
  ]);
});

describe('when the plan needs the repository tag list', () => {
  const needs = async (run: RunName, promote = DEFAULT_PROMOTE) =>
    planNeedsTagList(
      typed({ promote, dryRun: 'auto' }),
      (await contextOfRun(runEnv(run, { SOURCE_DATE_EPOCH: '0' }))).context,
    );

  test('a release tag with the default rules needs it (highest=true may apply)', async () => {
    expect(await needs('push of tag v6.1.0')).toBe(true);
  });

  test('a branch push does not: the stable rule fails on its other conditions first', async () => {
    expect(await needs('push to the default branch')).toBe(false);
  });

  test('a prerelease tag does not: prerelease=false already fails', async () => {
    expect(await needs('push of tag v6.2.0-rc.1')).toBe(false);
  });

  test('rules without highest never do', async () => {
    expect(await needs('push of tag v6.1.0', 'latest: branch=main\nstable: semver=*')).toBe(false);
  });
});
