// Is this chart version already published with the same content? Charts are immutable by
// convention (and `helm push` silently overwrites), so the flow refuses a version published with
// other content and treats the same content as done. The same content means the same files with
// the same bytes, whichever tool wrote the archive: a chart `helm push`ed from `helm package`
// counts as the same as ours, whatever the times in its tar.
import { resolve } from 'node:path';
import { UserError, ErrorCode } from '../../errors.js';
import { displayPath } from '../artifact-errors.js';
import type { Repository } from '../../oci/repository.js';
import {
  compareWithPublished,
  type ComparableArtifact,
  type PublishedComparison,
} from '../change-detection.js';
import { HELM_CHART_CONTENT_MEDIA_TYPE } from './helm-format.js';

/** What a chart's manifest holds its files in, for the comparisons. */
const HELM_CHART_CONTENT = {
  mediaType: HELM_CHART_CONTENT_MEDIA_TYPE,
  kind: 'a Helm chart',
};

/**
 * Compares `built` with what `repository` holds at `tag`. No `manifest` in the answer: nothing is
 * published there; `unchanged` false with a `manifest`: another chart holds the version.
 */
export function compareChartWithPublished(
  repository: Repository,
  tag: string,
  built: ComparableArtifact,
): Promise<PublishedComparison> {
  return compareWithPublished(repository, tag, built, HELM_CHART_CONTENT);
}

/**
 * Where the version to bump comes from: the `path` input's Chart.yaml, or `chart-version`. A run
 * (src/run.ts) is one; named here by shape, since run.ts depends on the inputs, which depend on
 * this folder.
 */
export interface ChartVersionSource {
  inputs: { path: string; chartVersion: unknown };
  runtime: { workspace: string };
}

/** Refuses `chart` at `reference` when another chart already holds that version. */
export function chartVersionTaken(
  chart: { name: string; version: string },
  reference: string,
  { inputs, runtime: { workspace } }: ChartVersionSource,
): UserError {
  const directory = displayPath(resolve(workspace, inputs.path), workspace);
  const fix = {
    chartFile: directory === '.' ? 'Chart.yaml' : `${directory}/Chart.yaml`,
    input: inputs.chartVersion ? 'chart-version' : 'path',
  };
  const where =
    fix.input === 'path' ? `'version' in ${fix.chartFile}` : `the version '${fix.input}' gives`;
  return new UserError(
    ErrorCode.CHART_VERSION_EXISTS,
    `${chart.name} ${chart.version} is already published at ${reference} with other content, ` +
      `and nothing was pushed: chart versions are immutable, since Helm and Flux fetch a ` +
      `version once and keep it. Bump ${where} to publish this content.`,
    { input: fix.input },
  );
}
