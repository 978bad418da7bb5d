// The Build phase, for both kinds: a Flux artifact (build.ts), or a Helm chart packaged as
// `helm package` does (helm/build-chart.ts, loaded only for charts, so that Flux artifacts' runs
// never load Helm's YAML reading). Also what the build needs first (the path, checked before the
// first network call, and the provenance annotations), and where a chart goes: its name decides
// its repository, which is why main.ts builds a chart before it opens the repository and plans.
import { access } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { defaultRevision, defaultSource } from '../context/context.js';
import { inputError } from '../errors.js';
import { registryTarget } from '../inputs.js';
import { formatBytes, phase } from '../log.js';
import type { Location } from '../oci/location.js';
import type { PlannedChart } from '../plan/plan.js';
import { chartVersionOverrides } from '../plan/chart-versions.js';
import type { Target } from '../report/result.js';
import type { Run } from '../run.js';
import { buildArtifact, type BuiltArtifact } from './build.js';
import type { BuiltChart } from './helm/build-chart.js';
import { chartLocation } from './helm/helm-format.js';

/** What was built: a Flux artifact, or a Helm chart (which knows its name and version). */
export type Built = BuiltArtifact | BuiltChart;

/** The `org.opencontainers.image.source` and `revision` annotations. */
export interface Provenance {
  source: string | undefined;
  revision: string;
}

/** What to package: the `path` input in the workspace, and the provenance to annotate it with. */
export interface PackageSource {
  path: string;
  provenance: Provenance;
}

/** Where this run publishes: `url`, or for a Helm chart its repository under `url`. */
export interface Destination {
  location: Location;
  target: Target;
  /** A chart's name, version and tag, which the plan publishes under. */
  chart: PlannedChart | undefined;
}

/** The path to package, refused when it names a place outside the workspace or nothing at all. */
async function packagePath({ inputs, runtime: { workspace } }: Run): Promise<string> {
  const path = resolve(workspace, inputs.path);
  const fromWorkspace = relative(workspace, path);
  if (fromWorkspace === '..' || fromWorkspace.startsWith(`..${sep}`) || isAbsolute(fromWorkspace)) {
    throw inputError(
      'path',
      `'${inputs.path}' is outside the workspace (${workspace}): package a directory of this repository.`,
    );
  }
  try {
    await access(path);
  } catch {
    throw inputError(
      'path',
      `'${inputs.path}' does not exist in the workspace (${workspace}): check the path, and that the job checked the repository out (actions/checkout).`,
    );
  }
  return path;
}

function provenance({ inputs, context, log }: Run): Provenance {
  const source = inputs.source ?? defaultSource(context);
  if (!source) {
    log.warning(
      "No repository URL is known for org.opencontainers.image.source (no GITHUB_REPOSITORY, no 'origin' remote): set the 'source' input, which GHCR and flux trace use to link the artifact to its repository.",
    );
  }
  return { source, revision: inputs.revision ?? defaultRevision(context) };
}

export async function packageSource(run: Run): Promise<PackageSource> {
  const path = await packagePath(run);
  return { path, provenance: provenance(run) };
}

/** `path` packaged as the `artifact-type` input says, with its files, size and digest logged. */
export function buildPhase(run: Run, { path, provenance }: PackageSource): Promise<Built> {
  const { inputs, context, runtime, log } = run;
  const common = {
    path,
    workspace: runtime.workspace,
    created: context.commitTime,
    source: provenance.source ?? '',
    revision: provenance.revision,
    annotations: inputs.annotations,
    // The runner empties RUNNER_TEMP after every job, even one that was killed.
    tmpDir: runtime.env.RUNNER_TEMP || undefined,
  };
  return phase(log, 'Build', async () => {
    if (inputs.artifactType === 'helm-chart') {
      const { buildChart } = await import('./helm/build-chart.js');
      const built = await buildChart({
        ...common,
        versions: chartVersionOverrides(inputs, context),
      });
      const { name, version } = built.metadata;
      log.info(
        `chart ${name} ${version}: ${built.fileCount} files, ${formatBytes(built.layer.size)} ` +
          `compressed; manifest ${built.manifest.digest}`,
      );
      return built;
    }
    const built = await buildArtifact({
      ...common,
      ignorePaths: inputs.ignorePaths,
      resolveSymlinks: inputs.resolveSymlinks,
      onWarning: (m) => log.warning(m),
    });
    log.info(
      `${built.fileCount} files, ${formatBytes(built.layer.size)} compressed; manifest ${built.manifest.digest}`,
    );
    return built;
  });
}

/**
 * Where `built` goes: the `url` input's repository, or for a chart `<url>/<chart name>`, where
 * `helm push <chart> <url>` puts it. `built` is a chart, or undefined (a Flux artifact is built
 * after the plan).
 */
export function destination({ inputs, log }: Run, built: Built | undefined): Destination {
  if (!built || !('metadata' in built)) {
    return { location: inputs.location, target: inputs.target, chart: undefined };
  }
  const { name, version } = built.metadata;
  const chart = { name, version, tag: built.tag };
  const location = chartLocation(inputs.location, name, 'path');
  if (location.kind === 'layout') return { location, target: inputs.target, chart };
  const target = registryTarget(location);
  if (inputs.target.name.endsWith(`/${name}`)) {
    log.notice(
      `'url' already ends with the chart's name, and the chart goes to ${target.url} (helm push ` +
        `appends the name too). To publish at ${inputs.target.url}, give its parent in 'url'.`,
    );
  }
  return { location, target, chart };
}
