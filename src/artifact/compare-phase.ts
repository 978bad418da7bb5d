// The Compare phase: is what was built already published? A Flux artifact is compared with the
// `diff-tag` input's tag (change-detection.ts), when given; a Helm chart always with its version's
// tag (helm/published-chart.ts), since a chart version is immutable: held by other content, it is
// refused. What differs is the run's review (src/review/), in its outputs and summary.
import { phase } from '../log.js';
import type { Repository } from '../oci/repository.js';
import type { Plan } from '../plan/plan.js';
import type { Review } from '../review/review-result.js';
import { comparedReview } from '../review/review.js';
import type { Run } from '../run.js';
import type { Built } from './build-phase.js';
import { compareWithPublished } from './change-detection.js';
import { chartVersionTaken, compareChartWithPublished } from './helm/published-chart.js';
import type { Stored } from './push-phase.js';

/** What the compare phase found: the manifest to tag when unchanged, and what differs. */
export interface Compared {
  /** The published manifest when its content is `built`'s: then nothing is pushed. */
  unchanged: Stored | undefined;
  review: Review;
}

/**
 * What `built` has that the published artifact has not; undefined when there is nothing to
 * compare with (no diff-tag): then the push phase pushes it.
 */
export async function comparePhase(
  run: Run,
  repository: Repository,
  built: Built,
  plan: Plan,
): Promise<Compared | undefined> {
  const { inputs, log } = run;
  const chart = 'metadata' in built ? built.metadata : undefined;
  const reference = chart ? plan.primaryTag : inputs.diffTag;
  if (!reference) return undefined;
  return phase(log, `Compare with ${reference}`, async () => {
    const comparison = chart
      ? await compareChartWithPublished(repository, reference, built)
      : await compareWithPublished(repository, reference, built);
    const { unchanged, manifest, reason } = comparison;
    log.info(unchanged ? `unchanged: ${manifest?.digest} (${reason})` : reason);
    if (chart && manifest && !unchanged) {
      throw chartVersionTaken(chart, `${repository.displayName}:${reference}`, run);
    }
    return {
      unchanged:
        unchanged && manifest ? { manifest, pushed: false, unchangedSince: reference } : undefined,
      review: comparedReview(reference, chart, comparison, log),
    };
  });
}
