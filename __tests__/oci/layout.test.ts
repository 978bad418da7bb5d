// The OCI layout target: what we write is what skopeo's `oci:` transport reads and copies, what
// oci-image-tool validates (for image manifests), and a structurally valid image layout.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { openRepository } from '../../src/oci/open.js';
import type { Repository, StoredManifest } from '../../src/oci/repository.js';
import { bufferBlob, readAll, sha256 } from '../support/blobs.js';
import { layoutProblems } from '../support/layout-check.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { gnuTar, skopeo, skopeoInspectRaw } from '../support/tools.js';

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';

let scratch: string;
let registry: TestRegistry;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'layout-test-'));
  registry = await startRegistry({ mode: 'anonymous' });
});
afterAll(async () => {
  await registry?.stop();
  await rm(scratch, { recursive: true, force: true });
});

let count = 0;
const freshDir = () => join(scratch, `layout-${++count}`);

function manifestOf(
  config: { mediaType: string; digest: string; size: number },
  layers: object[],
  extra = {},
) {
  const bytes = Buffer.from(
    JSON.stringify({ schemaVersion: 2, mediaType: OCI_MANIFEST, ...extra, config, layers }),
  );
  return { mediaType: OCI_MANIFEST, digest: sha256(bytes), bytes } satisfies StoredManifest;
}

async function pushFluxArtifact(
  repo: Repository,
  tag: string,
  content = `apiVersion: v1 # ${tag}\n`,
) {
  const config = bufferBlob('{}');
  const layer = bufferBlob(gzipSync(content));
  await repo.putBlob(config);
  await repo.putBlob(layer);
  const manifest = manifestOf(
    {
      mediaType: 'application/vnd.cncf.flux.config.v1+json',
      digest: config.digest,
      size: config.size,
    },
    [
      {
        mediaType: 'application/vnd.cncf.flux.content.v1.tar+gzip',
        digest: layer.digest,
        size: layer.size,
      },
    ],
  );
  await repo.putManifest(manifest, tag);
  return { manifest, layer };
}

