// `artifact-type: helm-chart` end to end, run by a real Actions runner (act), against the real
// registry and read back with skopeo: where the chart goes (`<url>/<chart name>:<version>`), what
// the plan, outputs and summary say, versions from the release tag, immutability (the same content
// is a no-op, other content at the same version is refused), promotion only by the user's rules,
// and dry runs. What Helm, cosign and Flux make of the chart is interop/helm-chart.test.ts.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { MASTER_SHA } from './fixtures/events/runs.js';
import {
  makeWorkspace,
  publish as publishAction,
  scratchDirectories,
  SHOP_CHART,
} from './support/end-to-end.js';
import { catalog } from './support/registry-state.js';
import { startRegistry, type TestRegistry } from './support/registry.js';
import { visibleLog, type RunOptions, type RunResult } from './support/runner.js';
import { skopeo, skopeoInspectRaw, skopeoRegistryFlags } from './support/tools.js';

const GITHUB_TOKEN = 'ghs_helm-chart-test-token';

interface Manifest {
  config: { mediaType: string; digest: string };
  layers: { mediaType: string; digest: string }[];
  annotations: Record<string, string>;
}

let registry: TestRegistry;
let workspace: string;
const scratch = scratchDirectories();

beforeAll(async () => {
  registry = await startRegistry({ mode: 'htpasswd' });
  workspace = await makeWorkspace(scratch, { fixture: SHOP_CHART });
});

afterAll(async () => {
  await registry?.stop();
  await scratch.removeAll();
});

/** Publishes the chart at `deploy/` to `oci://<registry>/<parent>` with the writer's credentials. */
function publish(
  run: RunOptions['run'],
  parent: string,
  inputs: Record<string, string> = {},
): Promise<RunResult> {
  return publishAction({
    run,
    workspace,
    registry,
    repository: parent,
    inputs: { 'artifact-type': 'helm-chart', ...inputs },
    githubToken: GITHUB_TOKEN,
    secrets: () => registry.secrets(),
  });
}

async function manifestAt(reference: string): Promise<{ raw: Buffer; manifest: Manifest }> {
  const raw = await skopeoInspectRaw(registry, reference);
  return { raw, manifest: JSON.parse(raw.toString()) as Manifest };
}

/** The chart metadata `helm push` writes as the config blob. */
async function configAt(reference: string): Promise<Record<string, unknown>> {
  const { stdout } = await skopeo([
    'inspect',
    '--config',
    '--raw',
    ...skopeoRegistryFlags(registry.users.writer),
    `docker://${registry.host}/${reference}`,
  ]);
  return JSON.parse(stdout.toString()) as Record<string, unknown>;
}

async function tagsOf(repository: string): Promise<string[]> {
  const { stdout } = await skopeo([
    'list-tags',
    ...skopeoRegistryFlags(registry.users.writer),
    `docker://${registry.host}/${repository}`,
  ]);
  return (JSON.parse(stdout.toString()) as { Tags: string[] }).Tags.sort();
}

/** The YAML documents of the summary's Flux section, as a user would paste them. */
function summaryYaml(summary: string): Record<string, unknown>[] {
  const block = /<pre lang="yaml"><code>([\s\S]*?)<\/code><\/pre>/.exec(summary)?.[1];
  if (block === undefined) throw new Error(`no YAML in the summary:\n${summary}`);
  const text = block.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return parseAllDocuments(text).map((document) => {
    expect(document.errors).toEqual([]);
    return document.toJS() as Record<string, unknown>;
  });
}

function errorLines(result: RunResult): string[] {
  return result.stdout.split('\n').filter((line) => line.startsWith('::error'));
}

