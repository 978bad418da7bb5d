// What the end-to-end files share: the manifests fixture copied into a fresh workspace, cosign keys
// made in the set-up, and one publish() that runs the bundled action under a real runner and checks
// every run on the spot: nothing it published (log, outputs, job summary) holds a secret, and it
// left nothing in RUNNER_TEMP.
import { generateKeyPairSync } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { encryptCosignKey } from '../sign/cosign-key-writer.js';
import { leakedSecrets } from './leak-check.js';
import type { TestRegistry, TestUser } from './registry.js';
import { runAction, runActionDirectly, type DirectRunOptions, type RunResult } from './runner.js';

/** Our Kubernetes manifests: a kustomize base with overlays, scripts and nested directories. */
export const MANIFESTS = join(import.meta.dirname, '..', 'fixtures', 'manifests');
/** Our Helm chart (a subchart, a .helmignore, a Chart.lock): published with `artifact-type: helm-chart`. */
export const SHOP_CHART = join(import.meta.dirname, '..', 'fixtures', 'charts', 'shop');
/** A key written by `cosign generate-key-pair` itself (fixtures/cosign/README.md). */
export const COSIGN_FIXTURE_KEY = join(
  import.meta.dirname,
  '..',
  'fixtures',
  'cosign',
  'cosign.key',
);
export const COSIGN_FIXTURE_PUBLIC_KEY = join(
  import.meta.dirname,
  '..',
  'fixtures',
  'cosign',
  'cosign.pub',
);
export const COSIGN_FIXTURE_PASSWORD = 'larkspur-fixture';

export interface TestCosignKey {
  /** The encrypted private key, in cosign's format. */
  pem: string;
  password: string;
  publicKeyPEM: string;
}

/** A fresh ECDSA P-256 key, encrypted the way `cosign generate-key-pair` does. */
export function testCosignKey(password: string): TestCosignKey {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    pem: encryptCosignKey(privateKey, password),
    password,
    publicKeyPEM: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
  };
}

/** Temporary directories made for a file's tests, removed by `removeAll()` (in `afterAll`). */
export function scratchDirectories() {
  const dirs: string[] = [];
  return {
    async make(prefix: string): Promise<string> {
      const dir = await mkdtemp(join(tmpdir(), prefix));
      dirs.push(dir);
      return dir;
    },
    removeAll: () =>
      Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true }))),
  };
}

/** A fresh workspace holding `fixture` at `deploy/`, then changed by `prepare`. */
export async function makeWorkspace(
  scratch: ReturnType<typeof scratchDirectories>,
  options: { fixture?: string; prepare?: (deploy: string) => Promise<void> } = {},
): Promise<string> {
  const dir = await scratch.make('workspace-');
  await cp(options.fixture ?? MANIFESTS, join(dir, 'deploy'), { recursive: true });
  await options.prepare?.(join(dir, 'deploy'));
  return dir;
}

export interface PublishOptions {
  run?: DirectRunOptions['run'];
  workspace: string;
  /** `oci://…`, or the registry and repository to make it from. */
  url?: string;
  registry?: TestRegistry;
  repository?: string;
  /** Given as the username and password inputs; the registry's writer unless null. */
  user?: TestUser | null;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  githubToken: string;
  /** Every secret the run could leak: the registries', Sigstore's, the test's own. */
  secrets: () => Iterable<string>;
  timeoutMs?: number;
  /** Runs the action without act, to signal its process part-way (support/runner.ts says why). */
  onSpawn?: DirectRunOptions['onSpawn'];
}

/**
 * Runs the action (path `deploy`) and fails the calling test if the run published a secret or left
 * anything in RUNNER_TEMP, whatever its exit code.
 */
export async function publish(options: PublishOptions): Promise<RunResult> {
  const user = options.user === null ? undefined : (options.user ?? options.registry?.users.writer);
  const url = options.url ?? `oci://${options.registry!.host}/${options.repository ?? 'unnamed'}`;
  const result = await (options.onSpawn ? runActionDirectly : runAction)({
    run: options.run ?? 'push to the default branch',
    workspace: options.workspace,
    inputs: {
      url,
      path: 'deploy',
      ...(user ? { username: user.username, password: user.password } : {}),
      ...options.inputs,
    },
    env: options.env ?? {},
    githubToken: options.githubToken,
    timeoutMs: options.timeoutMs ?? 60_000,
    ...(options.onSpawn ? { onSpawn: options.onSpawn } : {}),
  });
  const secrets = [...options.secrets(), options.githubToken];
  expect(leakedSecrets(result, secrets), 'secrets in what the run published').toEqual([]);
  expect(result.leftInRunnerTemp, 'files the run left in RUNNER_TEMP').toEqual([]);
  return result;
}
