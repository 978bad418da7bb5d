// The Plan phase: the tags this run publishes under, the promotions and why (plan.ts decides,
// without I/O), with the repository's tags when a `highest` rule needs them. It is logged here;
// a dry run pushes nothing after it (it builds and reviews: review/review.ts), and the summary
// (report/summary.ts) shows the same plan.
import { phase } from '../log.js';
import type { Log } from '../log.js';
import type { Repository } from '../oci/repository.js';
import type { Run } from '../run.js';
import { decideDryRun } from './dry-run.js';
import {
  computePlan,
  describePlan,
  planNeedsTagList,
  type Plan,
  type PlannedChart,
} from './plan.js';

/**
 * The tags `highest` compares against. A dry run (a fork's pull request, often without
 * credentials) still shows its plan when the registry refuses the listing: those rules are then
 * skipped, and the plan says why.
 */
async function listTagsForPlan(
  repository: Repository,
  dryRun: boolean,
  log: Log,
): Promise<string[] | undefined> {
  try {
    return await repository.listTags();
  } catch (error) {
    if (!dryRun) throw error;
    log.warning(`Could not list the repository's tags for the plan: ${(error as Error).message}`);
    return undefined;
  }
}

/** The plan for `repository`; `chart`, when publishing a Helm chart, gives its version's tag. */
export function planPhase(
  { inputs, context, log }: Run,
  repository: Repository,
  chart: PlannedChart | undefined,
): Promise<Plan> {
  return phase(log, 'Plan', async () => {
    const dryRun = decideDryRun(inputs.dryRun, context);
    const existingTags = planNeedsTagList(inputs, context)
      ? await listTagsForPlan(repository, dryRun.dryRun, log)
      : undefined;
    const plan = computePlan(inputs, context, existingTags, dryRun, chart);
    for (const line of describePlan(plan)) log.info(line);
    for (const notice of plan.notices) log.notice(notice);
    return plan;
  });
}