describe('a chart published from the default branch', () => {
  let result: RunResult;
  beforeAll(async () => {
    result = await publish('push to the default branch', 'charts');
  });

  it('exits 0 with the chart reference, name and version in the outputs', () => {
    expect(result.exitCode, visibleLog(result)).toBe(0);
    const digest = result.outputs.digest!;
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(result.outputs).toMatchObject({
      url: `oci://${registry.host}/charts/shop@${digest}`,
      ref: `${registry.host}/charts/shop@${digest}`,
      tags: '1.4.2',
      pushed: 'true',
      'chart-name': 'shop',
      'chart-version': '1.4.2',
    });
    expect(JSON.parse(result.outputs.plan!)).toEqual({
      chart: { name: 'shop', version: '1.4.2' },
      primaryTag: '1.4.2',
      promotedTags: [],
      rules: [],
      dryRun: false,
      dryRunReason: 'dry-run is auto and this is a push event',
      notices: [],
    });
  });

  it('stores it under <url>/<chart name>:<version> as a Helm chart, and tags nothing else', async () => {
    const { manifest } = await manifestAt('charts/shop:1.4.2');
    expect(manifest.config.mediaType).toBe('application/vnd.cncf.helm.config.v1+json');
    expect(manifest.layers.map((layer) => layer.mediaType)).toEqual([
      'application/vnd.cncf.helm.chart.content.v1.tar+gzip',
    ]);
    expect(manifest.annotations).toMatchObject({
      'org.opencontainers.image.title': 'shop',
      'org.opencontainers.image.version': '1.4.2',
      'org.opencontainers.image.source': 'https://github.com/larkspur-labs/storefront-deploy',
      'org.opencontainers.image.revision': `master@sha1:${MASTER_SHA}`,
    });
    expect(await configAt('charts/shop:1.4.2')).toMatchObject({ name: 'shop', version: '1.4.2' });
    expect(await tagsOf('charts/shop')).toEqual(['1.4.2']);
    expect(await catalog(registry)).not.toContain('charts');
  });

  it('logs the plan with the chart, its version tag and no promotion', () => {
    const log = visibleLog(result);
    expect(log).toContain('Chart: shop 1.4.2');
    expect(log).toContain('Tag: 1.4.2');
    expect(log).toContain('Promote: no rules');
  });

  it('writes a summary with an OCIRepository selecting the chart layer and a HelmRelease', () => {
    expect(result.summary).toContain('<h3>Published Helm chart</h3>');
    expect(result.summary).toContain('<td>Chart</td><td><code>shop</code> <code>1.4.2</code></td>');
    const [source, release, ...rest] = summaryYaml(result.summary);
    expect(rest).toEqual([]);
    expect(source).toEqual({
      apiVersion: 'source.toolkit.fluxcd.io/v1',
      kind: 'OCIRepository',
      metadata: { name: 'shop', namespace: 'flux-system' },
      spec: {
        interval: '5m',
        url: `oci://${registry.host}/charts/shop`,
        ref: { semver: '*' },
        layerSelector: {
          mediaType: 'application/vnd.cncf.helm.chart.content.v1.tar+gzip',
          operation: 'copy',
        },
      },
    });
    expect(release).toEqual({
      apiVersion: 'helm.toolkit.fluxcd.io/v2',
      kind: 'HelmRelease',
      metadata: { name: 'shop', namespace: 'flux-system' },
      spec: { interval: '10m', chartRef: { kind: 'OCIRepository', name: 'shop' } },
    });
  });

  it('is a no-op when the same version is published again with the same content', async () => {
    const before = await manifestAt('charts/shop:1.4.2');
    const again = await publish('push to a feature branch', 'charts');
    expect(again.exitCode, visibleLog(again)).toBe(0);
    expect(again.outputs.pushed).toBe('false');
    expect(again.outputs.digest).toBe(result.outputs.digest);
    expect(again.outputs.tags).toBe('1.4.2');
    expect(again.summary).toContain(
      'Chart <code>shop 1.4.2</code> is already published with the same content: nothing pushed',
    );
    expect((await manifestAt('charts/shop:1.4.2')).raw).toEqual(before.raw);
    expect(await tagsOf('charts/shop')).toEqual(['1.4.2']);
  });

  it('refuses other content at the same version, naming the version to bump, and pushes nothing', async () => {
    const before = await manifestAt('charts/shop:1.4.2');
    await writeFile(join(workspace, 'deploy', 'templates', 'extra.yaml'), 'kind: ConfigMap\n');
    let refused: RunResult;
    try {
      refused = await publish('push to a feature branch', 'charts');
    } finally {
      await rm(join(workspace, 'deploy', 'templates', 'extra.yaml'));
    }
    expect(refused.exitCode).toBe(1);
    expect(errorLines(refused)).toEqual([
      expect.stringMatching(
        /Input 'path': shop 1\.4\.2 is already published at .*charts\/shop:1\.4\.2 with other content, and nothing was pushed.*Bump 'version' in deploy\/Chart\.yaml/,
      ),
    ]);
    expect(refused.outputs.digest).toBeUndefined();
    expect((await manifestAt('charts/shop:1.4.2')).raw).toEqual(before.raw);
    expect(await tagsOf('charts/shop')).toEqual(['1.4.2']);
  });
});

