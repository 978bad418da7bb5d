// Our artifacts as Flux's own Go code reads and writes them (`fluxcd/pkg/oci` and
// `fluxcd/pkg/tar`, as `flux pull|push|tag artifact` and source-controller use them), and the
// referrers as oras lists them.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEnv } from '../fixtures/events/runs.js';
import { consume, startReferrersRegistry } from '../support/consumers.js';
import { readTree, writeTree, type TreeItem } from '../support/file-tree.js';
import { startRegistryProxy, type RegistryProxy } from '../support/proxy.js';
import { manifest, tags } from '../support/registry-state.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import type { SigstoreStack } from '../support/sigstore.js';
import { keylessInputs, publishTo, RUN, sigstoreForRun, type Workspace } from './published.js';

/** The tree to package: kept entries, and entries Flux's rules or ours leave out. */
const KEPT: TreeItem[] = [
  { path: 'apps', kind: 'dir' },
  { path: 'apps/web', kind: 'dir' },
  { path: 'apps/web/deployment.yaml', kind: 'file', content: 'kind: Deployment\n' },
  { path: 'apps/web/service.yaml', kind: 'file', content: 'kind: Service\n' },
  { path: 'apps/empty', kind: 'dir' },
  { path: 'kustomization.yaml', kind: 'file', content: 'resources: [apps/web]\n' },
  { path: 'scripts', kind: 'dir' },
  { path: 'scripts/migrate.sh', kind: 'file', mode: 0o755, content: '#!/bin/sh\necho ok\n' },
  { path: '.sourceignore', kind: 'file', content: 'secrets/\n' },
];
const IGNORED: TreeItem[] = [
  { path: 'README.md', kind: 'file', content: 'ignored by the ignore-paths input\n' },
  { path: 'logo.png', kind: 'file', content: 'ignored by Flux’s defaults' },
  { path: '.git', kind: 'dir' },
  { path: '.git/config', kind: 'file', content: '[core]\n' },
  { path: 'secrets', kind: 'dir' },
  { path: 'secrets/token.txt', kind: 'file', content: 'ignored by .sourceignore\n' },
];

/** `flux push artifact`'s default `--ignore-paths` (what our packaging always leaves out). */
const FLUX_DEFAULT_IGNORE =
  '.git/,.gitignore,.gitmodules,.gitattributes,*.jpg,*.jpeg,*.gif,*.png,*.wmv,*.flv,*.tar.gz,*.zip';

const env = runEnv(RUN);
const SOURCE = `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`;
const REVISION = `${env.GITHUB_REF!.replace(/^refs\/heads\//, '')}@sha1:${env.GITHUB_SHA}`;

let workspace: Workspace;

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'flux-artifact-'));
  await writeTree(join(dir, 'deploy'), [...KEPT, ...IGNORED]);
  workspace = { dir, path: 'deploy', remove: () => rm(dir, { recursive: true, force: true }) };
});
afterAll(() => workspace?.remove());

interface Pulled {
  digest: string;
  source: string;
  revision: string;
}

async function fluxPull(reference: string): Promise<{ pulled: Pulled; tree: TreeItem[] }> {
  const output = await mkdtemp(join(tmpdir(), 'flux-pull-'));
  try {
    const printed = await consume('flux-pull', ['--url', reference, '--output', output]);
    return { pulled: JSON.parse(printed) as Pulled, tree: await readTree(output) };
  } finally {
    await rm(output, { recursive: true, force: true });
  }
}

describe('what we publish, pulled by Flux', () => {
  let registry: TestRegistry;
  let digest: string;

  beforeAll(async () => {
    registry = await startRegistry();
    const result = await publishTo(registry, 'app', workspace, { 'ignore-paths': '*.md' });
    digest = result.outputs.digest!;
  });
  afterAll(() => registry?.stop());

  it('extracts to exactly the tree minus the ignored paths, bytes and modes', async () => {
    const { tree } = await fluxPull(`${registry.host}/app:latest`);
    const expected = KEPT.map((item) => ({
      ...item,
      mode: item.mode ?? (item.kind === 'dir' ? 0o755 : 0o644),
      content: item.kind === 'dir' ? '' : Buffer.from(item.content!),
    })).sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
    expect(tree).toEqual(expected);
  });

  it('reads the source and revision we annotated, and our digest', async () => {
    const { pulled } = await fluxPull(`${registry.host}/app@${digest}`);
    expect(pulled).toMatchObject({ digest, source: SOURCE, revision: REVISION });
  });
});

