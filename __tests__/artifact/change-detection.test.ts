// Unchanged means the same uncompressed content, whatever the gzip, the tar writer or `created`:
// the published layer is read once and compared file by file, and the files that differ listed.
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BuiltArtifact } from '../../src/artifact/index.js';
import { compareWithPublished } from '../../src/artifact/index.js';
import { changedFiles } from '../../src/artifact/change-detection.js';
import { ErrorCode } from '../../src/errors.js';
import { pushArtifact } from '../../src/artifact/push.js';
import { silentLog } from '../../src/log.js';
import { openRepository } from '../../src/oci/open.js';
import { tempDir, treeOf, writeTree } from '../support/file-tree.js';
import { MemoryRepository } from '../support/memory-repository.js';
import { startRegistryProxy, type RegistryProxy } from '../support/proxy.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { gnuTar } from '../support/tools.js';
import { build, saveLayer, tarBytes } from './building.js';

const run = promisify(execFile);

let scratch: { path: string; remove: () => Promise<void> };
let source: string;
let repository: MemoryRepository;
const built: BuiltArtifact[] = [];

beforeEach(async () => {
  scratch = await tempDir();
  source = join(scratch.path, 'deploy');
  await mkdir(source);
  await writeTree(
    source,
    treeOf({ 'app.yaml': 'kind: Namespace\n', 'sub/cm.yaml': 'kind: ConfigMap\n', 'empty/': '' }),
  );
  repository = new MemoryRepository();
});
afterEach(async () => {
  await Promise.all(built.splice(0).map((b) => b.dispose()));
  await scratch.remove();
});

async function buildSource(created?: string): Promise<BuiltArtifact> {
  const artifact = await build(source, { workspace: scratch.path, ...(created && { created }) });
  built.push(artifact);
  return artifact;
}

async function publish(artifact: BuiltArtifact, tag: string): Promise<string> {
  await repository.putBlob(artifact.config);
  await repository.putBlob(artifact.layer);
  return repository.putManifest(artifact.manifest, tag);
}

/** Publishes a hand-made Flux artifact: any layer bytes, any config. */
async function publishRaw(layer: Buffer, config: object, tag: string): Promise<string> {
  const configBytes = Buffer.from(JSON.stringify(config));
  const manifest = {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: {
      mediaType: 'application/vnd.cncf.flux.config.v1+json',
      digest: repository.putBytes(configBytes),
      size: configBytes.length,
    },
    layers: [
      {
        mediaType: 'application/vnd.cncf.flux.content.v1.tar+gzip',
        digest: repository.putBytes(layer),
        size: layer.length,
      },
    ],
  };
  return repository.putManifest(
    { mediaType: manifest.mediaType, bytes: Buffer.from(JSON.stringify(manifest)) },
    tag,
  );
}

/** `gzip -1` of our own tar: the same content as another gzip would compress it. */
async function regzipped(artifact: BuiltArtifact): Promise<Buffer> {
  const file = join(scratch.path, 'regzip.tar');
  await writeFile(file, await tarBytes(artifact, scratch.path));
  await run('gzip', ['-1', '-n', '-f', file]);
  return readFile(`${file}.gz`);
}

/** The source tree as GNU tar packs it: other header bytes, owners and times than ours. */
async function gnuTarLayer(): Promise<Buffer> {
  const file = join(scratch.path, 'gnu.tar.gz');
  await gnuTar(['-czf', file, '--sort=name', '-C', source, '.']);
  return readFile(file);
}

it('is changed when nothing is published at the tag', async () => {
  const comparison = await compareWithPublished(repository, 'latest', await buildSource());
  expect(comparison.unchanged).toBe(false);
  expect(comparison.manifest).toBeUndefined();
});

it('is unchanged for the same artifact, and gives the published manifest to tag', async () => {
  const artifact = await buildSource();
  const digest = await publish(artifact, 'latest');
  expect(await compareWithPublished(repository, 'latest', artifact)).toMatchObject({
    unchanged: true,
    manifest: { digest, mediaType: artifact.manifest.mediaType, bytes: artifact.manifest.bytes },
  });
});

