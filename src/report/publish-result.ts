// The result the entries report (outputs, summary), from what the phases returned. A dry run's
// and a publish's come from the same plan phase's value, so both show the same plan.
import type { Plan } from '../plan/plan.js';
import type { Review } from '../review/review-result.js';
import type { PublishResult, SignatureReport, Target } from './result.js';

/** What is known once the plan is made, a dry run included. */
export interface Planned {
  plan: Plan;
  target: Target;
  source: string | undefined;
  revision: string;
  /** A dry run's review: what would change in the published artifact (src/review/review.ts). */
  review?: Review;
}

/** What a publish (not a dry run) did. */
export interface Published {
  digest: string;
  tags: string[];
  pushed: boolean;
  unchangedSince: string | undefined;
  size: number;
  fileCount: number;
  signature: SignatureReport | undefined;
  /** What differs from `diff-tag`'s artifact or the chart's version, when compared. */
  review: Review | undefined;
}

/** The result of a dry run (`published` undefined: nothing was written), or a publish. */
export function publishResult(planned: Planned, published?: Published): PublishResult {
  return published
    ? { ...planned, ...published }
    : {
        ...planned,
        digest: undefined,
        tags: [],
        pushed: false,
        unchangedSince: undefined,
        size: undefined,
        fileCount: undefined,
        signature: undefined,
      };
}