describe('what Flux pushes, seen by us', () => {
  let registry: TestRegistry;
  let proxy: RegistryProxy;
  let fluxDigest: string;

  beforeAll(async () => {
    registry = await startRegistry();
    proxy = await startRegistryProxy(registry.origin);
    const pushed = await consume('flux-push', [
      '--url',
      `${registry.host}/app:flux`,
      '--path',
      join(workspace.dir, workspace.path),
      '--source',
      SOURCE,
      '--revision',
      REVISION,
      // Flux's flag replaces its default patterns, so they are given again; and `flux push
      // artifact` reads no `.sourceignore` (we do), so its pattern is given too.
      '--ignore-paths',
      `${FLUX_DEFAULT_IGNORE},*.md,secrets/`,
    ]);
    fluxDigest = (JSON.parse(pushed) as { digest: string }).digest;
  });
  afterAll(async () => {
    await proxy?.stop();
    await registry?.stop();
  });

  it('is unchanged for the same tree and commit, and promoted without an upload', async () => {
    const throughProxy = { ...registry, host: proxy.host, origin: proxy.origin };
    const result = await publishTo(throughProxy, 'app', workspace, {
      'ignore-paths': '*.md',
      'diff-tag': 'flux',
    });
    expect(result.outputs.pushed).toBe('false');
    expect(result.outputs.digest).toBe(fluxDigest);
    const uploads = proxy.requests.filter((r) => r.method !== 'GET' && r.path.includes('/blobs/'));
    expect(uploads).toEqual([]);
    for (const tag of result.outputs.tags!.split('\n')) {
      expect((await manifest(registry, 'app', tag))?.digest).toBe(fluxDigest);
    }
  });

  it('is retagged by flux-tag to the same digest, with no new manifest', async () => {
    const tagged = await consume('flux-tag', [
      '--url',
      `${registry.host}/app:flux`,
      '--tag',
      'flux-copy',
    ]);
    expect(JSON.parse(tagged)).toMatchObject({ digest: fluxDigest });
    expect((await manifest(registry, 'app', 'flux-copy'))?.digest).toBe(fluxDigest);
    expect(await tags(registry, 'app')).toContain('flux-copy');
  });
});

describe('our bundle, discovered by oras', () => {
  let sigstore: SigstoreStack;
  beforeAll(async () => {
    sigstore = await sigstoreForRun();
  });
  afterAll(() => sigstore?.stop());

  it.each([
    { kind: 'the referrers API', start: startReferrersRegistry, schema: 'v1.1-referrers-api' },
    {
      kind: 'the referrers tag schema',
      start: () => startRegistry(),
      schema: 'v1.1-referrers-tag',
    },
  ])('through $kind', async ({ start, schema }) => {
    const registry = await start();
    try {
      const result = await publishTo(
        registry,
        'app',
        workspace,
        { ...keylessInputs(sigstore), 'signature-format': 'bundle' },
        { env: sigstore.env, secrets: sigstore.secrets() },
      );
      const printed = await consume('oras', [
        'discover',
        '--plain-http',
        '--distribution-spec',
        schema,
        '--format',
        'json',
        `${registry.host}/app@${result.outputs.digest}`,
      ]);
      const found = JSON.parse(printed) as {
        referrers?: { digest: string; artifactType: string }[];
        manifests?: { digest: string; artifactType: string }[];
      };
      expect(found.referrers ?? found.manifests).toEqual([
        expect.objectContaining({
          digest: result.outputs['bundle-digest'],
          artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        }),
      ]);
    } finally {
      await registry.stop();
    }
  });
});
