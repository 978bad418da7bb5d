// The flow, in the order it runs: check the path and the signing prerequisites → open the repository
// → plan (tags, promotions and why, dry-run) → (dry run: stop) → build → compare with diff-tag →
// push → sign → promote (move the tags) → the result the entries report. A Helm chart is built
// first, since its name says which repository it goes to and its version is its tag, and it is
// always compared with the chart at that tag (charts are immutable); every later phase is the
// same for both kinds. Each phase is a function returning what the later ones need; this file only
// decides their order and what each is given. It knows nothing of GitHub: the entries (index.ts,
// cli.ts) hand it the context, a log, and where credentials and identity tokens come from.
import { access } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { displayPath } from './artifact/artifact-errors.js';
import { buildArtifact, type BuiltArtifact } from './artifact/build.js';
import { compareWithPublished } from './artifact/change-detection.js';
import type { BuiltChart } from './artifact/helm/build-chart.js';
import { chartLocation } from './artifact/helm/helm-format.js';
import { chartVersionTaken, compareChartWithPublished } from './artifact/helm/published-chart.js';
import { pushArtifact } from './artifact/push.js';
import type { Context } from './context/context.js';
import { defaultRevision, defaultSource } from './context/context.js';
import { inputError } from './errors.js';
import { registryTarget, type Inputs } from './inputs.js';
import { formatBytes, phase, type Log } from './log.js';
import {
  dockerConfigCredentials,
  firstCredential,
  givenCredential,
  type CredentialFunc,
} from './oci/credentials.js';
import type { Location } from './oci/location.js';
import { openRepository } from './oci/open.js';
import type { RetryOptions } from './oci/options.js';
import type { Repository, StoredManifest } from './oci/repository.js';
import { moveTags } from './promote/move-tags.js';
import type { PublishResult, SignatureReport, Target } from './report/result.js';
import { signatureReport } from './report/signature.js';
import { chartVersionOverrides } from './rules/chart-versions.js';
import {
  computePlan,
  describePlan,
  planNeedsTagList,
  type Plan,
  type PlannedChart,
} from './rules/plan.js';
import { decideDryRun } from './rules/dry-run.js';
import type { CosignKey } from './sign/cosign-key.js';
import type * as sign from './sign/index.js';
import type { IdentityTokenSource } from './sign/types.js';

export interface Runtime {
  /** Paths are relative to it, and symlinks must stay inside it (GITHUB_WORKSPACE, or the cwd). */
  workspace: string;
  /** RUNNER_TEMP, and the test-only knobs (`networkOverrides`). */
  env: NodeJS.ProcessEnv;
  userAgent: string;
  /** Keyless signing's OIDC token: GitHub Actions' in the action, SIGSTORE_ID_TOKEN in the CLI. */
  identity: IdentityTokenSource;
  /**
   * Asked for a registry's credentials when the inputs give none and the Docker config has none
   * (the action: the workflow token, for ghcr.io).
   */
  fallbackCredentials?: CredentialFunc;
}

/** The `org.opencontainers.image.source` and `revision` annotations. */
interface Provenance {
  source: string | undefined;
  revision: string;
}

/** Signing, ready before anything is pushed: its module loaded, its key decrypted. */
interface Signing {
  module: typeof sign;
  key: CosignKey | undefined;
  services: sign.SigstoreServices;
}

/** What was built: a Flux artifact, or a Helm chart (which knows its name and version). */
type Built = BuiltArtifact | BuiltChart;

/** Where this run publishes: `url`, or for a Helm chart its repository under `url`. */
interface Destination {
  location: Location;
  target: Target;
}

/** The manifest the tags will point at: just pushed, or found unchanged (diff-tag, chart version). */
interface Stored {
  manifest: StoredManifest;
  pushed: boolean;
  unchangedSince: string | undefined;
}

