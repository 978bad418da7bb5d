// The transport's policies, through a proxy in front of the real registry: credentials never
// follow a redirect off the registry, a foreign token realm gets nothing, transient failures are
// retried (bodies re-sent), permanent ones are not, and registry warnings reach the user.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRepository } from '../../src/oci/open.js';
import type { RepositoryOptions } from '../../src/oci/options.js';
import { RegistryError } from '../../src/oci/errors.js';
import { bufferBlob, generatedBlob, manifestOf, readAll, sha256 } from '../support/blobs.js';
import {
  addHeaders,
  faults,
  pagedTags,
  redirectBlobs,
  rewriteRealm,
  route,
} from '../support/proxy-handlers.js';
import { startHeaderRecorder, type HeaderRecorder, type RegistryProxy } from '../support/proxy.js';
import { recordingLog } from '../support/recording-log.js';
import { freePort, type TestRegistry } from '../support/registry.js';
import { credentialsOf } from '../support/credentials.js';
import { registryBehindProxy } from '../support/proxied-registry.js';
import { skopeoInspectRaw } from '../support/tools.js';

let registry: TestRegistry;
let proxy: RegistryProxy;
const { useForTest: use } = registryBehindProxy(
  'token',
  (started) => ({ registry, proxy } = started),
);

function open(repository: string, options: RepositoryOptions = {}, host = proxy.host) {
  return openRepository(`oci://${host}/${repository}`, {
    credentials: credentialsOf(registry.users.writer),
    retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 100 },
    ...options,
  });
}

async function pushSmall(repository: string, tag: string, options: RepositoryOptions = {}) {
  const repo = await open(repository, options);
  const config = bufferBlob('{}');
  const layer = bufferBlob(`layer of ${repository}:${tag}`);
  await repo.putBlob(config);
  await repo.putBlob(layer);
  const manifest = manifestOf(config, layer);
  await repo.putManifest(manifest, tag);
  return { repo, manifest, layer };
}

const requestsTo = (method: string, path: RegExp) =>
  proxy.requests.filter((r) => r.method === method && path.test(r.path));

describe('redirects', () => {
  let storage: HeaderRecorder;
  beforeAll(async () => {
    storage = await startHeaderRecorder();
  });
  afterAll(() => storage?.stop());

  it('fetch a redirected blob from storage without the registry credentials', async () => {
    const { repo, layer } = await pushSmall('redirect/blob', 'v1');
    use(redirectBlobs(storage));
    expect(await readAll(await repo.getBlob(layer.digest))).toEqual(layer.bytes);
    const fetched = storage.requests.filter((r) => r.path.endsWith(layer.digest));
    expect(fetched).toHaveLength(1);
    expect(fetched[0]!.headers.authorization).toBeUndefined();
  });

  it('never send credentials again once a request has left the registry', async () => {
    const { repo, layer } = await pushSmall('redirect/back', 'v1');
    // registry → storage → back to the registry's own origin.
    const returned = `/v2/redirect/back/blobs/${layer.digest}?returned=1`;
    storage.serve('/bounce', { redirect: `${proxy.origin}${returned}` });
    use(async (req, next) => {
      if (req.url.searchParams.has('returned')) return { status: 200, body: layer.bytes };
      if (req.method === 'GET' && req.url.pathname.endsWith(layer.digest)) {
        return { status: 307, headers: { location: `${storage.origin}/bounce` } };
      }
      return next();
    });
    expect(await readAll(await repo.getBlob(layer.digest))).toEqual(layer.bytes);
    const back = proxy.requests.filter((r) => r.path === returned);
    expect(back).toHaveLength(1);
    expect(back[0]!.headers.authorization).toBeUndefined();
  });
});

describe('token realms', () => {
  it('refuse a realm on a foreign host before sending it any credential', async () => {
    const foreign = await startHeaderRecorder('127.0.0.2');
    try {
      use(rewriteRealm(`${foreign.origin}/token`));
      const repo = await open('realm/foreign');
      await expect(repo.putBlob(bufferBlob('x'))).rejects.toMatchObject({
        code: 'REGISTRY_REALM_REFUSED',
      });
      expect(foreign.requests).toEqual([]);
    } finally {
      await foreign.stop();
    }
  });
});

