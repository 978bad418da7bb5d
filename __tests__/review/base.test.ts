// Which published artifact a dry run's review compares with: what the change would replace.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROMOTE } from '../../src/inputs.js';
import { selectBase } from '../../src/review/base.js';
import { previousVersionTag } from '../../src/review/chart-base.js';
import { parsePromoteRules } from '../../src/plan/promote-rules.js';
import { parseTagTemplate } from '../../src/plan/tag-template.js';
import type { RunName } from '../fixtures/events/runs.js';
import { runEnv } from '../fixtures/events/runs.js';
import { contextOfRun } from '../support/github-run.js';

async function baseFor(
  run: RunName,
  options: { promote?: string; tag?: string; diffTag?: string } = {},
) {
  const { context } = await contextOfRun(runEnv(run, { SOURCE_DATE_EPOCH: '0' }));
  return selectBase(
    {
      tagTemplate: parseTagTemplate(options.tag ?? ''),
      promoteRules: parsePromoteRules(options.promote ?? DEFAULT_PROMOTE),
      dryRun: 'auto',
      diffTag: options.diffTag,
    },
    context,
  );
}

describe('selectBase', () => {
  it('is latest for a pull request into the default branch, with the default rules', async () => {
    expect(await baseFor('pull request opened')).toEqual({
      tag: 'latest',
      why: "what a push to master moves ('latest: branch={{default_branch}}')",
    });
  });

  it('is diff-tag when given', async () => {
    expect(await baseFor('pull request opened', { diffTag: 'production' })).toEqual({
      tag: 'production',
      why: 'diff-tag',
    });
  });

  it('is the tag the promote rules move for the base branch', async () => {
    const promote = 'edge: branch=master\nlatest: branch=release';
    expect((await baseFor('pull request opened', { promote })).tag).toBe('edge');
  });

  it('is none, with the reason, when a push to the base branch would move no tag', async () => {
    expect(await baseFor('pull request opened', { promote: '' })).toEqual({
      tag: undefined,
      why: 'a push to master would promote no tag by the promote rules; set diff-tag to compare',
    });
  });

  it("is what this run's own branch moves on a dry run outside a pull request", async () => {
    expect((await baseFor('push to the default branch')).tag).toBe('latest');
  });
});

describe('previousVersionTag', () => {
  it('is the highest published version below the chart version, `_` read as `+`', () => {
    const tags = ['0.1.0', '0.3.0', '0.2.0_build.1', 'latest', '0.2.0-rc.1'];
    expect(previousVersionTag(tags, '0.2.1')).toBe('0.2.0_build.1');
  });

  it('is none when no version below is published', () => {
    expect(previousVersionTag(['1.0.0', 'latest'], '0.9.0')).toBeUndefined();
  });
});
