// Credentials from where docker/login-action and developers leave them: the Docker config's
// `auths`, credential helpers on PATH (`credHelpers`, `credsStore`), identity tokens exchanged by
// OAuth2 POST (or GET where the token server has no OAuth2), and given ones, which win.
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dockerConfigCredentials,
  firstCredential,
  givenCredential,
  type DockerConfigOptions,
} from '../../src/oci/credentials.js';
import { openRepository } from '../../src/oci/open.js';
import { bufferBlob } from '../support/blobs.js';
import { recordingLog } from '../support/recording-log.js';
import { startRegistry, type TestRegistry, type TestUser } from '../support/registry.js';

let scratch: string;
let bin: string;
let htpasswd: TestRegistry;
let token: TestRegistry;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'credentials-test-'));
  bin = join(scratch, 'bin');
  await mkdir(bin);
  process.env.PATH = `${bin}:${process.env.PATH}`;
  [htpasswd, token] = await Promise.all([
    startRegistry({ mode: 'htpasswd' }),
    startRegistry({ mode: 'token' }),
  ]);
});
afterAll(async () => {
  await Promise.all([htpasswd?.stop(), token?.stop()]);
  await rm(scratch, { recursive: true, force: true });
});

let configs = 0;
async function dockerConfig(config: object): Promise<string> {
  const dir = join(scratch, `docker-${++configs}`);
  await mkdir(dir);
  await writeFile(join(dir, 'config.json'), JSON.stringify(config));
  return dir;
}

/**
 * Puts `docker-credential-<name>` on PATH: it records what it was asked (in `<name>.log`) and
 * answers `answers[server]`, or "credentials not found" for any other server.
 */
async function helper(
  name: string,
  answers: Record<string, object>,
  delaySeconds = 0,
): Promise<string> {
  const log = join(scratch, `${name}.log`);
  const cases = Object.entries(answers)
    .map(([server, answer]) => `  '${server}') echo '${JSON.stringify(answer)}' ;;`)
    .join('\n');
  await writeFile(
    join(bin, `docker-credential-${name}`),
    [
      '#!/bin/sh',
      'read -r server',
      `echo "$1 $server" >> '${log}'`,
      delaySeconds ? `sleep ${delaySeconds}` : '',
      'case "$server" in',
      cases,
      "  *) echo 'credentials not found in native keychain'; exit 1 ;;",
      'esac',
      '',
    ].join('\n'),
  );
  await chmod(join(bin, `docker-credential-${name}`), 0o755);
  return log;
}

const basic = (user: TestUser) =>
  Buffer.from(`${user.username}:${user.password}`).toString('base64');

interface PushOptions extends Partial<DockerConfigOptions> {
  /** Given credentials, asked before the Docker config. */
  given?: { username: string; password: string };
}

/** Pushes a blob with the Docker config in `directory`: proof its credentials were accepted. */
async function push(registry: TestRegistry, options: PushOptions) {
  const log = options.log ?? recordingLog();
  const config = dockerConfigCredentials({ ...options, log });
  const { given } = options;
  const repo = await openRepository(`oci://${registry.host}/creds/app`, {
    retry: { baseDelayMs: 5 },
    log,
    credentials: given
      ? firstCredential(givenCredential(given.username, given.password, 'the test', log), config)
      : config,
  });
  const blob = bufferBlob(`pushed ${Math.random()}`);
  await repo.putBlob(blob);
  return repo.hasBlob(blob.digest);
}

