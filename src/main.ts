// The flow, and nothing else: inputs and context → plan → (dry run: stop) → build → compare →
// push blobs, manifest, promotions → sign → result. Each step lives in its own module; this file
// only decides their order and what each one is given.
import { access } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { buildArtifact, compareWithPublished, type BuiltArtifact } from './artifact/index.js';
import type { Context } from './context/context.js';
import { defaultRevision, defaultSource } from './context/context.js';
import { inputError } from './errors.js';
import type { Inputs } from './inputs.js';
import { formatBytes, phase, uploadProgress, type Log } from './log.js';
import { openRepository, parseTarget, type Target as OciTarget } from './oci/open.js';
import type { Repository, StoredManifest } from './oci/repository.js';
import {
  signatureReport,
  type PublishResult,
  type SignatureReport,
  type Target,
} from './report/result.js';
import {
  computePlan,
  decideDryRun,
  describePlan,
  parsePromoteRules,
  parseTagTemplate,
  planNeedsTagList,
} from './rules/plan.js';

export interface Runtime {
  /** Paths are relative to it, and symlinks must stay inside it (GITHUB_WORKSPACE, or the cwd). */
  workspace: string;
  env: NodeJS.ProcessEnv;
  userAgent: string;
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

function describeTarget(url: string, target: OciTarget): Target {
  if (target.kind === 'layout') return { kind: 'layout', url, name: target.directory };
  if (target.tag || target.digest) {
    throw inputError(
      'url',
      `'${url}' names a ${target.tag ? 'tag' : 'digest'}: give only oci://<registry>/<repository>; tags come from the 'tag' and 'promote' inputs.`,
    );
  }
  return {
    kind: 'registry',
    url: `oci://${target.registry}/${target.repository}`,
    name: `${target.registry}/${target.repository}`,
  };
}

/**
 * Blobs, then the manifest by digest only: no tag points at the artifact until its content is
 * all there and, when signing, its signatures too (Flux verifying a tag never meets it unsigned).
 */
async function pushArtifact(
  repository: Repository,
  built: BuiltArtifact,
  log: Log,
): Promise<StoredManifest> {
  // Side by side: each blob is a few round trips, and the small config need not wait for the
  // layer. Both settle before anything goes on, so no upload still reads a layer file that the
  // caller removes once this fails.
  const blobs = [built.config, built.layer];
  const pushed = await Promise.allSettled(
    blobs.map((blob) => {
      const onProgress = uploadProgress(log, blob.digest.slice(0, 19), blob.size);
      return repository.putBlob(blob, { onProgress });
    }),
  );
  for (const outcome of pushed) if (outcome.status === 'rejected') throw outcome.reason;
  for (const blob of blobs) log.info(`blob ${blob.digest} (${formatBytes(blob.size)})`);
  await repository.putManifest(built.manifest, built.manifest.digest);
  log.info(`manifest ${built.manifest.digest}`);
  return built.manifest;
}

/** The primary tag first, then the promotions; `current` already points at the manifest. */
async function tagManifest(
  repository: Repository,
  manifest: StoredManifest,
  tags: string[],
  log: Log,
  current?: string,
): Promise<void> {
  for (const tag of tags) {
    if (tag === current) {
      log.info(`${tag} already → ${manifest.digest}`);
      continue;
    }
    await repository.putManifest(manifest, tag);
    log.info(`tagged ${tag} → ${manifest.digest}`);
  }
}

/**
 * Test-only knobs, documented in the README: short retry waits and stall detection, so that the
 * fault-injection suites spend seconds, not minutes, waiting. Unset, the defaults apply.
 */
function networkOverrides(env: NodeJS.ProcessEnv): { baseDelayMs?: number; timeoutMs?: number } {
  const milliseconds = (name: string) => {
    const value = Number(env[name]);
    return Number.isInteger(value) && value > 0 ? value : undefined;
  };
  return {
    baseDelayMs: milliseconds('PUBLISH_OCI_RETRY_BASE_MS'),
    timeoutMs: milliseconds('PUBLISH_OCI_TIMEOUT_MS'),
  };
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

export async function publish(
  inputs: Inputs,
  context: Context,
  log: Log,
  runtime: Runtime,
): Promise<PublishResult> {
  const parsedTarget = parseTarget(inputs.url, runtime.workspace, 'url');
  const target = describeTarget(inputs.url, parsedTarget);
  const source = inputs.source ?? defaultSource(context);
  const revision = inputs.revision ?? defaultRevision(context);
  // Every input is checked before the first network call, on dry runs too.
  parsePromoteRules(inputs.promote);
  parseTagTemplate(inputs.tag ?? '');
  const path = await packagePath(inputs, runtime.workspace);
  if (!source) {
    log.warning(
      "No repository URL is known for org.opencontainers.image.source (no GITHUB_REPOSITORY, no 'origin' remote): set the 'source' input, which GHCR and flux trace use to link the artifact to its repository.",
    );
  }
  // Signing is loaded only when asked for, and its prerequisites (an OIDC token, or a key that
  // decrypts) are checked before anything is pushed.
  const signing = inputs.sign ? await import('./sign/index.js') : undefined;
  const cosignKey =
    signing && inputs.cosignKey
      ? await signing.loadCosignKey(inputs.cosignKey, inputs.cosignPassword, (s) =>
          log.setSecret(s),
        )
      : undefined;
  if (signing && !cosignKey) signing.checkKeylessPrerequisites(runtime.env);

  const overrides = networkOverrides(runtime.env);
  const repository = await openRepository(parsedTarget, {
    username: inputs.username,
    password: inputs.password,
    githubToken: inputs.githubToken,
    githubActor: runtime.env.GITHUB_ACTOR,
    insecure: inputs.insecureRegistry,
    maskSecret: (s) => log.setSecret(s),
    log,
    userAgent: runtime.userAgent,
    workspace: runtime.workspace,
    input: 'url',
    retry: overrides,
  });

  const plan = await phase(log, 'Plan', async () => {
    const planInput = { tag: inputs.tag, promote: inputs.promote, dryRun: inputs.dryRun };
    const existingTags = planNeedsTagList(planInput, context)
      ? await listTagsForPlan(repository, decideDryRun(inputs.dryRun, context).dryRun, log)
      : undefined;
    const plan = computePlan(planInput, context, existingTags);
    for (const line of describePlan(plan)) log.info(line);
    for (const notice of plan.notices) log.notice(notice);
    return plan;
  });
  const tags = [plan.primaryTag, ...plan.promotedTags];
  const result: PublishResult = {
    plan,
    target,
    digest: undefined,
    tags: [],
    pushed: false,
    unchangedSince: undefined,
    size: undefined,
    fileCount: undefined,
    source,
    revision,
    signature: undefined,
  };
  if (plan.dryRun) return result;

  const built = await phase(log, 'Build', async () => {
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
  let manifest: StoredManifest;
  try {
    result.size = built.layer.size;
    result.fileCount = built.fileCount;
    const previous = inputs.diffTag
      ? await phase(log, `Compare with ${inputs.diffTag}`, async () => {
          const comparison = await compareWithPublished(repository, inputs.diffTag!, built);
          const { unchanged, manifest: published } = comparison;
          log.info(unchanged ? `unchanged: ${published?.digest}` : 'content changed');
          return unchanged ? published : undefined;
        })
      : undefined;

    if (previous) {
      manifest = previous;
      result.unchangedSince = inputs.diffTag;
    } else {
      manifest = await phase(log, 'Push', () => pushArtifact(repository, built, log));
      result.pushed = true;
    }
    result.digest = manifest.digest;
  } finally {
    await built.dispose();
  }

  if (signing) {
    const { digest } = manifest;
    result.signature = await phase(log, 'Sign', async (): Promise<SignatureReport> => {
      // What was just pushed (or found unchanged): no need to ask the registry for it again.
      const subject = { mediaType: manifest.mediaType, digest, size: manifest.bytes.length };
      const signed = await signing.signArtifact(repository, subject, {
        format: inputs.signatureFormat,
        key: cosignKey,
        keyTlogUpload: inputs.keyTlogUpload,
        fulcioURL: inputs.fulcioUrl,
        rekorURL: inputs.rekorUrl,
        tsaURL: inputs.tsaUrl,
        dockerReference: target.name,
        env: runtime.env,
        privateRepository: context.privateRepository,
        log,
        maskSecret: (s) => log.setSecret(s),
        network: { retryDelayMs: overrides.baseDelayMs, timeoutMs: overrides.timeoutMs },
      });
      return signatureReport(signed, cosignKey ? 'key' : 'keyless');
    });
  }
  // The diff-tag was just read pointing at this manifest: putting it there again is a request for
  // nothing, and would undo a move made since by a newer run.
  await phase(log, 'Tag', () =>
    tagManifest(repository, manifest, tags, log, result.unchangedSince),
  );
  result.tags = tags;
  return result;
}
