// The registry repository against the real registry in each auth mode: what we push is what skopeo
// reads back, byte for byte.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLog } from '../../src/log.js';
import { dockerConfigCredentials } from '../../src/oci/credentials.js';
import { openRepository } from '../../src/oci/open.js';
import type { RepositoryOptions } from '../../src/oci/options.js';
import type { Repository, StoredManifest } from '../../src/oci/repository.js';
import { RegistryError } from '../../src/oci/errors.js';
import { bufferBlob, readAll, sha256, unreadableBlob } from '../support/blobs.js';
import { recordingLog } from '../support/recording-log.js';
import { startRegistry, type AuthMode, type TestRegistry } from '../support/registry.js';
import { credentialsOf } from '../support/credentials.js';
import { skopeoInspectRaw } from '../support/tools.js';

const fast = { retry: { baseDelayMs: 5, maxDelayMs: 50 } };

function open(registry: TestRegistry, repository: string, options: RepositoryOptions = {}) {
  return openRepository(`oci://${registry.host}/${repository}`, {
    credentials: credentialsOf(registry.users.writer, options.log),
    ...fast,
    ...options,
  });
}

/** Pushes a config and a layer, then the manifest under `tag`; returns the manifest. */
async function pushArtifact(repo: Repository, tag: string, content = `content of ${tag}\n`) {
  const config = bufferBlob('{}');
  const layer = bufferBlob(content);
  await repo.putBlob(config);
  await repo.putBlob(layer);
  const bytes = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: {
        mediaType: 'application/vnd.cncf.flux.config.v1+json',
        digest: config.digest,
        size: 2,
      },
      layers: [
        {
          mediaType: 'application/vnd.cncf.flux.content.v1.tar+gzip',
          digest: layer.digest,
          size: layer.size,
        },
      ],
    }),
  );
  const manifest: StoredManifest = {
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    digest: sha256(bytes),
    bytes,
  };
  expect(await repo.putManifest(manifest, tag)).toBe(manifest.digest);
  return { manifest, layer, config };
}