it('is unchanged for the same content built at another time', async () => {
  const digest = await publish(await buildSource('2020-01-01T00:00:00Z'), 'latest');
  const current = await buildSource('2025-06-01T12:00:00Z');
  expect(current.manifest.digest).not.toBe(digest);
  expect(await compareWithPublished(repository, 'latest', current)).toMatchObject({
    unchanged: true,
    manifest: { digest },
  });
});

it('is unchanged for the same tar compressed by another gzip at another level', async () => {
  const current = await buildSource();
  const digest = await publishRaw(
    await regzipped(current),
    JSON.parse(current.config.bytes.toString()) as object,
    'latest',
  );
  expect(await compareWithPublished(repository, 'latest', current)).toMatchObject({
    unchanged: true,
    manifest: { digest },
  });
});

it('is changed when one byte of one file changed', async () => {
  const digest = await publish(await buildSource(), 'latest');
  await writeFile(join(source, 'sub/cm.yaml'), 'kind: ConfigMaq\n');
  expect(await compareWithPublished(repository, 'latest', await buildSource())).toMatchObject({
    unchanged: false,
    manifest: { digest },
  });
});

it('compares with the artifact at a digest as well as at a tag', async () => {
  const digest = await publish(await buildSource('2020-01-01T00:00:00Z'), 'v1');
  expect(await compareWithPublished(repository, digest, await buildSource())).toMatchObject({
    unchanged: true,
    manifest: { digest },
  });
});

it('is changed when the tag holds something other than a Flux artifact', async () => {
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [],
    }),
  );
  const digest = await repository.putManifest(
    { mediaType: 'application/vnd.oci.image.index.v1+json', bytes: index },
    'latest',
  );
  expect(await compareWithPublished(repository, 'latest', await buildSource())).toMatchObject({
    unchanged: false,
    manifest: { digest },
  });
});

describe('without diff_ids in the published config', () => {
  const FLUX_CLI_CONFIG = { created: '2024-01-01T00:00:00Z' };

  it('is unchanged when the gunzipped layer is the same tar', async () => {
    const current = await buildSource();
    const digest = await publishRaw(await regzipped(current), FLUX_CLI_CONFIG, 'latest');
    expect(await compareWithPublished(repository, 'latest', current)).toMatchObject({
      unchanged: true,
      manifest: { digest },
    });
  });

  it('is unchanged when another tar writer packed the same files', async () => {
    const digest = await publishRaw(await gnuTarLayer(), FLUX_CLI_CONFIG, 'latest');
    expect(await compareWithPublished(repository, 'latest', await buildSource())).toMatchObject({
      unchanged: true,
      manifest: { digest },
    });
  });

  it('is changed when one byte of one file changed', async () => {
    const digest = await publishRaw(await gnuTarLayer(), FLUX_CLI_CONFIG, 'latest');
    await writeFile(join(source, 'app.yaml'), 'kind: Namespacf\n');
    expect(await compareWithPublished(repository, 'latest', await buildSource())).toMatchObject({
      unchanged: false,
      manifest: { digest },
    });
  });

  it('is changed when a file lost its executable bit', async () => {
    await writeTree(source, [{ path: 'run.sh', kind: 'file', mode: 0o755, content: 'exit 0\n' }]);
    const digest = await publishRaw(await gnuTarLayer(), FLUX_CLI_CONFIG, 'latest');
    await writeTree(source, [{ path: 'run.sh', kind: 'file', mode: 0o644, content: 'exit 0\n' }]);
    expect(await compareWithPublished(repository, 'latest', await buildSource())).toMatchObject({
      unchanged: false,
      manifest: { digest },
    });
  });

  it('is changed when the published layer is not a gzipped tar', async () => {
    const current = await buildSource();
    const notGzip = await tarBytes(current, scratch.path);
    const digest = await publishRaw(notGzip, FLUX_CLI_CONFIG, 'latest');
    const comparison = await compareWithPublished(repository, 'latest', current);
    expect(comparison).toMatchObject({ unchanged: false, manifest: { digest } });
    expect(comparison.reason).toMatch(/not a readable tar\+gzip/);
  });

  it('reads our own layer again without consuming it for the push', async () => {
    const current = await buildSource();
    await publishRaw(await gnuTarLayer(), FLUX_CLI_CONFIG, 'latest');
    await compareWithPublished(repository, 'latest', current);
    const layer = await saveLayer(current, join(scratch.path, 'after.tar.gz'));
    expect(layer.length).toBe(current.layer.size);
  });
});

