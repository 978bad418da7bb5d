// The Compare phase: is what was built already published? A Flux artifact is compared with the
// `diff-tag` input's tag (change-detection.ts), when given; a Helm chart always with its version's
// tag (helm/published-chart.ts), since a chart version is immutable: held by other content, it is
// refused.
import { resolve } from 'node:path';
import { phase } from '../log.js';
import type { Repository } from '../oci/repository.js';
import type { Plan } from '../plan/plan.js';
import type { Run } from '../run.js';
import { displayPath } from './artifact-errors.js';
import type { Built } from './build-phase.js';
import { compareWithPublished } from './change-detection.js';
import { chartVersionTaken, compareChartWithPublished } from './helm/published-chart.js';
import type { Stored } from './push-phase.js';

/**
 * The published manifest when its content is the same as `built`'s, else undefined (nothing to
 * compare with included): then the push phase pushes it.
 */
export async function comparePhase(
  { inputs, runtime, log }: Run,
  repository: Repository,
  built: Built,
  plan: Plan,
): Promise<Stored | undefined> {
  const chart = 'metadata' in built ? built.metadata : undefined;
  const reference = chart ? plan.primaryTag : inputs.diffTag;
  if (!reference) return undefined;
  const manifest = await phase(log, `Compare with ${reference}`, async () => {
    const { unchanged, manifest, reason } = chart
      ? await compareChartWithPublished(repository, reference, built)
      : await compareWithPublished(repository, reference, built);
    log.info(unchanged ? `unchanged: ${manifest?.digest} (${reason})` : reason);
    if (chart && manifest && !unchanged) {
      const directory = displayPath(resolve(runtime.workspace, inputs.path), runtime.workspace);
      throw chartVersionTaken(chart, `${repository.displayName}:${reference}`, {
        chartFile: directory === '.' ? 'Chart.yaml' : `${directory}/Chart.yaml`,
        input: inputs.chartVersion ? 'chart-version' : 'path',
      });
    }
    return unchanged ? manifest : undefined;
  });
  return manifest && { manifest, pushed: false, unchangedSince: reference };
}
