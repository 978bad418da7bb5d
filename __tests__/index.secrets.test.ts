// Secrets through the bundled action: every way it is given or obtains one (inputs, a Docker
// config's base64 `auth`, an identity token, bearer tokens, the OIDC request and ID tokens, a
// cosign key and its password), in runs that succeed and runs that fail with debug output on.
// Nothing any run publishes (log, outputs, job summary) may contain one. And a registry whose
// blob requests redirect to another loopback host never has credentials sent there.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encryptCosignKey } from './sign/cosign-key-writer.js';
import {
  makeWorkspace,
  publish as publishAction,
  scratchDirectories,
} from './support/end-to-end.js';
import { leakedSecrets } from './support/leak-check.js';
import { rawPushBlob, rawPushManifest, rawRequest } from './support/raw-client.js';
import { manifest } from './support/registry-state.js';
import type { ProxyHandler } from './support/proxy.js';
import {
  bodyOf,
  startHeaderRecorder,
  startRegistryProxy,
  type HeaderRecorder,
  type RegistryProxy,
} from './support/proxy.js';
import { startRegistry, type TestRegistry } from './support/registry.js';
import { visibleLog, type RunResult } from './support/runner.js';
import { startSigstore, type SigstoreStack } from './support/sigstore.js';

const GITHUB_TOKEN = `ghs_${randomBytes(18).toString('base64url')}`;
/** Debug output on, as a re-run with debug logging shows it: stack traces and all. */
const DEBUG = { RUNNER_DEBUG: '1', ACTIONS_STEP_DEBUG: 'true' };

let htpasswd: TestRegistry;
let token: TestRegistry;
let sigstore: SigstoreStack;
let workspace: string;
const workspaces = scratchDirectories();
const scratch: string[] = [];
/** Secrets handed out by the tests themselves (the registries and Sigstore report their own). */
const given: string[] = [GITHUB_TOKEN];

beforeAll(async () => {
  [htpasswd, token, sigstore] = await Promise.all([
    startRegistry({ mode: 'htpasswd' }),
    startRegistry({ mode: 'token' }),
    startSigstore({
      subject:
        'https://github.com/larkspur-labs/storefront-deploy/.github/workflows/publish.yml@refs/heads/master',
    }),
  ]);
  workspace = await makeWorkspace(workspaces);
});

afterAll(async () => {
  await Promise.all([htpasswd?.stop(), token?.stop(), sigstore?.stop()]);
  await workspaces.removeAll();
  await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })));
});

/**
 * Runs the action with debug output on. publish() fails the test whose run published any secret
 * handed out so far: the registries', Sigstore's, and those the tests gave.
 */
function publish(
  url: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<RunResult> {
  return publishAction({
    workspace,
    url,
    user: null,
    inputs,
    env: { ...DEBUG, ...env },
    githubToken: GITHUB_TOKEN,
    secrets: () => [...htpasswd.secrets(), ...token.secrets(), ...sigstore.secrets(), ...given],
  });
}

/** A Docker config directory holding `config`, for DOCKER_CONFIG. */
async function dockerConfig(config: object): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'docker-config-'));
  scratch.push(dir);
  await writeFile(join(dir, 'config.json'), JSON.stringify(config));
  return dir;
}

const credentials = (registry: TestRegistry, user = registry.users.writer!) => ({
  username: user.username,
  password: user.password,
});

describe('runs given secrets', () => {
  it('publish with a password and bearer tokens, signing keyless with a timestamp', async () => {
    const result = await publish(
      `oci://${token.host}/secrets/keyless`,
      {
        ...credentials(token),
        sign: 'true',
        'fulcio-url': sigstore.fulcioURL,
        'rekor-url': sigstore.rekorURL,
        'tsa-url': sigstore.tsaURL,
      },
      sigstore.env,
    );
    expect(result.exitCode, visibleLog(result)).toBe(0);
  });

  it("publish with a Docker config's base64 auth", async () => {
    const { username, password } = htpasswd.users.writer!;
    const auth = Buffer.from(`${username}:${password}`).toString('base64');
    given.push(auth);
    const dir = await dockerConfig({ auths: { [htpasswd.host]: { auth } } });
    const result = await publish(
      `oci://${htpasswd.host}/secrets/docker-config`,
      {},
      {
        DOCKER_CONFIG: dir,
      },
    );
    expect(result.exitCode, visibleLog(result)).toBe(0);
  });

  it('publish with an identity token from a Docker config', async () => {
    const identity = token.tokenServer!.issueRefreshToken(token.users.writer!.username);
    const dir = await dockerConfig({ auths: { [token.host]: { identitytoken: identity } } });
    const result = await publish(
      `oci://${token.host}/secrets/identity-token`,
      {},
      {
        DOCKER_CONFIG: dir,
      },
    );
    expect(result.exitCode, visibleLog(result)).toBe(0);
  });

  it('publish signing with a cosign key and its password', async () => {
    const password = randomBytes(18).toString('base64url');
    const key = encryptCosignKey(
      generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey,
      password,
    );
    // The key whole, and each line of its body.
    given.push(password, key, ...key.split('\n').filter((line) => line.length >= 32));
    const result = await publish(`oci://${token.host}/secrets/cosign-key`, {
      ...credentials(token),
      sign: 'true',
      'cosign-key': key,
      'cosign-password': password,
    });
    expect(result.exitCode, visibleLog(result)).toBe(0);
  });

  it('fail on a wrong password, with debug output', async () => {
    const wrong = randomBytes(18).toString('base64url');
    given.push(wrong, Buffer.from(`writer:${wrong}`).toString('base64'));
    const result = await publish(`oci://${htpasswd.host}/secrets/wrong`, {
      username: 'writer',
      password: wrong,
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/^::debug::.*at /m); // the stack trace is there
  });

  it('fail on a wrong password at a token server, with debug output', async () => {
    const wrong = randomBytes(18).toString('base64url');
    given.push(wrong, Buffer.from(`writer:${wrong}`).toString('base64'));
    const result = await publish(`oci://${token.host}/secrets/wrong`, {
      username: 'writer',
      password: wrong,
    });
    expect(result.exitCode).toBe(1);
  });

  it('fail pushing with pull-only credentials', async () => {
    const result = await publish(
      `oci://${token.host}/secrets/pull-only`,
      credentials(token, token.users.reader),
    );
    expect(result.exitCode).toBe(1);
  });

  it('fail on a cosign key with the wrong password', async () => {
    const password = randomBytes(18).toString('base64url');
    const wrong = randomBytes(18).toString('base64url');
    const key = encryptCosignKey(
      generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey,
      password,
    );
    given.push(password, wrong, key, ...key.split('\n').filter((line) => line.length >= 32));
    const result = await publish(`oci://${token.host}/secrets/cosign-wrong`, {
      ...credentials(token),
      sign: 'true',
      'cosign-key': key,
      'cosign-password': wrong,
    });
    expect(result.exitCode).toBe(1);
  });
});

/**
 * Blob HEADs and GETs answered with a 307 to `storage` on another loopback host, which serves the
 * bytes the registry gave, as registries hand blobs to S3, GCS or Azure.
 */
function redirectBlobReads(storage: HeaderRecorder): ProxyHandler {
  return async (req, next) => {
    const match = /^\/v2\/.+\/blobs\/(sha256:[a-f0-9]{64})$/.exec(req.url.pathname);
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !match) return next();
    const answer = await next({ method: 'GET' });
    if ('destroy' in answer || answer.status !== 200) return answer;
    const path = `/storage/${match[1]}`;
    storage.serve(path, { body: await bodyOf(answer) });
    return { status: 307, headers: { location: `${storage.origin}${path}` } };
  };
}