describe('retries', () => {
  it('store a manifest after the registry answered 503 twice', async () => {
    use(faults(route('PUT', /\/manifests\//), { status: 503 }, { status: 503 }));
    const { manifest } = await pushSmall('retry/manifest', 'v1');
    expect(await skopeoInspectRaw(registry, 'retry/manifest:v1')).toEqual(manifest.bytes);
  });

  it('re-send a blob whose upload connection was reset part-way', async () => {
    const blob = await generatedBlob(256 * 1024, 7);
    use(faults(route('PUT', /\/blobs\/uploads\//), { destroyAfterBytes: 64 * 1024 }));
    const repo = await open('retry/reset');
    await repo.putBlob(blob);
    const direct = await open('retry/reset', {}, registry.host);
    expect(sha256(await readAll(await direct.getBlob(blob.digest)))).toBe(blob.digest);
  });

  it('do not retry a permanent error', async () => {
    const body = JSON.stringify({
      errors: [{ code: 'MANIFEST_INVALID', message: 'bad manifest' }],
    });
    use(faults(route('PUT', /\/manifests\/v1$/), { status: 400, body }));
    const before = requestsTo('PUT', /retry\/permanent\/manifests/).length;
    const error = (await pushSmall('retry/permanent', 'v1').catch(
      (e: unknown) => e,
    )) as RegistryError;
    expect(error).toBeInstanceOf(RegistryError);
    expect(error.registryCode).toBe('MANIFEST_INVALID');
    expect(error.message).toContain('bad manifest');
    expect(requestsTo('PUT', /retry\/permanent\/manifests/).length - before).toBe(1);
  });

  it('give up after the configured attempts', async () => {
    const repo = await open('retry/down');
    const unavailable = {
      status: 503,
      body: '{"errors":[{"code":"UNAVAILABLE","message":"down"}]}',
    };
    use(
      faults(route('GET', /retry\/down\/tags/), unavailable, unavailable, unavailable, unavailable),
    );
    await expect(repo.listTags()).rejects.toMatchObject({
      code: 'REGISTRY_UNAVAILABLE',
      status: 503,
    });
    expect(requestsTo('GET', /retry\/down\/tags/)).toHaveLength(3);
  });

  it('do not retry early when Retry-After asks for longer than we would wait', async () => {
    const repo = await open('retry/later');
    use(
      faults(route('GET', /retry\/later\/tags/), {
        status: 429,
        headers: { 'retry-after': '3600' },
      }),
    );
    await expect(repo.listTags()).rejects.toMatchObject({ code: 'REGISTRY_RATE_LIMITED' });
    expect(requestsTo('GET', /retry\/later\/tags/)).toHaveLength(1);
  });

  it('report an unreachable registry by its address', async () => {
    const port = await freePort();
    const repo = await openRepository(`oci://127.0.0.1:${port}/nothing/here`, {
      retry: { attempts: 2, baseDelayMs: 5 },
    });
    await expect(repo.listTags()).rejects.toMatchObject({
      code: 'REGISTRY_UNREACHABLE',
      message: expect.stringContaining(`127.0.0.1:${port}`) as unknown,
    });
  });
});

describe('a refused connection', () => {
  it('is tried once more, not as often as a transient failure, then names the address', async () => {
    const log = recordingLog();
    const host = `127.0.0.1:${await freePort()}`;
    const repo = await open('refused/app', { log, retry: { attempts: 8, baseDelayMs: 5 } }, host);
    const error = await repo.putBlob(bufferBlob('x')).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'REGISTRY_UNREACHABLE' });
    expect((error as Error).message).toMatch(
      new RegExp(`^Could not reach ${host} .*\\(ECONNREFUSED\\)\\. Nothing accepted a connection`),
    );
    // Each request (the ping, the blob check) is sent twice, never eight times.
    const retries = log.at('info').filter((line) => line.includes('retrying'));
    expect(retries.length).toBeGreaterThan(0);
    for (const line of retries) expect(line).toMatch(/ECONNREFUSED.*\(attempt 2 of 2\)\.$/);
  });
});

describe('registry answers', () => {
  it('show each Warning: 299 once', async () => {
    use(
      addHeaders(() => true, {
        warning: '299 - "This registry is deprecated, move to v2.example"',
      }),
    );
    const log = recordingLog();
    await pushSmall('warn/app', 'v1', { log });
    expect(log.at('warning')).toEqual([
      `The registry ${proxy.host} warns: This registry is deprecated, move to v2.example`,
    ]);
  });

  it('page through more than 100 tags', async () => {
    const { repo, manifest } = await pushSmall('paged/app', 'v0');
    const tags = Array.from({ length: 120 }, (_, i) => `v${i + 1}`);
    for (const tag of tags) await repo.putManifest(manifest, tag);
    use(pagedTags(50));
    expect((await repo.listTags()).sort()).toEqual(['v0', ...tags].sort());
    expect(requestsTo('GET', /paged\/app\/tags\/list/).length).toBeGreaterThanOrEqual(3);
  });
});
