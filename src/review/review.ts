// The review phase: what would change in the published artifact, for a dry run (a pull request's
// check) to show before the merge. Picks the base (src/review/base.ts, chart-base.ts), compares
// (src/artifact/change-detection.ts: the comparison diff-tag makes), and logs the list; the job
// summary and the outputs render the result (src/review/summary-section.ts, report/outputs.ts).
import type { Built } from '../artifact/build-phase.js';
import {
  allFilesNew,
  compareWithPublished,
  type PublishedComparison,
} from '../artifact/change-detection.js';
import { nameStatus } from '../artifact/content-diff.js';
import { UserError, ErrorCode } from '../errors.js';
import { phase, type Log } from '../log.js';
import type { Repository } from '../oci/repository.js';
import type { Run } from '../run.js';
import { selectBase } from './base.js';
import { ownVersionBase, reviewChart } from './chart-base.js';
import { describeBase, reviewOf, type Review } from './review-result.js';

/** The review against the base: every file new when there is none. */
async function compare(run: Run, repository: Repository, built: Built): Promise<Review> {
  if ('metadata' in built) {
    const { base, comparison } = await reviewChart(run, repository, built);
    return reviewOf(base, comparison);
  }
  const base = selectBase(run.inputs, run.context);
  if (base.tag) return reviewOf(base, await compareWithPublished(repository, base.tag, built));
  const changes = await allFilesNew(built);
  return { base, baseDigest: undefined, note: undefined, compared: true, changes };
}

/** Logs what the review found: the base, then the list. */
function logReview(review: Review, log: Log): void {
  log.info(describeBase(review));
  if (!review.compared) return;
  log.info(`${review.changes.length} changed files`);
  if (review.changes.length > 0) log.info(nameStatus(review.changes));
}

/**
 * The review of a run that compared before pushing: with `diff-tag`, or a chart with its
 * version. Logged as the dry run's is; the outputs and summary show it the same way.
 */
export function comparedReview(
  reference: string,
  chart: { version: string } | undefined,
  comparison: PublishedComparison,
  log: Log,
): Review {
  const base = chart
    ? ownVersionBase(reference, chart.version)
    : { tag: reference, why: 'diff-tag' };
  const review = reviewOf(base, comparison);
  logReview(review, log);
  return review;
}

/**
 * Compares what this dry run built with the base. A registry that cannot be read (a fork's pull
 * request has no credentials) leaves the review out with a warning: the dry run still shows its
 * plan. A chart version published with other content fails, as the publish would.
 */
export function reviewPhase(run: Run, repository: Repository, built: Built): Promise<Review> {
  const { log } = run;
  return phase(log, 'Review', async () => {
    let review: Review;
    try {
      review = await compare(run, repository, built);
    } catch (error) {
      if (!(error instanceof UserError) || error.code === ErrorCode.CHART_VERSION_EXISTS)
        throw error;
      log.warning(`Could not compare with the published artifact: ${error.message}`);
      review = {
        base: { tag: undefined, why: '' },
        baseDigest: undefined,
        note: error.message,
        compared: false,
        changes: [],
      };
    }
    logReview(review, log);
    return review;
  });
}
