// Referrers: the fallback tag schema against the real registry (which has no referrers API), and
// the API path through a proxy that imitates a registry with one.
import { describe, expect, it } from 'vitest';
import { openRepository } from '../../src/oci/open.js';
import type { RepositoryOptions } from '../../src/oci/options.js';
import type { Descriptor, Repository, StoredManifest } from '../../src/oci/repository.js';
import { bufferBlob, sha256 } from '../support/blobs.js';
import { referrersApi } from '../support/proxy-handlers.js';
import { type RegistryProxy } from '../support/proxy.js';
import { type TestRegistry } from '../support/registry.js';
import { credentialsOf } from '../support/credentials.js';
import { registryBehindProxy } from '../support/proxied-registry.js';
import { skopeoInspectRaw } from '../support/tools.js';

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const SIGNATURE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const SBOM = 'application/spdx+json';

let registry: TestRegistry;
let proxy: RegistryProxy;
registryBehindProxy('token', (started) => {
  ({ registry, proxy } = started);
  proxy.use(referrersApi());
});

function open(repository: string, host = registry.host, options: RepositoryOptions = {}) {
  return openRepository(`oci://${host}/${repository}`, {
    credentials: credentialsOf(registry.users.writer),
    retry: { baseDelayMs: 5 },
    ...options,
  });
}

function manifest(body: object): StoredManifest {
  const bytes = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_MANIFEST, ...body }));
  return { mediaType: OCI_MANIFEST, digest: sha256(bytes), bytes };
}

const describe_ = (m: StoredManifest, artifactType?: string): Descriptor => ({
  mediaType: m.mediaType,
  digest: m.digest,
  size: m.bytes.length,
  ...(artifactType ? { artifactType } : {}),
});

/** Pushes a subject artifact; returns its descriptor. */
async function pushSubject(repo: Repository, tag: string): Promise<Descriptor> {
  const empty = bufferBlob('{}');
  const layer = bufferBlob(`subject ${tag}`);
  await repo.putBlob(empty);
  await repo.putBlob(layer);
  const m = manifest({
    config: { mediaType: 'application/vnd.oci.empty.v1+json', digest: empty.digest, size: 2 },
    layers: [{ mediaType: 'application/octet-stream', digest: layer.digest, size: layer.size }],
  });
  await repo.putManifest(m, tag);
  return describe_(m);
}

/** Pushes a referrer of `subject` by digest, the way signatures are pushed; returns its descriptor. */
async function pushReferrer(
  repo: Repository,
  subject: Descriptor,
  artifactType: string,
  content: string,
) {
  const empty = bufferBlob('{}');
  const layer = bufferBlob(content);
  await repo.putBlob(empty);
  await repo.putBlob(layer);
  const m = manifest({
    artifactType,
    config: { mediaType: 'application/vnd.oci.empty.v1+json', digest: empty.digest, size: 2 },
    layers: [{ mediaType: artifactType, digest: layer.digest, size: layer.size }],
    subject,
  });
  await repo.putManifest(m, m.digest);
  return describe_(m, artifactType);
}