describe('Docker config', () => {
  it('authenticates with an auths entry, masking the password and its base64 form', async () => {
    const writer = htpasswd.users.writer!;
    const dir = await dockerConfig({ auths: { [htpasswd.host]: { auth: basic(writer) } } });
    const log = recordingLog();
    expect(await push(htpasswd, { directory: dir, log })).toBe(true);
    expect(log.masked).toContain(writer.password);
    expect(log.masked).toContain(basic(writer));
  });

  it('matches an auths key written as a URL', async () => {
    const writer = htpasswd.users.writer!;
    const dir = await dockerConfig({
      auths: {
        [`https://${htpasswd.host}/v2/`]: { username: writer.username, password: writer.password },
      },
    });
    expect(await push(htpasswd, { directory: dir })).toBe(true);
  });

  it('asks the credential helper named for the registry, with the host on stdin', async () => {
    const writer = htpasswd.users.writer!;
    const calls = await helper('per-host', {
      [htpasswd.host]: { Username: writer.username, Secret: writer.password },
    });
    const dir = await dockerConfig({ credHelpers: { [htpasswd.host]: 'per-host' } });
    expect(await push(htpasswd, { directory: dir })).toBe(true);
    expect(await readFile(calls, 'utf8')).toBe(`get ${htpasswd.host}\n`);
  });

  it('asks the credsStore helper when no helper is named for the registry', async () => {
    const writer = htpasswd.users.writer!;
    await helper('store', {
      [htpasswd.host]: { Username: writer.username, Secret: writer.password },
    });
    const dir = await dockerConfig({
      credsStore: 'store',
      credHelpers: { 'other.example': 'none' },
    });
    expect(await push(htpasswd, { directory: dir })).toBe(true);
  });

  it('falls through to auths when the helper has nothing stored', async () => {
    const writer = htpasswd.users.writer!;
    await helper('empty', {});
    const dir = await dockerConfig({
      credsStore: 'empty',
      auths: { [htpasswd.host]: { auth: basic(writer) } },
    });
    expect(await push(htpasswd, { directory: dir })).toBe(true);
  });

  it('warns about a helper that hangs and goes on without it', async () => {
    const writer = htpasswd.users.writer!;
    await helper('slow', {}, 5);
    const dir = await dockerConfig({
      credsStore: 'slow',
      auths: { [htpasswd.host]: { auth: basic(writer) } },
    });
    const log = recordingLog();
    expect(await push(htpasswd, { directory: dir, helperTimeoutMs: 200, log })).toBe(true);
    expect(log.at('warning').join('\n')).toContain(
      'docker-credential-slow: it did not answer within 0.2 s',
    );
  });

  it('refuses to run a helper whose name could leave PATH', async () => {
    const dir = await dockerConfig({ credHelpers: { [htpasswd.host]: '../../bin/sh' } });
    await expect(push(htpasswd, { directory: dir })).rejects.toMatchObject({
      code: 'CREDENTIAL_HELPER_INVALID',
    });
  });

  it('names the file when config.json is not JSON', async () => {
    const dir = join(scratch, 'broken');
    await mkdir(dir);
    await writeFile(join(dir, 'config.json'), '{ not json');
    await expect(push(htpasswd, { directory: dir })).rejects.toMatchObject({
      code: 'DOCKER_CONFIG_INVALID',
      message: expect.stringContaining(join(dir, 'config.json')) as unknown,
    });
  });

  it('loses to an explicit username and password', async () => {
    const writer = htpasswd.users.writer!;
    const dir = await dockerConfig({
      auths: { [htpasswd.host]: { auth: basic({ ...writer, password: 'stale' }) } },
    });
    expect(
      await push(htpasswd, {
        directory: dir,
        given: { username: writer.username, password: writer.password },
      }),
    ).toBe(true);
  });
});

describe('identity tokens', () => {
  it('are exchanged with an OAuth2 refresh_token POST', async () => {
    const identity = token.tokenServer!.issueRefreshToken(token.users.writer!.username);
    await helper('identity', { [token.host]: { Username: '<token>', Secret: identity } });
    const dir = await dockerConfig({ credHelpers: { [token.host]: 'identity' } });
    const log = recordingLog();
    const before = token.tokenServer!.requests().length;
    expect(await push(token, { directory: dir, log })).toBe(true);
    const asked = token.tokenServer!.requests().slice(before);
    expect(asked.every((r) => r.startsWith('POST /token'))).toBe(true);
    expect(log.masked).toContain(identity);
    expect(log.text()).not.toContain(identity);
  });

  it('fall back to the GET flow where the token server has no OAuth2', async () => {
    const identity = token.tokenServer!.issueRefreshToken(token.users.writer!.username);
    const dir = await dockerConfig({ auths: { [token.host]: { identitytoken: identity } } });
    token.tokenServer!.setOAuth(false);
    try {
      const before = token.tokenServer!.requests().length;
      const log = recordingLog();
      expect(await push(token, { directory: dir, log })).toBe(true);
      // The GET sends the identity token in a Basic header: its base64 form is a secret too.
      expect(log.masked).toContain(Buffer.from(`<token>:${identity}`).toString('base64'));
      expect(
        token
          .tokenServer!.requests()
          .slice(before)
          .some((r) => r.startsWith('GET /token')),
      ).toBe(true);
    } finally {
      token.tokenServer!.setOAuth(true);
    }
  });
});

describe('Docker Hub', () => {
  it('credentials are found under the key docker login uses', async () => {
    const dir = await dockerConfig({
      auths: {
        'https://index.docker.io/v1/': { auth: Buffer.from('hubuser:hubpass').toString('base64') },
      },
    });
    const credentials = dockerConfigCredentials({ directory: dir, log: recordingLog() });
    expect(await credentials('docker.io')).toMatchObject({
      username: 'hubuser',
      password: 'hubpass',
    });
  });
});
