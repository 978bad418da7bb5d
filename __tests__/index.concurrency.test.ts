// Concurrency and re-runs through the bundled action, against the real registry behind a recording
// proxy, signing keyless against mock Sigstores. Eight runs of one commit (four workflows, each
// started twice) publish at once to one repository under different tags: all must succeed, the
// referrers fallback index (which distribution 2.8 needs, having no referrers API) must list every
// bundle they report, and the `.sig` must hold one signature per workflow. Running the commit
// again must give the same digest, upload no blob and add no signature.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeWorkspace,
  publish as publishAction,
  scratchDirectories,
} from './support/end-to-end.js';
import { startRegistryProxy, type RegistryProxy } from './support/proxy.js';
import {
  bundlesOf,
  consistencyProblems,
  legacySignaturesOf,
  tags,
} from './support/registry-state.js';
import { startRegistry, type TestRegistry } from './support/registry.js';
import { visibleLog, type RunResult } from './support/runner.js';
import { startSigstore, type SigstoreStack } from './support/sigstore.js';

const PARALLEL = 8;
const WORKFLOWS = 4;
const REPOSITORY = 'parallel/app';
const GITHUB_TOKEN = 'ghs_concurrency-test-token';

let registry: TestRegistry;
let proxy: RegistryProxy;
/** One mock Sigstore per workflow, each certifying its own workflow identity. */
let sigstores: SigstoreStack[];
let workspace: string;
const scratch = scratchDirectories();

beforeAll(async () => {
  registry = await startRegistry({ mode: 'token' });
  proxy = await startRegistryProxy(registry.origin);
  sigstores = await Promise.all(
    Array.from({ length: WORKFLOWS }, (_, w) =>
      startSigstore({
        subject: `https://github.com/larkspur-labs/storefront-deploy/.github/workflows/publish-${w}.yml@refs/heads/master`,
      }),
    ),
  );
  workspace = await makeWorkspace(scratch);
});

afterAll(async () => {
  await Promise.all((sigstores ?? []).map((s) => s.stop()));
  await proxy?.stop();
  await registry?.stop();
  await scratch.removeAll();
});

/** One signed publish; publish() fails the test if it printed a secret. */
function publish(tag: string, sigstore: SigstoreStack): Promise<RunResult> {
  return publishAction({
    workspace,
    url: `oci://${proxy.host}/${REPOSITORY}`,
    user: registry.users.writer,
    inputs: {
      tag,
      sign: 'true',
      'fulcio-url': sigstore.fulcioURL,
      'rekor-url': sigstore.rekorURL,
    },
    // Debug output on, as a re-run with debug logging: the shared-tag writers' own account.
    env: { ...sigstore.env, ACTIONS_STEP_DEBUG: 'true' },
    githubToken: GITHUB_TOKEN,
    secrets: () => [...registry.secrets(), ...sigstores.flatMap((s) => s.secrets())],
    timeoutMs: 90_000,
  });
}

describe(`${PARALLEL} publishes of one commit at once, to one repository`, () => {
  let results: RunResult[];
  let digest: string;

  beforeAll(async () => {
    results = await Promise.all(
      Array.from({ length: PARALLEL }, (_, i) =>
        publish(`parallel-${i}`, sigstores[i % WORKFLOWS]!),
      ),
    );
    digest = results[0]!.outputs.digest!;
  }, 180_000);

  it('all succeed, with one digest', () => {
    for (const result of results) expect(result.exitCode, visibleLog(result)).toBe(0);
    expect(new Set(results.map((r) => r.outputs.digest))).toEqual(new Set([digest]));
  });

  it('each get their own tag, and latest', async () => {
    expect(await tags(registry, REPOSITORY)).toEqual(
      expect.arrayContaining([
        ...Array.from({ length: PARALLEL }, (_, i) => `parallel-${i}`),
        'latest',
      ]),
    );
  });

  it('leave the referrers fallback index listing every bundle they report', async () => {
    const listed = await bundlesOf(registry, REPOSITORY, digest);
    const reported = results.map((r) => r.outputs['bundle-digest']);
    for (const bundle of reported) expect(listed).toContain(bundle);
    expect(listed.length).toBeGreaterThanOrEqual(WORKFLOWS);
    const lagging = results
      .map((r) => visibleLog(r).split('does not know one of its blobs yet').length - 1)
      .reduce((a, b) => a + b, 0);
    // The shared-tag writers' own account (oci/shared-tag.ts debug lines): how long each write
    // followed its read, and how many entries a settle re-read found missing and added again.
    const logs = results.map((r) => visibleLog(r)).join('\n');
    const windows = [...logs.matchAll(/, wrote \w+ (\d+) ms after sending the read/g)].map((m) =>
      Number(m[1]),
    );
    const readded = [...logs.matchAll(/round (?!1:)\d+: read \w+, wrote/g)].length;
    console.log(
      `concurrency: ${PARALLEL} publishes attempted, ` +
        `${results.filter((r) => r.exitCode === 0).length} succeeded; ` +
        `${new Set(reported).size} distinct bundles reported, ${listed.length} listed in the index; ` +
        `${(await legacySignaturesOf(registry, REPOSITORY, digest)).length} .sig layer(s); ` +
        `${lagging} manifest PUT(s) retried for a blob the registry did not know yet; ` +
        `${windows.length} shared-tag writes, longest read-to-write window ` +
        `${Math.max(0, ...windows)} ms, ${readded} re-added after a settle re-read`,
    );
  });

  it('leave one .sig layer per workflow: both runs of one replace each other, not the others', async () => {
    expect(await legacySignaturesOf(registry, REPOSITORY, digest)).toHaveLength(WORKFLOWS);
  });

  it('leave the registry consistent', async () => {
    expect(await consistencyProblems(registry, REPOSITORY)).toEqual([]);
  });
});

describe('running the same commit again', () => {
  let first: RunResult;
  let again: RunResult;
  let before: { bundles: string[]; layers: number };
  let requestsBefore: number;

  beforeAll(async () => {
    first = await publish('rerun', sigstores[0]!);
    const digest = first.outputs.digest!;
    before = {
      bundles: await bundlesOf(registry, REPOSITORY, digest),
      layers: (await legacySignaturesOf(registry, REPOSITORY, digest)).length,
    };
    requestsBefore = proxy.requests.length;
    again = await publish('rerun', sigstores[0]!);
  }, 120_000);

  it('gives the same digest', () => {
    expect(first.exitCode, visibleLog(first)).toBe(0);
    expect(again.exitCode, visibleLog(again)).toBe(0);
    expect(again.outputs.digest).toBe(first.outputs.digest);
  });

  it('uploads no blob', () => {
    const uploads = proxy.requests
      .slice(requestsBefore)
      .filter((r) => r.method === 'POST' && r.path.includes('/blobs/uploads/'));
    expect(uploads).toEqual([]);
  });

  it('adds no signature', async () => {
    const digest = again.outputs.digest!;
    expect(await bundlesOf(registry, REPOSITORY, digest)).toEqual(before.bundles);
    expect(await legacySignaturesOf(registry, REPOSITORY, digest)).toHaveLength(before.layers);
    console.log(
      `re-run: ${before.bundles.length} bundle(s) and ${before.layers} .sig layer(s) before, ` +
        `${(await bundlesOf(registry, REPOSITORY, digest)).length} and ` +
        `${(await legacySignaturesOf(registry, REPOSITORY, digest)).length} after`,
    );
  });
});
