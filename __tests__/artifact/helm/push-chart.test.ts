// Our chart pushed to a real registry (distribution 2.8) through the shared pushArtifact, then read
// by the real Helm v4 client (`helm pull`, `helm show chart`, `helm template`), and compared with
// the same chart pushed by the real `helm push`: the same media types, config and Helm annotations.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from 'vitest';
import {
  chartRepository,
  compareChartWithPublished,
  type BuiltChart,
} from '../../../src/artifact/helm/index.js';
import { pushArtifact } from '../../../src/artifact/push.js';
import type { Log } from '../../../src/log.js';
import { openRepository } from '../../../src/oci/open.js';
import { UserError } from '../../../src/errors.js';
import { tempDir } from '../../support/file-tree.js';
import { archiveFiles, helm, helmPackage } from '../../support/helm.js';
import { startRegistry, type TestRegistry } from '../../support/registry.js';
import { build, copyChart, CREATED, REVISION, SOURCE } from './charts.js';

const quiet: Log = {
  debug: () => undefined,
  info: () => undefined,
  notice: () => undefined,
  warning: () => undefined,
  group: (_title, fn) => fn(),
  setSecret: () => undefined,
};

interface Manifest {
  mediaType?: string;
  config: { mediaType: string; digest: string };
  layers: { mediaType: string; digest: string }[];
  annotations: Record<string, string>;
}

let registry: TestRegistry;
let scratch: { path: string; remove: () => Promise<void> };
let workspace: string;
let repositories = 0;
beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(() => registry?.stop());
beforeEach(async () => {
  scratch = await tempDir('push-chart-test-');
  workspace = join(scratch.path, 'workspace');
  await mkdir(workspace);
});
afterEach(() => scratch.remove());

/** `helm pull` of `<url>/shop` at `version` into a new directory; returns the archive's path. */
async function helmPull(url: string, into: string, version = '1.4.2', flags: string[] = []) {
  await mkdir(into, { recursive: true });
  await helm(['pull', `${url}/shop`, '--version', version, '--plain-http', ...flags, '-d', into]);
  return join(into, `shop-${version}.tgz`);
}

/** A URL no other test pushes to, as `helm push` takes it. */
function freshUrl(): string {
  return `oci://${registry.host}/charts-${++repositories}`;
}

/** Pushes `built` as we do: blobs, the manifest by digest, then its version tag. */
async function push(built: BuiltChart, url: string) {
  const repository = await openRepository(chartRepository(url, built.metadata.name));
  const stored = await pushArtifact(repository, built, quiet);
  await repository.putManifest(stored, built.tag);
  return repository;
}

async function manifestAt(url: string, name: string, tag: string) {
  const repository = await openRepository(chartRepository(url, name));
  const stored = (await repository.getManifest(tag))!;
  const manifest = JSON.parse(stored.bytes.toString()) as Manifest;
  const config = await readAll(await repository.getBlob(manifest.config.digest));
  return { manifest, config: config.toString() };
}

