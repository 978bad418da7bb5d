// The Tag phase, which promotes: the primary tag, then the plan's promotions, moved to the stored
// manifest once it and its signatures are in the repository (move-tags.ts).
import { phase } from '../log.js';
import type { Stored } from '../artifact/push-phase.js';
import type { Repository } from '../oci/repository.js';
import type { Plan } from '../plan/plan.js';
import type { Run } from '../run.js';
import { moveTags } from './move-tags.js';

/** Returns the tags that now point at `stored.manifest`. */
export function promotePhase(
  { log }: Run,
  repository: Repository,
  stored: Stored,
  plan: Plan,
): Promise<string[]> {
  return phase(log, 'Tag', () =>
    moveTags(
      repository,
      stored.manifest,
      [plan.primaryTag, ...plan.promotedTags],
      log,
      stored.unchangedSince,
    ),
  );
}
