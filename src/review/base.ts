// Which published artifact a review compares with: what the reviewer's change would replace.
// `diff-tag` when given; for a Helm chart, its version (src/review/chart-base.ts); otherwise the
// tag a push to the branch the change merges into would move by the promotion rules (`latest`
// for a pull request into the default branch with the default rules), worked out by the same
// plan that push would compute (src/plan/plan.ts).
import type { Context } from '../context/context.js';
import { describeRef } from '../context/ref.js';
import { computePlan, type PlanInput } from '../plan/plan.js';

export interface ReviewBase {
  /** The tag to compare with; undefined when no tag would be moved. */
  tag: string | undefined;
  /** How it was chosen, for the summary: "diff-tag", "what a push to master promotes (…)". */
  why: string;
}

/** The context of a push to `branch` of the same repository: the plan a merge would get. */
function pushTo(branch: string, ctx: Context): Context {
  const ref = `refs/heads/${branch}`;
  return {
    ...ctx,
    eventName: 'push',
    ref,
    ...describeRef(ref),
    gitTag: undefined,
    markedPrerelease: undefined,
    baseBranch: undefined,
  };
}

/**
 * The base of a Flux artifact's review: `diffTag`, else the first tag a push to the base branch
 * (the pull request's, else this run's branch) would promote. Without a branch, or when no rule
 * would promote one, there is no base, and the review says why.
 */
export function selectBase(
  input: PlanInput & { diffTag: string | undefined },
  ctx: Context,
): ReviewBase {
  if (input.diffTag) return { tag: input.diffTag, why: 'diff-tag' };
  const branch = ctx.baseBranch ?? ctx.branch;
  if (!branch) {
    return { tag: undefined, why: `${ctx.ref} is not a branch and no diff-tag is given` };
  }
  let plan;
  try {
    plan = computePlan(input, pushTo(branch, ctx), undefined, { dryRun: false, reason: 'a push' });
  } catch (error) {
    // A tag template a branch push cannot fill ('{{tag}}'): that push would fail, and move nothing.
    return {
      tag: undefined,
      why: `a push to ${branch} would move no tag: ${(error as Error).message}`,
    };
  }
  const rule = plan.rules.find((r) => r.applied && r.tag === plan.promotedTags[0]);
  if (!rule?.tag) {
    return {
      tag: undefined,
      why: `a push to ${branch} would promote no tag by the promote rules; set diff-tag to compare`,
    };
  }
  return { tag: rule.tag, why: `what a push to ${branch} moves ('${rule.rule}')` };
}