describe.each<AuthMode>(['anonymous', 'htpasswd', 'token'])('a %s registry', (mode) => {
  let registry: TestRegistry;
  beforeAll(async () => {
    registry = await startRegistry({ mode });
  });
  afterAll(() => registry?.stop());

  it('stores manifest bytes that skopeo reads back unchanged', async () => {
    const repo = await open(registry, 'app/manifests');
    const { manifest } = await pushArtifact(repo, 'v1');
    expect(await skopeoInspectRaw(registry, 'app/manifests:v1')).toEqual(manifest.bytes);
  });

  it('reads back blobs and manifests it pushed', async () => {
    const repo = await open(registry, 'app/read');
    const { manifest, layer } = await pushArtifact(repo, 'v1');
    expect(await readAll(await repo.getBlob(layer.digest))).toEqual(layer.bytes);
    expect(await repo.getManifest('v1')).toEqual(manifest);
    expect(await repo.getManifest(manifest.digest)).toEqual(manifest);
    expect(await repo.headManifest('v1')).toEqual({
      mediaType: manifest.mediaType,
      digest: manifest.digest,
      size: manifest.bytes.length,
    });
  });

  it('answers undefined for a manifest that does not exist', async () => {
    const repo = await open(registry, 'app/missing');
    expect(await repo.getManifest('nothing')).toBeUndefined();
    expect(await repo.headManifest('nothing')).toBeUndefined();
    expect(await repo.listTags()).toEqual([]);
  });

  it('skips the upload of a blob the repository already has', async () => {
    const repo = await open(registry, 'app/skip');
    const layer = bufferBlob('already there');
    expect(await repo.hasBlob(layer.digest)).toBe(false);
    await repo.putBlob(layer);
    expect(await repo.hasBlob(layer.digest)).toBe(true);
    await repo.putBlob(unreadableBlob(layer));
  });

  it('retags by pushing the same bytes: the digest does not change', async () => {
    const repo = await open(registry, 'app/retag');
    const { manifest } = await pushArtifact(repo, '1.0.0');
    const stored = (await repo.getManifest('1.0.0'))!;
    expect(await repo.putManifest(stored, 'latest')).toBe(manifest.digest);
    expect(await skopeoInspectRaw(registry, 'app/retag:latest')).toEqual(manifest.bytes);
    expect((await repo.listTags()).sort()).toEqual(['1.0.0', 'latest']);
  });

  it('mounts a blob from another repository without reading its content', async () => {
    const source = await open(registry, 'app/mount-source');
    const layer = bufferBlob('shared layer');
    await source.putBlob(layer);
    const target = await open(registry, 'app/mount-target');
    await target.putBlob(unreadableBlob(layer), { mountFrom: 'app/mount-source' });
    expect(await readAll(await target.getBlob(layer.digest))).toEqual(layer.bytes);
  });

  it('rejects a blob whose content does not match its digest', async () => {
    const repo = await open(registry, 'app/corrupt');
    const blob = { ...bufferBlob('real content'), digest: sha256('other content') };
    await expect(repo.putBlob(blob)).rejects.toMatchObject({ registryCode: 'DIGEST_INVALID' });
    expect(await repo.hasBlob(blob.digest)).toBe(false);
  });

  it('hands every secret to the mask and logs none of them', async () => {
    const log = recordingLog();
    const issuedBefore = registry.tokenServer?.issuedTokens().length ?? 0;
    const repo = await open(registry, 'app/secrets', { log });
    await pushArtifact(repo, 'v1');
    await repo.listTags();
    for (const secret of registry.secrets()) expect(log.text()).not.toContain(secret);
    const ours = registry.tokenServer?.issuedTokens().slice(issuedBefore) ?? [];
    if (mode === 'token') expect(ours.length).toBeGreaterThan(0);
    for (const token of ours) expect(log.masked).toContain(token);
    if (registry.users.writer) expect(log.masked).toContain(registry.users.writer.password);
  });

  if (mode !== 'anonymous') {
    it('fails with an actionable error when the password is wrong', async () => {
      const repo = await open(registry, 'app/denied', {
        credentials: credentialsOf({ ...registry.users.writer!, password: 'wrong' }),
      });
      const error = (await repo.putBlob(bufferBlob('x')).catch((e: unknown) => e)) as RegistryError;
      expect(error).toBeInstanceOf(RegistryError);
      expect(error.code).toBe('REGISTRY_UNAUTHORIZED');
      expect(error.message).toContain('refused the credentials');
    });

    it('fails without credentials, saying none were found', async () => {
      const repo = await openRepository(`oci://${registry.host}/app/anonymous`, {
        ...fast,
        credentials: dockerConfigCredentials({ directory: '/nonexistent', log: silentLog }),
      });
      const error = (await repo.putBlob(bufferBlob('x')).catch((e: unknown) => e)) as RegistryError;
      expect(error.code).toBe('REGISTRY_UNAUTHORIZED');
      expect(error.message).toContain('No credentials were found');
    });
  }

  if (mode === 'token') {
    it('lets a pull-only user read but not push', async () => {
      const { manifest } = await pushArtifact(await open(registry, 'app/shared'), 'v1');
      const reader = registry.users.reader!;
      const repo = await open(registry, 'app/shared', { credentials: credentialsOf(reader) });
      expect((await repo.getManifest('v1'))?.digest).toBe(manifest.digest);
      const error = (await repo
        .putManifest(manifest, 'v2')
        .catch((e: unknown) => e)) as RegistryError;
      expect(error).toBeInstanceOf(RegistryError);
      // 401 with error="insufficient_scope": the credentials are right, the permission is not.
      expect(error.code).toBe('REGISTRY_DENIED');
      expect(error.message).toContain('not allowed');
    });

    it('asks the token service once per scope', async () => {
      const repo = await open(registry, 'app/cached');
      const before = registry.tokenServer!.requests().length;
      await pushArtifact(repo, 'v1');
      await pushArtifact(repo, 'v2');
      await repo.listTags();
      // A pull token for the first HEAD, a push token for the first upload; reads then reuse the
      // push token, and nothing more is asked while it lives.
      expect(registry.tokenServer!.requests().length - before).toBe(2);
    });
  }
});