describe('url', () => {
  it("is the parent: one ending with the chart's name gets the chart below it, with a notice", async () => {
    const result = await publish('push to the default branch', 'nested/shop');
    expect(result.exitCode, visibleLog(result)).toBe(0);
    expect(result.outputs.ref).toBe(`${registry.host}/nested/shop/shop@${result.outputs.digest}`);
    expect(result.stdout).toMatch(/^::notice::'url' already ends with the chart's name/m);
    expect(await tagsOf('nested/shop/shop')).toEqual(['1.4.2']);
  });
});

describe('a chart published from a release tag', () => {
  it('takes its version and appVersion from the tag, in the archive and the config', async () => {
    const result = await publish('push of tag v6.1.0', 'released', {
      'chart-version': '{{version}}',
      'chart-app-version': '{{tag}}',
    });
    expect(result.exitCode, visibleLog(result)).toBe(0);
    expect(result.outputs.tags).toBe('6.1.0');
    expect(result.outputs['chart-version']).toBe('6.1.0');
    expect(await configAt('released/shop:6.1.0')).toMatchObject({
      version: '6.1.0',
      appVersion: 'v6.1.0',
    });
    const { manifest } = await manifestAt('released/shop:6.1.0');
    expect(manifest.annotations['org.opencontainers.image.version']).toBe('6.1.0');
  });

  it('moves the tags of the promotion rules the user gives', async () => {
    const result = await publish('push of tag v6.1.0', 'promoted', {
      'chart-version': '{{version}}',
      promote: 'stable: semver=*, prerelease=false\nedge: branch=main',
    });
    expect(result.exitCode, visibleLog(result)).toBe(0);
    expect(result.outputs.tags?.split('\n')).toEqual(['6.1.0', 'stable']);
    expect(await tagsOf('promoted/shop')).toEqual(['6.1.0', 'stable']);
    expect((await manifestAt('promoted/shop:stable')).raw).toEqual(
      (await manifestAt('promoted/shop:6.1.0')).raw,
    );
  });

  it('writes a version with build metadata under its tag with + as _', async () => {
    const result = await publish('push to the default branch', 'build-metadata', {
      'chart-version': '1.4.2+{{short_sha}}',
    });
    expect(result.exitCode, visibleLog(result)).toBe(0);
    expect(result.outputs['chart-version']).toBe(`1.4.2+${MASTER_SHA.slice(0, 7)}`);
    expect(result.outputs.tags).toBe(`1.4.2_${MASTER_SHA.slice(0, 7)}`);
    expect(await configAt(`build-metadata/shop:1.4.2_${MASTER_SHA.slice(0, 7)}`)).toMatchObject({
      version: `1.4.2+${MASTER_SHA.slice(0, 7)}`,
    });
    // A version that is not a release resolves by its tag in the Flux YAML.
    expect(summaryYaml(result.summary)[0]).toMatchObject({
      spec: { ref: { tag: `1.4.2_${MASTER_SHA.slice(0, 7)}` } },
    });
  });
});

describe('a pull request', () => {
  it('is a dry run that shows the chart it would publish and pushes nothing', async () => {
    const result = await publish('pull request opened', 'dry');
    expect(result.exitCode, visibleLog(result)).toBe(0);
    expect(result.outputs).toMatchObject({
      pushed: 'false',
      digest: '',
      'chart-name': 'shop',
      'chart-version': '1.4.2',
    });
    expect(visibleLog(result)).toContain('Chart: shop 1.4.2');
    expect(result.summary).toContain('<h3>Dry run: nothing published');
    expect(await catalog(registry)).not.toContain('dry/shop');
  });

  it('still checks the chart as helm package would, naming the input', async () => {
    const chartYaml = join(workspace, 'deploy', 'Chart.yaml');
    const original = await readFile(chartYaml, 'utf8');
    await writeFile(chartYaml, original.replace('version: 1.4.2', 'version: one'));
    let result: RunResult;
    try {
      result = await publish('pull request opened', 'dry-bad');
    } finally {
      await writeFile(chartYaml, original);
    }
    expect(result.exitCode).toBe(1);
    expect(errorLines(result)).toEqual([
      expect.stringMatching(
        /Input 'path': deploy\/Chart\.yaml: 'version', 'one', is not a semantic version/,
      ),
    ]);
  });
});