describe('an OCI layout', () => {
  it('is read by skopeo at the tag we wrote', async () => {
    const dir = freshDir();
    const repo = await openRepository(`oci-layout:${dir}`);
    const { manifest } = await pushFluxArtifact(repo, 'v1');
    const { stdout } = await skopeo(['inspect', '--raw', `oci:${dir}:v1`]);
    expect(stdout).toEqual(manifest.bytes);
    expect(await layoutProblems(dir)).toEqual([]);
  });

  it('is copied by skopeo to a registry and back, bytes unchanged', async () => {
    const dir = freshDir();
    const repo = await openRepository(`oci-layout:${dir}`);
    const { manifest, layer } = await pushFluxArtifact(repo, 'v1');
    const remote = `docker://${registry.host}/layout/copy:v1`;
    await skopeo([
      'copy',
      '--preserve-digests',
      '--dest-tls-verify=false',
      `oci:${dir}:v1`,
      remote,
    ]);
    expect(await skopeoInspectRaw(registry, 'layout/copy:v1')).toEqual(manifest.bytes);

    const back = freshDir();
    await skopeo([
      'copy',
      '--preserve-digests',
      '--src-tls-verify=false',
      remote,
      `oci:${back}:v1`,
    ]);
    const copy = await openRepository(`oci-layout:${back}`);
    expect(await copy.getManifest('v1')).toEqual(manifest);
    expect(await readAll(await copy.getBlob(layer.digest))).toEqual(layer.bytes);
  });

  it('holding an image manifest, passes oci-image-tool validation', async () => {
    const dir = freshDir();
    const files = join(scratch, 'image-files');
    await mkdir(files, { recursive: true });
    await writeFile(join(files, 'hello.txt'), 'hello\n');
    const tar = (await gnuTar(['--create', '--owner=0', '--group=0', '-C', files, 'hello.txt']))
      .stdout;
    const layer = bufferBlob(gzipSync(tar));
    const config = bufferBlob(
      JSON.stringify({
        architecture: 'amd64',
        os: 'linux',
        rootfs: { type: 'layers', diff_ids: [sha256(tar)] },
      }),
    );
    const repo = await openRepository(`oci-layout:${dir}`);
    await repo.putBlob(config);
    await repo.putBlob(layer);
    const manifest = manifestOf(
      {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: config.digest,
        size: config.size,
      },
      [
        {
          mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
          digest: layer.digest,
          size: layer.size,
        },
      ],
    );
    await repo.putManifest(manifest, 'v1');
    const { stdout, stderr } = await promisify(execFile)('oci-image-tool', [
      'validate',
      '--type',
      'image',
      '--ref',
      'name=v1',
      dir,
    ]);
    expect(`${stdout}${stderr}`).toMatch(/validation succeeded/i);
  });

  it('moves a tag: the old manifest keeps its other tags', async () => {
    const repo = await openRepository(`oci-layout:${freshDir()}`);
    const first = await pushFluxArtifact(repo, 'v1', 'one');
    await repo.putManifest(first.manifest, 'latest');
    const second = await pushFluxArtifact(repo, 'v2', 'two');
    await repo.putManifest(second.manifest, 'latest');
    expect((await repo.listTags()).sort()).toEqual(['latest', 'v1', 'v2']);
    expect((await repo.headManifest('latest'))?.digest).toBe(second.manifest.digest);
    expect((await repo.headManifest('v1'))?.digest).toBe(first.manifest.digest);
  });

  it('keeps every tag when two writers race on index.json', async () => {
    const dir = freshDir();
    const [a, b] = [
      await openRepository(`oci-layout:${dir}`),
      await openRepository(`oci-layout:${dir}`),
    ];
    const { manifest } = await pushFluxArtifact(a, 'base');
    const tags = Array.from({ length: 20 }, (_, i) => `t${i}`);
    await Promise.all(tags.map((tag, i) => (i % 2 ? a : b).putManifest(manifest, tag)));
    expect((await a.listTags()).sort()).toEqual(['base', ...tags].sort());
    expect(await layoutProblems(dir)).toEqual([]);
  });

  it('lists referrers through the fallback tag, by artifact type', async () => {
    const dir = freshDir();
    const repo = await openRepository(`oci-layout:${dir}`);
    const { manifest } = await pushFluxArtifact(repo, 'v1');
    const subject = {
      mediaType: OCI_MANIFEST,
      digest: manifest.digest,
      size: manifest.bytes.length,
    };
    const empty = bufferBlob('{}');
    const referrers = [];
    for (const artifactType of ['application/vnd.example.sig', 'application/vnd.example.sbom']) {
      const layer = bufferBlob(artifactType);
      await repo.putBlob(layer);
      const referrer = manifestOf(
        { mediaType: 'application/vnd.oci.empty.v1+json', digest: empty.digest, size: 2 },
        [{ mediaType: artifactType, digest: layer.digest, size: layer.size }],
        { artifactType, subject },
      );
      await repo.putManifest(referrer, referrer.digest);
      const descriptor = {
        mediaType: OCI_MANIFEST,
        digest: referrer.digest,
        size: referrer.bytes.length,
        artifactType,
      };
      await repo.addReferrer(subject, descriptor);
      referrers.push(descriptor);
    }
    expect(await repo.listReferrers(manifest.digest)).toEqual(referrers);
    expect(await repo.listReferrers(manifest.digest, 'application/vnd.example.sbom')).toEqual([
      referrers[1],
    ]);
    expect(await layoutProblems(dir)).toEqual([]);
  });

  it('refuses a blob whose content does not match its digest, leaving nothing behind', async () => {
    const dir = freshDir();
    const repo = await openRepository(`oci-layout:${dir}`);
    const blob = { ...bufferBlob('real'), digest: sha256('fake') };
    await expect(repo.putBlob(blob)).rejects.toMatchObject({ code: 'DIGEST_MISMATCH' });
    expect(await repo.hasBlob(blob.digest)).toBe(false);
    expect(await readdir(join(dir, 'blobs', 'sha256'))).toEqual([]);
  });

  it('refuses a directory that holds something other than a layout', async () => {
    const dir = freshDir();
    await mkdir(dir);
    await writeFile(join(dir, 'README.md'), 'not a layout');
    await expect(openRepository(`oci-layout:${dir}`)).rejects.toMatchObject({
      code: 'LAYOUT_INVALID',
    });
  });

  it('reads an empty or missing layout as one without tags or manifests', async () => {
    const dir = freshDir();
    const repo = await openRepository(`oci-layout:${dir}`);
    expect(await repo.listTags()).toEqual([]);
    expect(await repo.getManifest('v1')).toBeUndefined();
    await expect(readFile(join(dir, 'oci-layout'))).rejects.toThrow();
  });
});