describe("the files that differ in a published layer (changedFiles, as the CLI's diff reads them)", () => {
  it('lists a changed file with the bytes of both sides, and without data the same list bare', async () => {
    const layer = repository.putBytes(await gnuTarLayer());
    await writeFile(join(source, 'app.yaml'), 'kind: Namespacf\n');
    const current = await buildSource();
    const changes = await changedFiles(repository, layer, current, 'app:v1');
    expect(
      changes.map((c) => [c.status, c.path, c.before?.data?.toString(), c.after?.data?.toString()]),
    ).toEqual([['M', 'app.yaml', 'kind: Namespace\n', 'kind: Namespacf\n']]);
    const bare = await changedFiles(repository, layer, current, 'app:v1', false);
    expect(bare.map((c) => [c.status, c.path, c.before?.data, c.after?.data])).toEqual([
      ['M', 'app.yaml', undefined, undefined],
    ]);
  });

  it('refuses a layer that is not a gzipped tar as ARTIFACT_LAYER_INVALID, naming it', async () => {
    const current = await buildSource();
    const layer = repository.putBytes(await tarBytes(current, scratch.path));
    const refused = changedFiles(repository, layer, current, 'app:v1');
    await expect(refused).rejects.toThrow(/^app:v1 is not a readable gzip-compressed tar \(/);
    await expect(refused).rejects.toMatchObject({ code: ErrorCode.ARTIFACT_LAYER_INVALID });
  });
});

describe('on a registry', () => {
  let registry: TestRegistry;
  let proxy: RegistryProxy;
  beforeAll(async () => {
    registry = await startRegistry();
    proxy = await startRegistryProxy(registry.origin);
  });
  afterAll(async () => {
    await proxy?.stop();
    await registry?.stop();
  });

  it('reads the manifest and streams the layer once: two requests, and lists what differs', async () => {
    const registryRepository = await openRepository(`oci://${proxy.host}/app`);
    await pushArtifact(registryRepository, await buildSource(), silentLog);
    await registryRepository.putManifest((await buildSource()).manifest, 'latest');
    await writeFile(join(source, 'sub/cm.yaml'), 'kind: ConfigMaq\n');
    await writeFile(join(source, 'new.yaml'), 'kind: Secret\n');
    const current = await buildSource();
    proxy.requests.length = 0;
    const comparison = await compareWithPublished(registryRepository, 'latest', current);
    expect(
      proxy.requests.map((r) => `${r.method} ${r.path.replace(/sha256:\w+/, 'sha256:…')}`),
    ).toEqual(['GET /v2/app/manifests/latest', 'GET /v2/app/blobs/sha256:…']);
    expect(comparison.unchanged).toBe(false);
    expect(comparison.changes.map((c) => `${c.status}\t${c.path}`)).toEqual([
      'A\tnew.yaml',
      'M\tsub/cm.yaml',
    ]);
    // The bytes of the changed file, on both sides, for the review's diff.
    const [, changed] = comparison.changes;
    expect(changed!.before!.data!.toString()).toBe('kind: ConfigMap\n');
    expect(changed!.after!.data!.toString()).toBe('kind: ConfigMaq\n');
  });
});