describe('referrers on a registry without the referrers API', () => {
  it('are listed in an image index under the sha256-<hex> tag', async () => {
    const repo = await open('ref/fallback');
    const subject = await pushSubject(repo, 'v1');
    const signature = await pushReferrer(repo, subject, SIGNATURE, 'sig');
    await repo.addReferrer(subject, signature);

    const tag = `sha256-${subject.digest.slice(7)}`;
    const index = JSON.parse(
      (await skopeoInspectRaw(registry, `ref/fallback:${tag}`)).toString(),
    ) as unknown;
    expect(index).toEqual({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [signature] });
    expect(await repo.listReferrers(subject.digest)).toEqual([signature]);
  });

  it('filters by artifact type and adds each referrer once', async () => {
    const repo = await open('ref/filter');
    const subject = await pushSubject(repo, 'v1');
    const signature = await pushReferrer(repo, subject, SIGNATURE, 'sig');
    const sbom = await pushReferrer(repo, subject, SBOM, 'sbom');
    await repo.addReferrer(subject, signature);
    await repo.addReferrer(subject, sbom);
    await repo.addReferrer(subject, signature);
    expect(await repo.listReferrers(subject.digest)).toEqual([signature, sbom]);
    expect(await repo.listReferrers(subject.digest, SBOM)).toEqual([sbom]);
    expect(await repo.listReferrers(`sha256:${'0'.repeat(64)}`)).toEqual([]);
  });

  it('keeps entries others wrote, with fields we do not know', async () => {
    const repo = await open('ref/others');
    const subject = await pushSubject(repo, 'v1');
    // The registry checks that an index lists only manifests it has: the foreign one is real.
    const attestation = await pushReferrer(repo, subject, 'application/vnd.in-toto+json', 'att');
    const foreign = {
      ...attestation,
      annotations: { 'dev.example.tool': 'other' },
      platform: { os: 'linux', architecture: 'amd64' },
    };
    const theirIndex = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: OCI_INDEX,
        manifests: [foreign],
        annotations: { a: 'b' },
      }),
    );
    await repo.putManifest(
      { mediaType: OCI_INDEX, bytes: theirIndex },
      `sha256-${subject.digest.slice(7)}`,
    );

    const signature = await pushReferrer(repo, subject, SIGNATURE, 'sig');
    await repo.addReferrer(subject, signature);
    const index = JSON.parse(
      (await skopeoInspectRaw(registry, `ref/others:sha256-${subject.digest.slice(7)}`)).toString(),
    ) as unknown;
    expect(index).toEqual({
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: [foreign, signature],
      annotations: { a: 'b' },
    });
  });

  it('keeps every entry when several clients add referrers at once', async () => {
    const subject = await pushSubject(await open('ref/race'), 'v1');
    const writers = await Promise.all([1, 2, 3].map(() => open('ref/race')));
    const referrers = await Promise.all(
      writers.map((repo, i) => pushReferrer(repo, subject, SIGNATURE, `signature ${i}`)),
    );
    await Promise.all(writers.map((repo, i) => repo.addReferrer(subject, referrers[i]!)));
    const listed = await (await open('ref/race')).listReferrers(subject.digest);
    expect(listed.map((d) => d.digest).sort()).toEqual(referrers.map((d) => d.digest).sort());
  });

  it('refuses to overwrite a fallback tag that holds something else', async () => {
    const repo = await open('ref/clash');
    const subject = await pushSubject(repo, 'v1');
    const stranger = await pushSubject(repo, 'stranger');
    await repo.putManifest(
      (await repo.getManifest('stranger'))!,
      `sha256-${subject.digest.slice(7)}`,
    );
    const signature = await pushReferrer(repo, subject, SIGNATURE, 'sig');
    await expect(repo.addReferrer(subject, signature)).rejects.toMatchObject({
      code: 'REFERRERS_INDEX_INVALID',
    });
    expect((await repo.headManifest(`sha256-${subject.digest.slice(7)}`))?.digest).toBe(
      stranger.digest,
    );
  });
});

describe('referrers on a registry with the referrers API', () => {
  it('are found through the API, with no fallback tag written', async () => {
    const repo = await open('ref/api', proxy.host);
    const subject = await pushSubject(repo, 'v1');
    const signature = await pushReferrer(repo, subject, SIGNATURE, 'sig');
    const sbom = await pushReferrer(repo, subject, SBOM, 'sbom');
    await repo.addReferrer(subject, signature);
    await repo.addReferrer(subject, sbom);
    expect(await repo.listReferrers(subject.digest)).toEqual([signature, sbom]);
    expect(await repo.listReferrers(subject.digest, SBOM)).toEqual([sbom]);
    expect(await repo.listTags()).toEqual(['v1']);
  });
});
