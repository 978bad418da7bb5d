// Re-running a workflow for a commit it published before, through the bundled action: the same
// digest, and, where a valid signature by the same signer is there already, no new certificate
// from Fulcio, no new entry in Rekor (counted in the loopback Rekor's log) and no new signature in
// the registry. Only the forms that are missing are signed; another signer still signs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeWorkspace,
  publish as publishAction,
  scratchDirectories,
  testCosignKey,
} from './support/end-to-end.js';
import { bundlesOf, legacySignaturesOf } from './support/registry-state.js';
import { startRegistry, type TestRegistry } from './support/registry.js';
import { visibleLog, type RunResult } from './support/runner.js';
import { startSigstore, type SigstoreStack } from './support/sigstore.js';

const GITHUB_TOKEN = 'ghs_rerun-test-token';
const WORKFLOW = 'https://github.com/larkspur-labs/storefront-deploy/.github/workflows';
const cosignKey = testCosignKey('rerun-test-password');

let registry: TestRegistry;
/** The publishing workflow, and another one that signs the same artifacts. */
let sigstore: SigstoreStack;
let other: SigstoreStack;
let workspace: string;
const scratch = scratchDirectories();

beforeAll(async () => {
  [registry, sigstore, other] = await Promise.all([
    startRegistry({ mode: 'htpasswd' }),
    startSigstore({ subject: `${WORKFLOW}/publish.yml@refs/heads/master` }),
    startSigstore({ subject: `${WORKFLOW}/attest.yml@refs/heads/master` }),
  ]);
  workspace = await makeWorkspace(scratch);
});

afterAll(async () => {
  await Promise.all([registry?.stop(), sigstore?.stop(), other?.stop()]);
  await scratch.removeAll();
});

function publish(
  repository: string,
  stack: SigstoreStack,
  inputs: Record<string, string> = {},
): Promise<RunResult> {
  return publishAction({
    workspace,
    registry,
    repository,
    inputs: {
      sign: 'true',
      'fulcio-url': stack.fulcioURL,
      'rekor-url': stack.rekorURL,
      ...inputs,
    },
    env: stack.env,
    githubToken: GITHUB_TOKEN,
    secrets: () => [...registry.secrets(), ...sigstore.secrets(), ...other.secrets()],
  });
}

/** What the registry holds for a digest's signatures. */
async function signaturesOf(repository: string, digest: string) {
  return {
    legacy: (await legacySignaturesOf(registry, repository, digest)).map(
      (l) => (l as { annotations?: Record<string, string> }).annotations,
    ),
    bundles: await bundlesOf(registry, repository, digest),
  };
}

function succeeded(...results: RunResult[]) {
  for (const result of results) expect(result.exitCode, visibleLog(result)).toBe(0);
}

describe('a keyless re-run, both forms', () => {
  const repository = 'rerun/keyless';
  let first: RunResult;
  let again: RunResult;
  let before: Awaited<ReturnType<typeof signaturesOf>>;
  let counts: {
    first: ReturnType<SigstoreStack['counts']>;
    again: ReturnType<SigstoreStack['counts']>;
  };

  beforeAll(async () => {
    const start = sigstore.counts();
    first = await publish(repository, sigstore);
    const afterFirst = sigstore.counts();
    before = await signaturesOf(repository, first.outputs.digest!);
    again = await publish(repository, sigstore);
    const afterAgain = sigstore.counts();
    counts = {
      first: {
        rekorEntries: afterFirst.rekorEntries - start.rekorEntries,
        certificates: afterFirst.certificates - start.certificates,
      },
      again: {
        rekorEntries: afterAgain.rekorEntries - afterFirst.rekorEntries,
        certificates: afterAgain.certificates - afterFirst.certificates,
      },
    };
  }, 120_000);

  it('gives the same digest', () => {
    succeeded(first, again);
    expect(again.outputs.digest).toBe(first.outputs.digest);
  });

  it('asks Fulcio for no certificate and adds no Rekor entry', () => {
    expect(counts.first).toEqual({ rekorEntries: 2, certificates: 1 });
    expect(counts.again).toEqual({ rekorEntries: 0, certificates: 0 });
  });

  it('adds no signature, and reports the ones that are there', async () => {
    expect(await signaturesOf(repository, first.outputs.digest!)).toEqual(before);
    for (const output of ['signature', 'bundle', 'rekor-log-index']) {
      expect(again.outputs[output], output).toBeTruthy();
      expect(again.outputs[output], output).toBe(first.outputs[output]);
    }
    expect(visibleLog(again)).toMatch(/signed by this signer already, in every form asked for/);
  });
});

it('signs only the missing form: a legacy signature, then both forms', async () => {
  const repository = 'rerun/missing-form';
  const first = await publish(repository, sigstore, { 'signature-format': 'legacy' });
  const start = sigstore.counts();
  const again = await publish(repository, sigstore, { 'signature-format': 'both' });
  const end = sigstore.counts();
  succeeded(first, again);
  expect(again.outputs.digest).toBe(first.outputs.digest);
  // One certificate and one entry (the bundle's); the legacy layer is the first run's.
  expect(end.rekorEntries - start.rekorEntries).toBe(1);
  expect(end.certificates - start.certificates).toBe(1);
  const { legacy, bundles } = await signaturesOf(repository, first.outputs.digest!);
  expect(legacy).toHaveLength(1);
  expect(bundles).toEqual([again.outputs.bundle]);
}, 120_000);

it('a cosign key signing again (key-tlog-upload) adds no Rekor entry and no signature', async () => {
  const repository = 'rerun/key';
  const inputs = {
    'cosign-key': cosignKey.pem,
    'cosign-password': cosignKey.password,
    'key-tlog-upload': 'true',
  };
  const first = await publish(repository, sigstore, inputs);
  const before = await signaturesOf(repository, first.outputs.digest!);
  const start = sigstore.counts();
  const again = await publish(repository, sigstore, inputs);
  succeeded(first, again);
  expect(again.outputs.digest).toBe(first.outputs.digest);
  expect(sigstore.counts()).toEqual(start);
  expect(await signaturesOf(repository, first.outputs.digest!)).toEqual(before);
  expect(before.legacy).toHaveLength(1);
  expect(before.bundles).toHaveLength(1);
}, 120_000);

it('another workflow signing the same digest does sign, beside the first', async () => {
  const repository = 'rerun/other-signer';
  const first = await publish(repository, sigstore);
  const start = other.counts();
  const second = await publish(repository, other);
  succeeded(first, second);
  expect(second.outputs.digest).toBe(first.outputs.digest);
  expect(other.counts().rekorEntries - start.rekorEntries).toBe(2);
  const { legacy, bundles } = await signaturesOf(repository, first.outputs.digest!);
  expect(legacy).toHaveLength(2);
  expect(bundles).toHaveLength(2);
}, 120_000);