describe('a registry whose blob reads redirect to another loopback host', () => {
  let proxy: RegistryProxy;
  let storage: HeaderRecorder;
  beforeAll(async () => {
    proxy = await startRegistryProxy(token.origin);
    storage = await startHeaderRecorder('127.0.0.2');
    proxy.use(redirectBlobReads(storage));
  });
  afterAll(async () => {
    await storage?.stop();
    await proxy?.stop();
  });

  /**
   * The artifact at `tag` again under `as`, its layer gzipped anew (level 1): another layer digest,
   * the same content, so that a comparison with it must read the config's diff_ids.
   */
  async function regzipped(repository: string, tag: string, as: string) {
    const writer = token.users.writer;
    const published = (await manifest(token, repository, tag))!.parsed;
    const layer = published.layers![0]!;
    const response = await rawRequest(
      token,
      writer,
      'GET',
      `/v2/${repository}/blobs/${layer.digest}`,
    );
    const bytes = gzipSync(gunzipSync(Buffer.from(await response.arrayBuffer())), { level: 1 });
    const digest = await rawPushBlob(token, writer, repository, bytes);
    const copy = { ...published, layers: [{ ...layer, digest, size: bytes.length }] };
    const put = await rawPushManifest(
      token,
      writer,
      repository,
      as,
      Buffer.from(JSON.stringify(copy)),
    );
    expect(put.status).toBe(201);
  }

  it('never receives credentials there, on a push or on a comparison that reads blobs', async () => {
    const repository = 'secrets/redirected';
    const url = `oci://${proxy.host}/${repository}`;
    const first = await publish(url, credentials(token));
    expect(first.exitCode, visibleLog(first)).toBe(0);
    // The same content under another tag: its blobs are checked (HEAD) through the redirect.
    const second = await publish(url, { ...credentials(token), tag: 'second' });
    expect(second.exitCode, visibleLog(second)).toBe(0);
    // Compared with a copy gzipped anew: the config is read (GET) through the redirect.
    await regzipped(repository, 'latest', 'regzipped');
    const compared = await publish(url, { ...credentials(token), 'diff-tag': 'regzipped' });
    expect(compared.exitCode, visibleLog(compared)).toBe(0);
    expect(compared.outputs.pushed).toBe('false');

    const methods = storage.requests.map((r) => r.method);
    expect(methods).toContain('HEAD');
    expect(methods).toContain('GET');
    expect(storage.requests.filter((r) => r.headers.authorization !== undefined)).toEqual([]);
    // The registry itself did get them: the redirect is what dropped them.
    expect(proxy.requests.some((r) => r.headers.authorization?.startsWith('Bearer '))).toBe(true);
    console.log(
      `redirects: ${storage.requests.length} blob reads at ${storage.origin}, ` +
        `${storage.requests.filter((r) => r.headers.authorization).length} with credentials`,
    );
  });
});

it('the scan finds a secret printed in the log, and not in the ::add-mask:: the runner consumes', () => {
  const run = (stdout: string): RunResult => ({
    exitCode: 0,
    signal: null,
    stdout,
    stderr: '',
    outputs: {},
    summary: '',
    leftInRunnerTemp: [],
    runnerLog: '',
    masked: [],
  });
  expect(leakedSecrets(run('::add-mask::s3cret-value\n'), ['s3cret-value'])).toEqual([]);
  expect(
    leakedSecrets(run('::add-mask::s3cret-value\nlogin s3cret-value'), ['s3cret-value']),
  ).toEqual(['s3c… (12 characters)']);
});
