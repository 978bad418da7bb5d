// Set-up shared by the consumer tests: a workspace holding the example manifests, publishing it
// with the bundled action (as the runner runs it) to a test registry, and the ways an attacker or a
// mistake could change what a tag points at, for the consumers to refuse.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { runEnv, type RunName } from '../fixtures/events/runs.js';
import { publish, SHOP_CHART } from '../support/end-to-end.js';
import { manifest } from '../support/registry-state.js';
import { rawPushManifest, rawRequest, sha256 } from '../support/raw-client.js';
import type { TestRegistry } from '../support/registry.js';
import type { RunResult } from '../support/runner.js';
import { startSigstore, type SigstoreStack } from '../support/sigstore.js';

export const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');
export const RUN: RunName = 'push to the default branch';

/**
 * This process's environment without GitHub Actions' variables, and `env`: where the CLI runs as
 * another CI system runs it (with the test knobs this process has).
 */
export function outsideActions(env: Record<string, string>): Record<string, string> {
  const inherited = Object.entries(process.env).filter(
    (entry): entry is [string, string] =>
      !entry[0].startsWith('ACTIONS_') && entry[1] !== undefined,
  );
  return { ...Object.fromEntries(inherited), ...env };
}

export interface Workspace {
  dir: string;
  /** The packaged directory, relative to `dir`. */
  path: string;
  remove(): Promise<void>;
}

/** A workspace with the repository's example manifests in `deploy/`. */
export async function exampleWorkspace(): Promise<Workspace> {
  const dir = await mkdtemp(join(tmpdir(), 'consumers-'));
  await cp(EXAMPLES, join(dir, 'deploy'), { recursive: true });
  return { dir, path: 'deploy', remove: () => rm(dir, { recursive: true, force: true }) };
}

/** A workspace with our Helm chart (`shop`, with a subchart) in `deploy/`. */
export async function chartWorkspace(): Promise<Workspace> {
  const dir = await mkdtemp(join(tmpdir(), 'consumers-chart-'));
  await cp(SHOP_CHART, join(dir, 'deploy'), { recursive: true });
  return { dir, path: 'deploy', remove: () => rm(dir, { recursive: true, force: true }) };
}

/** A loopback Sigstore whose certificates carry the identity GitHub gives this run's workflow. */
export function sigstoreForRun(run: RunName = RUN): Promise<SigstoreStack> {
  return startSigstore({ subject: `https://github.com/${runEnv(run).GITHUB_WORKFLOW_REF}` });
}

/** The inputs that point keyless signing at a test Sigstore. */
export function keylessInputs(sigstore: SigstoreStack): Record<string, string> {
  return { sign: 'true', 'fulcio-url': sigstore.fulcioURL, 'rekor-url': sigstore.rekorURL };
}

/**
 * Publishes the workspace to `repository` with the bundled action (the end-to-end `publish()`,
 * which leak-checks the run); fails the test unless the run succeeded.
 */
export async function publishTo(
  registry: TestRegistry,
  repository: string,
  workspace: Workspace,
  inputs: Record<string, string> = {},
  options: { env?: Record<string, string>; secrets?: string[]; run?: RunName } = {},
): Promise<RunResult> {
  const result = await publish({
    run: options.run ?? RUN,
    workspace: workspace.dir,
    registry,
    repository,
    inputs,
    env: options.env,
    githubToken: 'ghs_consumer-tests-token',
    secrets: () => [...registry.secrets(), ...(options.secrets ?? [])],
    timeoutMs: 90_000,
  });
  expect(result.exitCode, result.stdout + result.stderr).toBe(0);
  return result;
}

/**
 * The `matchOIDCIdentity` entry of the Flux YAML in a job summary. Its values are YAML
 * double-quoted scalars whose only escapes are JSON's, so JSON reads them as YAML would.
 */
export function summaryIdentity(summary: string): { issuer: string; subject: string } {
  const match = /- issuer: ("(?:[^"\\]|\\.)*")\n\s+subject: ("(?:[^"\\]|\\.)*")/.exec(summary);
  if (!match) throw new Error(`no matchOIDCIdentity block in the summary:\n${summary}`);
  return { issuer: JSON.parse(match[1]!) as string, subject: JSON.parse(match[2]!) as string };
}

interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
}

interface Index {
  schemaVersion: 2;
  mediaType: string;
  manifests: (Descriptor & { artifactType?: string })[];
}

/** The referrers of `digest`: from the OCI 1.1 API where the registry has it, else the tag schema. */
export async function referrers(
  registry: TestRegistry,
  repository: string,
  digest: string,
): Promise<{ api: boolean; index: Index }> {
  const response = await rawRequest(
    registry,
    undefined,
    'GET',
    `/v2/${repository}/referrers/${digest}`,
  );
  if (response.status === 200) return { api: true, index: (await response.json()) as Index };
  await response.body?.cancel();
  const fallback = await manifest(registry, repository, digest.replace(':', '-'));
  const empty: Index = {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: [],
  };
  return { api: false, index: fallback ? (JSON.parse(fallback.bytes.toString()) as Index) : empty };
}

async function put(registry: TestRegistry, repository: string, tag: string, bytes: Buffer) {
  const { mediaType } = JSON.parse(bytes.toString()) as { mediaType: string };
  const response = await rawPushManifest(registry, undefined, repository, tag, bytes, mediaType);
  if (response.status !== 201) throw new Error(`PUT ${tag}: ${response.status}`);
  return response.headers.get('docker-content-digest')!;
}

/**
 * What an attacker who may write to the repository could do: push a changed copy of a signed
 * manifest under `tag`, and move every signature of the original onto it (the `.sig` manifest,
 * and each bundle referrer re-pointed at the new subject, listed in its fallback index too).
 * Returns the changed manifest's digest.
 */
export async function tamperedCopy(
  registry: TestRegistry,
  repository: string,
  digest: string,
  tag: string,
): Promise<string> {
  const original = (await manifest(registry, repository, digest))!;
  const changed = JSON.parse(original.bytes.toString()) as { annotations: Record<string, string> };
  changed.annotations['org.opencontainers.image.revision'] = 'main@sha1:' + 'f'.repeat(40);
  const bytes = Buffer.from(JSON.stringify(changed));
  const tampered = await put(registry, repository, tag, bytes);
  const subject: Descriptor = {
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    digest: tampered,
    size: bytes.length,
  };
  const sig = await manifest(registry, repository, `${digest.replace(':', '-')}.sig`);
  if (sig) await put(registry, repository, `${tampered.replace(':', '-')}.sig`, sig.bytes);
  const { api, index } = await referrers(registry, repository, digest);
  const moved = [];
  for (const entry of index.manifests) {
    const referrer = (await manifest(registry, repository, entry.digest))!;
    const copy = Buffer.from(
      JSON.stringify({ ...(JSON.parse(referrer.bytes.toString()) as object), subject }),
    );
    moved.push({ ...entry, digest: await put(registry, repository, sha256(copy), copy) });
  }
  // Without the referrers API, consumers find referrers through the fallback tag.
  if (!api) {
    const copy = Buffer.from(JSON.stringify({ ...index, manifests: moved }));
    await put(registry, repository, tampered.replace(':', '-'), copy);
  }
  return tampered;
}
