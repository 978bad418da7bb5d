// A Helm chart published by the action (`artifact-type: helm-chart`, run as the runner runs it) as
// its real consumers judge it: Helm v4 pulls, shows and renders it; it matches what the real
// `helm push` makes of the same chart; Flux's puller finds the chart layer by the summary's
// `layerSelector`; cosign v3 and v2 and the Flux-style verifier accept its keyless signature (with
// the summary's `matchOIDCIdentity` block) and its key signature.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cosignVerify, runConsumer, writeTrustedRoot } from '../support/consumers.js';
import { testCosignKey } from '../support/end-to-end.js';
import { readTree } from '../support/file-tree.js';
import { archiveFiles, helm, helmPackage } from '../support/helm.js';
import { rawRequest } from '../support/raw-client.js';
import { manifest } from '../support/registry-state.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import type { RunResult } from '../support/runner.js';
import type { SigstoreStack } from '../support/sigstore.js';
import {
  chartWorkspace,
  keylessInputs,
  publishTo,
  sigstoreForRun,
  summaryIdentity,
  type Workspace,
} from './published.js';

const CHART = { 'artifact-type': 'helm-chart' };
const HELM_LAYER = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';

interface Manifest {
  config: { mediaType: string; digest: string };
  layers: { mediaType: string; digest: string }[];
  annotations: Record<string, string>;
}

let registry: TestRegistry;
let sigstore: SigstoreStack;
let workspace: Workspace;
let scratch: string;
let trustedRoot: string;
/** The action's keyless publish of the chart to `<host>/charts` (so `charts/shop:1.4.2`). */
let published: RunResult;

beforeAll(async () => {
  [registry, sigstore, workspace] = await Promise.all([
    startRegistry(),
    sigstoreForRun(),
    chartWorkspace(),
  ]);
  scratch = await mkdtemp(join(workspace.dir, '..', 'helm-chart-scratch-'));
  trustedRoot = await writeTrustedRoot(sigstore.trustedRoot, scratch);
  published = await publishTo(
    registry,
    'charts',
    workspace,
    { ...CHART, ...keylessInputs(sigstore) },
    { env: sigstore.env, secrets: sigstore.secrets() },
  );
  // The same chart, packaged and pushed by Helm itself.
  const archive = await helmPackage(chartDirectory(), scratch);
  await helm(['push', archive, `oci://${registry.host}/by-helm`, '--plain-http']);
}, 120_000);

