// A Helm chart's review. Its version is its tag, and versions are immutable: when the version is
// published, the review is the check a real publish makes (the same content is no change, other
// content is the error that publish would stop at, "bump the version", shown before the merge);
// when it is not (a bump), the chart is compared with the highest version published below it,
// which is what the bump replaces for `helm upgrade` and Flux's semver ranges.
import { SemVer } from 'semver';
import type { PublishedComparison } from '../artifact/change-detection.js';
import type { BuiltChart } from '../artifact/helm/build-chart.js';
import { chartVersionTaken, compareChartWithPublished } from '../artifact/helm/published-chart.js';
import type { Repository } from '../oci/repository.js';
import { versionOfTag } from '../plan/version.js';
import type { Run } from '../run.js';
import type { ReviewBase } from './base.js';

/** The highest tag in `tags` naming a version lower than `version`, or undefined. */
export function previousVersionTag(tags: readonly string[], version: string): string | undefined {
  const current = new SemVer(version);
  let best: { tag: string; version: SemVer } | undefined;
  for (const tag of tags) {
    const candidate = versionOfTag(tag);
    if (!candidate || candidate.compare(current) >= 0) continue;
    if (!best || candidate.compare(best.version) > 0) best = { tag, version: candidate };
  }
  return best?.tag;
}

/** The base of a chart compared with its own version: what a publish checks it against. */
export function ownVersionBase(tag: string, version: string): ReviewBase {
  return { tag, why: `the chart's version, ${version}` };
}

export async function reviewChart(
  run: Run,
  repository: Repository,
  chart: BuiltChart,
): Promise<{ base: ReviewBase; comparison: PublishedComparison }> {
  const { name, version } = chart.metadata;
  const own = await compareChartWithPublished(repository, chart.tag, chart);
  if (own.manifest) {
    if (!own.unchanged) {
      throw chartVersionTaken(chart.metadata, `${repository.displayName}:${chart.tag}`, run);
    }
    return { base: ownVersionBase(chart.tag, version), comparison: own };
  }
  const previous = previousVersionTag(await repository.listTags(), version);
  if (!previous) {
    return {
      base: { tag: undefined, why: `no version of ${name} below ${version} is published yet` },
      comparison: own,
    };
  }
  return {
    base: { tag: previous, why: `the highest version of ${name} published below ${version}` },
    comparison: await compareChartWithPublished(repository, previous, chart),
  };
}