async function readAll(stream: AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

test('helm pulls, shows and renders the chart we pushed', async () => {
  const chart = await copyChart('shop', workspace);
  const built = await build(chart, { workspace });
  const url = freshUrl();
  await push(built, url);
  await built.dispose();

  const pulled = await helmPull(url, join(scratch.path, 'pulled'));
  const shown = await helm(['show', 'chart', `${url}/shop`, '--version', '1.4.2', '--plain-http']);
  const rendered = await helm(['template', 'front', pulled]);

  expect(shown).toContain('name: shop\n');
  expect(shown).toContain('version: 1.4.2\n');
  expect(rendered).toBe(await helm(['template', 'front', chart]));
});

test('a version with build metadata is pushed under its tag with + as _, as helm finds it', async () => {
  const chart = await copyChart('shop', workspace);
  const built = await build(chart, {
    workspace,
    versions: { version: { value: '1.5.0+build.9', input: 'chart-version' } },
  });
  const url = freshUrl();
  await push(built, url);
  await built.dispose();

  const shown = await helm([
    'show',
    'chart',
    `${url}/shop`,
    '--version',
    '1.5.0+build.9',
    '--plain-http',
  ]);

  expect(built.tag).toBe('1.5.0_build.9');
  expect(shown).toContain('version: 1.5.0+build.9\n');
});

test('the same chart pushed by helm push has the same media types, config and annotations', async () => {
  const chart = await copyChart('shop', workspace);
  const built = await build(chart, { workspace });
  const ourUrl = freshUrl();
  const theirUrl = freshUrl();
  await push(built, ourUrl);
  await built.dispose();
  await helm(['push', await helmPackage(chart, scratch.path), theirUrl, '--plain-http']);

  const ours = await manifestAt(ourUrl, 'shop', '1.4.2');
  const theirs = await manifestAt(theirUrl, 'shop', '1.4.2');

  expect(ours.manifest.config.mediaType).toBe('application/vnd.cncf.helm.config.v1+json');
  expect(ours.manifest.config.mediaType).toBe(theirs.manifest.config.mediaType);
  expect(ours.manifest.layers.map((layer) => layer.mediaType)).toEqual(
    theirs.manifest.layers.map((layer) => layer.mediaType),
  );
  expect(ours.config).toBe(theirs.config);
  // Helm's annotations are ours too, but for the two we take from Git (Helm takes the creation
  // time from the archive file and the source from Chart.yaml's first `sources` entry).
  const fromGit = ['org.opencontainers.image.created', 'org.opencontainers.image.source'];
  const helmOnly = Object.fromEntries(
    Object.entries(theirs.manifest.annotations).filter(([key]) => !fromGit.includes(key)),
  );
  expect(ours.manifest.annotations).toMatchObject(helmOnly);
  expect(theirs.manifest.annotations['org.opencontainers.image.source']).toBe(
    'https://github.com/example/shop',
  );
  expect(ours.manifest.annotations).toMatchObject({
    'org.opencontainers.image.created': CREATED,
    'org.opencontainers.image.source': SOURCE,
    'org.opencontainers.image.revision': REVISION,
  });
});

test('both archives, pulled back by helm, hold the same files with the same bytes', async () => {
  const chart = await copyChart('shop', workspace);
  const built = await build(chart, { workspace });
  const ourUrl = freshUrl();
  const theirUrl = freshUrl();
  await push(built, ourUrl);
  await built.dispose();
  await helm(['push', await helmPackage(chart, scratch.path), theirUrl, '--plain-http']);

  const ours = await helmPull(ourUrl, join(scratch.path, 'ours'));
  const theirs = await helmPull(theirUrl, join(scratch.path, 'theirs'));

  expect(await archiveFiles(ours, scratch.path)).toEqual(await archiveFiles(theirs, scratch.path));
  expect(await helm(['show', 'chart', ours])).toBe(await helm(['show', 'chart', theirs]));
});

test('a provenance file made for our archive is pushed as Helm’s provenance layer', async () => {
  const chart = await copyChart('shop', workspace);
  const first = await build(chart, { workspace });
  await first.dispose();
  const prov = join(workspace, 'shop-1.4.2.tgz.prov');
  await writeFile(
    prov,
    '-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\nname: shop\nversion: 1.4.2\n\n...\n' +
      `files:\n  shop-1.4.2.tgz: ${first.layer.digest}\n-----BEGIN PGP SIGNATURE-----\n`,
  );
  const built = await build(chart, { workspace, provenance: { path: prov, input: 'provenance' } });
  const url = freshUrl();
  await push(built, url);
  await built.dispose();

  const { manifest } = await manifestAt(url, 'shop', '1.4.2');
  const pulled = await helmPull(url, join(scratch.path, 'pulled'), '1.4.2', ['--prov']);

  expect(manifest.layers.map((layer) => layer.mediaType).sort()).toEqual([
    'application/vnd.cncf.helm.chart.content.v1.tar+gzip',
    'application/vnd.cncf.helm.chart.provenance.v1.prov',
  ]);
  // Helm orders the layers by digest.
  expect(manifest.layers.map((layer) => layer.digest)).toEqual(
    manifest.layers.map((layer) => layer.digest).sort(),
  );
  expect((await archiveFiles(pulled, scratch.path)).size).toBe(15);
  // The same chart without the provenance is the same content, whichever layer comes first.
  const repository = await openRepository(chartRepository(url, 'shop'));
  const withoutProvenance = await build(chart, { workspace });
  const comparison = await compareChartWithPublished(repository, '1.4.2', withoutProvenance);
  await withoutProvenance.dispose();
  expect(comparison).toMatchObject({ unchanged: true, reason: 'the same layer' });
  expect(await readFile(`${pulled}.prov`, 'utf8')).toContain(first.layer.digest);
});

test('a provenance file made for another archive is refused before anything is pushed', async () => {
  const chart = await copyChart('shop', workspace);
  const prov = join(workspace, 'shop-1.4.2.tgz.prov');
  await writeFile(
    prov,
    '-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\nname: shop\n...\nfiles:\n' +
      `  shop-1.4.2.tgz: sha256:${'0'.repeat(64)}\n-----BEGIN PGP SIGNATURE-----\n`,
  );

  const error = await build(chart, { workspace, provenance: { path: prov, input: 'provenance' } })
    .then(() => undefined)
    .catch((caught: unknown) => caught);

  expect(error).toBeInstanceOf(UserError);
  expect(error).toMatchObject({ code: 'CHART_PROVENANCE_MISMATCH', input: 'provenance' });
});

test('the same chart pushed by helm push counts as the same content; another one does not', async () => {
  const chart = await copyChart('shop', workspace);
  const url = freshUrl();
  await helm(['push', await helmPackage(chart, scratch.path), url, '--plain-http']);
  const repository = await openRepository(chartRepository(url, 'shop'));
  const same = await build(chart, { workspace });
  const sameAnswer = await compareChartWithPublished(repository, same.tag, same);
  await same.dispose();
  await writeFile(join(chart, 'templates', 'extra.yaml'), 'kind: ConfigMap\n');
  const other = await build(chart, { workspace });
  const otherAnswer = await compareChartWithPublished(repository, other.tag, other);
  const absent = await compareChartWithPublished(repository, '9.9.9', other);
  await other.dispose();

  expect(sameAnswer).toMatchObject({ unchanged: true, reason: 'the same files', changes: [] });
  expect(otherAnswer.unchanged).toBe(false);
  expect(otherAnswer.manifest).toBeDefined();
  expect(otherAnswer.changes.map((c) => `${c.status}\t${c.path}`)).toEqual([
    'A\tshop/templates/extra.yaml',
  ]);
  expect(absent.unchanged).toBe(false);
  expect(absent.manifest).toBeUndefined();
});