afterAll(async () => {
  await Promise.all([registry?.stop(), sigstore?.stop()]);
  await workspace?.remove();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

function chartDirectory(): string {
  return join(workspace.dir, workspace.path);
}

/** `helm pull oci://<host>/<parent>/shop --version <version>` into a new directory. */
async function helmPull(parent: string, version = '1.4.2'): Promise<string> {
  const into = await mkdtemp(join(scratch, 'pulled-'));
  await helm([
    'pull',
    `oci://${registry.host}/${parent}/shop`,
    '--version',
    version,
    '--plain-http',
    '-d',
    into,
  ]);
  return join(into, `shop-${version}.tgz`);
}

async function manifestAndConfig(repository: string, reference: string) {
  const stored = await manifest(registry, repository, reference);
  if (!stored) throw new Error(`nothing at ${repository}:${reference}`);
  const parsed = JSON.parse(stored.bytes.toString()) as Manifest;
  const response = await rawRequest(
    registry,
    undefined,
    'GET',
    `/v2/${repository}/blobs/${parsed.config.digest}`,
  );
  return { digest: stored.digest, manifest: parsed, config: await response.text() };
}

describe('the Helm v4 client', () => {
  it('pulls and shows the chart the action pushed, by its version', async () => {
    const shown = await helm([
      'show',
      'chart',
      `oci://${registry.host}/charts/shop`,
      '--version',
      '1.4.2',
      '--plain-http',
    ]);
    // Helm names what it pulled before the chart: the reference and the manifest digest.
    const [pulled, digest, ...chart] = shown.split('\n');
    expect(pulled).toBe(`Pulled: ${registry.host}/charts/shop:1.4.2`);
    expect(digest).toBe(`Digest: ${published.outputs.digest}`);
    expect(chart).toContain('name: shop');
    expect(chart).toContain('version: 1.4.2');
    expect(await helm(['show', 'chart', await helmPull('charts')])).toBe(chart.join('\n'));
  });

  it('renders the pulled chart exactly as it renders the chart directory', async () => {
    const pulled = await helmPull('charts');
    expect(await helm(['template', 'front', pulled])).toBe(
      await helm(['template', 'front', chartDirectory()]),
    );
  });
});

describe('beside the same chart pushed by helm push', () => {
  it('has the same config media type, layer media types and config content', async () => {
    const ours = await manifestAndConfig('charts/shop', '1.4.2');
    const theirs = await manifestAndConfig('by-helm/shop', '1.4.2');
    expect(ours.digest).toBe(published.outputs.digest);
    expect(ours.manifest.config.mediaType).toBe('application/vnd.cncf.helm.config.v1+json');
    expect(ours.manifest.config.mediaType).toBe(theirs.manifest.config.mediaType);
    expect(ours.manifest.layers.map((layer) => layer.mediaType)).toEqual([HELM_LAYER]);
    expect(ours.manifest.layers.map((layer) => layer.mediaType)).toEqual(
      theirs.manifest.layers.map((layer) => layer.mediaType),
    );
    expect(ours.config).toBe(theirs.config);
  });

  it('has Helm’s annotations, and ours adds the Git origin', async () => {
    const ours = (await manifestAndConfig('charts/shop', '1.4.2')).manifest.annotations;
    const theirs = (await manifestAndConfig('by-helm/shop', '1.4.2')).manifest.annotations;
    // Helm takes `created` from the archive file's time and `source` from Chart.yaml's first
    // `sources` entry; ours takes both from Git, and adds the revision.
    const fromGit = ['org.opencontainers.image.created', 'org.opencontainers.image.source'];
    const helmOnly = Object.fromEntries(
      Object.entries(theirs).filter(([key]) => !fromGit.includes(key)),
    );
    expect(ours).toMatchObject(helmOnly);
    expect(Object.keys(ours).sort()).toEqual(
      [...Object.keys(theirs), 'org.opencontainers.image.revision'].sort(),
    );
    expect(ours['org.opencontainers.image.source']).toBe(
      'https://github.com/larkspur-labs/storefront-deploy',
    );
    expect(ours['org.opencontainers.image.revision']).toMatch(/^master@sha1:[0-9a-f]{40}$/);
    expect(ours['org.opencontainers.image.created']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('holds the same archive files with the same bytes, as helm pull fetches them', async () => {
    const ours = await archiveFiles(await helmPull('charts'), scratch);
    const theirs = await archiveFiles(await helmPull('by-helm'), scratch);
    expect([...ours.keys()].sort()).toEqual([...theirs.keys()].sort());
    expect(ours).toEqual(theirs);
  });
});

describe('Flux', () => {
  it("finds the chart layer by the summary's layerSelector media type", async () => {
    expect(published.summary).toContain(`mediaType: "${HELM_LAYER}"`);
    const output = await mkdtemp(join(scratch, 'flux-pull-'));
    const verdict = await runConsumer('flux-pull', [
      '--url',
      `${registry.host}/charts/shop:1.4.2`,
      '--output',
      output,
      '--layer-media-type',
      HELM_LAYER,
    ]);
    expect(verdict.exitCode, verdict.stderr).toBe(0);
    expect(JSON.parse(verdict.stdout)).toMatchObject({ digest: published.outputs.digest });
    const extracted = new Map(
      (await readTree(output))
        .filter((item) => item.kind === 'file')
        .map((item) => [item.path, item.content as Buffer]),
    );
    expect(extracted).toEqual(await archiveFiles(await helmPull('charts'), scratch));
  });

  it("the Flux-style verifier accepts the keyless signature with the summary's matchOIDCIdentity", async () => {
    const identity = summaryIdentity(published.summary);
    const verdict = await runConsumer('flux-verify', [
      '--url',
      `${registry.host}/charts/shop:1.4.2`,
      '--trusted-root',
      trustedRoot,
      '--issuer',
      identity.issuer,
      '--subject',
      identity.subject,
    ]);
    expect(verdict.exitCode, verdict.stderr).toBe(0);
    expect(JSON.parse(verdict.stdout)).toMatchObject({
      verified: true,
      digest: published.outputs.digest,
      format: 'bundle',
    });
  });
});

describe('cosign', () => {
  const identityFlags = (subject: string) => [
    '--trusted-root',
    trustedRoot,
    '--certificate-identity',
    subject,
    '--certificate-oidc-issuer',
    sigstore.identity.issuer,
  ];

  it('v3 accepts the keyless signature of the chart version, with the exact workflow identity', async () => {
    const verdict = await cosignVerify(
      'cosign',
      `${registry.host}/charts/shop:1.4.2`,
      identityFlags(sigstore.identity.subject),
    );
    expect(verdict.exitCode, verdict.stderr).toBe(0);
  });

  it('v2.6.2 accepts its legacy .sig form', async () => {
    const verdict = await cosignVerify('cosign-v2', `${registry.host}/charts/shop:1.4.2`, [
      '--new-bundle-format=false',
      ...identityFlags(sigstore.identity.subject),
    ]);
    expect(verdict.exitCode, verdict.stderr).toBe(0);
  });

  it('v3 refuses another workflow identity', async () => {
    const verdict = await cosignVerify(
      'cosign',
      `${registry.host}/charts/shop:1.4.2`,
      identityFlags(sigstore.identity.subject.replace('publish.yml', 'other.yml')),
    );
    expect(verdict.exitCode).not.toBe(0);
  });
});

describe('a chart signed with a cosign key', () => {
  const key = testCosignKey('chart-key-password');
  let digest: string;
  let publicKey: string;

  beforeAll(async () => {
    publicKey = join(scratch, 'cosign.pub');
    await writeFile(publicKey, key.publicKeyPEM);
    const result = await publishTo(
      registry,
      'keyed',
      workspace,
      { ...CHART, sign: 'true', 'cosign-key': key.pem, 'cosign-password': key.password },
      { secrets: [key.pem, key.password] },
    );
    digest = result.outputs.digest!;
    expect(result.outputs['signature-tag']).toBe(`sha256-${digest.slice(7)}.sig`);
    expect(result.summary).toContain('secretRef:');
  }, 120_000);

  it('is accepted by cosign v3 with cosign.pub', async () => {
    const verdict = await cosignVerify('cosign', `${registry.host}/keyed/shop:1.4.2`, [
      '--key',
      publicKey,
      '--insecure-ignore-tlog=true',
    ]);
    expect(verdict.exitCode, verdict.stderr).toBe(0);
  });

  it('is accepted by the Flux-style verifier with cosign.pub (a secretRef)', async () => {
    const verdict = await runConsumer('flux-verify', [
      '--url',
      `${registry.host}/keyed/shop:1.4.2`,
      '--key',
      publicKey,
    ]);
    expect(verdict.exitCode, verdict.stderr).toBe(0);
    expect(JSON.parse(verdict.stdout)).toMatchObject({ verified: true, digest });
  });

  it('is still the chart helm pulls by its version, beside its signature tag', async () => {
    const pulled = await helmPull('keyed');
    expect(await helm(['show', 'chart', pulled])).toContain('version: 1.4.2\n');
  });
});