/** The path to package, refused when it names a place outside the workspace or nothing at all. */
async function packagePath(inputs: Inputs, workspace: string): Promise<string> {
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

function provenance(inputs: Inputs, context: Context, log: Log): Provenance {
  const source = inputs.source ?? defaultSource(context);
  if (!source) {
    log.warning(
      "No repository URL is known for org.opencontainers.image.source (no GITHUB_REPOSITORY, no 'origin' remote): set the 'source' input, which GHCR and flux trace use to link the artifact to its repository.",
    );
  }
  return { source, revision: inputs.revision ?? defaultRevision(context) };
}

/**
 * Signing is loaded only when asked for, and its prerequisites (an OIDC token, or a key that
 * decrypts) are checked before anything is pushed.
 */
async function prepareSigning(inputs: Inputs, runtime: Runtime, log: Log): Promise<Signing> {
  const module = await import('./sign/index.js');
  const key = inputs.cosignKey
    ? await module.loadCosignKey(inputs.cosignKey, inputs.cosignPassword, (s) => log.setSecret(s))
    : undefined;
  const services = await module.sigstoreServices(inputs, runtime.workspace);
  if (!key) runtime.identity.check();
  return { module, key, services };
}

/**
 * Test-only knobs, documented in the README: short retry waits and stall detection, so that the
 * fault-injection suites spend seconds, not minutes, waiting. Unset, the defaults apply.
 */
function networkOverrides(env: NodeJS.ProcessEnv): RetryOptions {
  const milliseconds = (name: string) => {
    const value = Number(env[name]);
    return Number.isInteger(value) && value > 0 ? value : undefined;
  };
  return {
    baseDelayMs: milliseconds('PUBLISH_OCI_RETRY_BASE_MS'),
    timeoutMs: milliseconds('PUBLISH_OCI_TIMEOUT_MS'),
  };
}

/** The inputs' credentials, else the Docker config's, else the entry's fallback; else anonymous. */
function credentials(inputs: Inputs, runtime: Runtime, log: Log): CredentialFunc {
  const { username, password } = inputs;
  return firstCredential(
    // Given together or not at all: parseInputs refuses one without the other.
    ...(username && password
      ? [givenCredential(username, password, "'username' and 'password'", log)]
      : []),
    dockerConfigCredentials({ log }),
    ...(runtime.fallbackCredentials ? [runtime.fallbackCredentials] : []),
  );
}

function open(location: Location, inputs: Inputs, runtime: Runtime, log: Log): Promise<Repository> {
  return openRepository(location, {
    credentials: credentials(inputs, runtime, log),
    insecure: inputs.insecureRegistry,
    log,
    userAgent: runtime.userAgent,
    workspace: runtime.workspace,
    retry: networkOverrides(runtime.env),
  });
}

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

function planPhase(
  repository: Repository,
  inputs: Inputs,
  context: Context,
  log: Log,
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

function buildPhase(
  path: string,
  inputs: Inputs,
  context: Context,
  { source, revision }: Provenance,
  runtime: Runtime,
  log: Log,
): Promise<BuiltArtifact> {
  return phase(log, 'Build', async () => {
    const built = await buildArtifact({
      path,
      workspace: runtime.workspace,
      ignorePaths: inputs.ignorePaths,
      resolveSymlinks: inputs.resolveSymlinks,
      created: context.commitTime,
      source: source ?? '',
      revision,
      annotations: inputs.annotations,
      // The runner empties RUNNER_TEMP after every job, even one that was killed.
      tmpDir: runtime.env.RUNNER_TEMP || undefined,
      onWarning: (m) => log.warning(m),
    });
    log.info(
      `${built.fileCount} files, ${formatBytes(built.layer.size)} compressed; manifest ${built.manifest.digest}`,
    );
    return built;
  });
}

/** `path` packaged as `helm package` does, with the versions `chart-version` and co. give. */
function chartPhase(
  path: string,
  inputs: Inputs,
  context: Context,
  { source, revision }: Provenance,
  runtime: Runtime,
  log: Log,
): Promise<BuiltChart> {
  return phase(log, 'Build', async () => {
    // Loaded only for charts: Flux artifacts' runs never load Helm's YAML reading.
    const { buildChart } = await import('./artifact/helm/build-chart.js');
    const built = await buildChart({
      path,
      workspace: runtime.workspace,
      created: context.commitTime,
      source: source ?? '',
      revision,
      annotations: inputs.annotations,
      versions: chartVersionOverrides(inputs, context),
      tmpDir: runtime.env.RUNNER_TEMP || undefined,
    });
    const { name, version } = built.metadata;
    log.info(
      `chart ${name} ${version}: ${built.fileCount} files, ${formatBytes(built.layer.size)} ` +
        `compressed; manifest ${built.manifest.digest}`,
    );
    return built;
  });
}

/** The chart's repository: `<url>/<chart name>`, where `helm push <chart> <url>` puts it. */
function chartDestination(inputs: Inputs, chart: BuiltChart, log: Log): Destination {
  const { name } = chart.metadata;
  const location = chartLocation(inputs.location, name, 'path');
  if (location.kind === 'layout') return { location, target: inputs.target };
  const target = registryTarget(location);
  if (inputs.target.name.endsWith(`/${name}`)) {
    log.notice(
      `'url' already ends with the chart's name, and the chart goes to ${target.url} (helm push ` +
        `appends the name too). To publish at ${inputs.target.url}, give its parent in 'url'.`,
    );
  }
  return { location, target };
}

/**
 * The manifest at `reference` when its content is the same as `built`'s, else undefined. For a
 * chart `reference` is its version's tag, and a version held by other content is refused.
 */
function comparePhase(
  repository: Repository,
  reference: string,
  built: Built,
  inputs: Inputs,
  runtime: Runtime,
  log: Log,
): Promise<StoredManifest | undefined> {
  return phase(log, `Compare with ${reference}`, async () => {
    const chart = 'metadata' in built ? built.metadata : undefined;
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
}

/** Compare (with a diff-tag, or a chart's version), else push. */
async function store(
  repository: Repository,
  built: Built,
  compareWith: string | undefined,
  inputs: Inputs,
  runtime: Runtime,
  log: Log,
): Promise<Stored> {
  const unchanged = compareWith
    ? await comparePhase(repository, compareWith, built, inputs, runtime, log)
    : undefined;
  if (unchanged) return { manifest: unchanged, pushed: false, unchangedSince: compareWith };
  const manifest = await phase(log, 'Push', () => pushArtifact(repository, built, log));
  return { manifest, pushed: true, unchangedSince: undefined };
}

function signPhase(
  signing: Signing,
  repository: Repository,
  manifest: StoredManifest,
  target: Target,
  inputs: Inputs,
  context: Context,
  runtime: Runtime,
  log: Log,
): Promise<SignatureReport> {
  return phase(log, 'Sign', async () => {
    const started = performance.now();
    // What was just pushed (or found unchanged): no need to ask the registry for it again.
    const subject = {
      mediaType: manifest.mediaType,
      digest: manifest.digest,
      size: manifest.bytes.length,
    };
    const signed = await signing.module.signArtifact(repository, subject, {
      format: inputs.signatureFormat,
      key: signing.key,
      keyTlogUpload: inputs.keyTlogUpload,
      services: signing.services,
      dockerReference: target.name,
      identity: runtime.identity,
      privateRepository: context.privateRepository,
      log,
      retry: networkOverrides(runtime.env),
    });
    const method = signing.key ? 'key' : 'keyless';
    return signatureReport(signed, method, Math.round(performance.now() - started));
  });
}

export async function publish(
  inputs: Inputs,
  context: Context,
  log: Log,
  runtime: Runtime,
): Promise<PublishResult> {
  // Every input was checked by parseInputs; the path is checked here before the first network
  // call, the key and the identity token before the first write, on dry runs too.
  const path = await packagePath(inputs, runtime.workspace);
  const annotations = provenance(inputs, context, log);
  // Key derivation (scrypt, a few hundred ms on libuv's threads) overlaps the plan and the build;
  // it is awaited before anything is pushed and before a dry run ends, so a key that does not
  // decrypt still stops the run with nothing written.
  const signingReady = inputs.sign ? prepareSigning(inputs, runtime, log) : undefined;
  signingReady?.catch(() => undefined); // held until awaited, not an unhandled rejection
  let built: Built | undefined;
  try {
    // A chart's name and version decide where it goes and its tag; building it first also checks
    // it as helm package would on dry runs (pull requests). Charts are small: Helm caps them.
    const chart =
      inputs.artifactType === 'helm-chart'
        ? await chartPhase(path, inputs, context, annotations, runtime, log)
        : undefined;
    built = chart;
    const destination = chart ? chartDestination(inputs, chart, log) : inputs;
    const repository = await open(destination.location, inputs, runtime, log);

    const plan = await planPhase(
      repository,
      inputs,
      context,
      log,
      chart && { name: chart.metadata.name, version: chart.metadata.version, tag: chart.tag },
    );
    const planned = { plan, target: destination.target, ...annotations };
    if (plan.dryRun) {
      await signingReady;
      return {
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

    // The registry's ping and push token travel while the artifact is built; a failure is met,
    // and reported, again by the first write.
    repository.prepareToWrite().catch(() => undefined);
    built ??= await buildPhase(path, inputs, context, annotations, runtime, log);
    const signing = await signingReady;
    const compareWith = chart ? plan.primaryTag : inputs.diffTag;
    const stored = await store(repository, built, compareWith, inputs, runtime, log);
    const signature = signing
      ? await signPhase(
          signing,
          repository,
          stored.manifest,
          destination.target,
          inputs,
          context,
          runtime,
          log,
        )
      : undefined;
    const tags = await phase(log, 'Tag', () =>
      moveTags(
        repository,
        stored.manifest,
        [plan.primaryTag, ...plan.promotedTags],
        log,
        stored.unchangedSince,
      ),
    );
    return {
      ...planned,
      digest: stored.manifest.digest,
      tags,
      pushed: stored.pushed,
      unchangedSince: stored.unchangedSince,
      size: built.layer.size,
      fileCount: built.fileCount,
      signature,
    };
  } finally {
    // The layer file, whether the run pushed it, found it published, or stopped before.
    await built?.dispose();
  }
}
