// A real OCI registry for tests: Debian's `docker-registry` (distribution 2.8) on a free loopback
// port, with its own temporary storage, in one of three authentication modes.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTokenServer, type TokenServer, type Grants } from './token-server.js';

export type AuthMode = 'anonymous' | 'htpasswd' | 'token';

export interface TestUser {
  username: string;
  password: string;
}

export interface TestRegistry {
  mode: AuthMode;
  /** `127.0.0.1:<port>`, the registry part of a reference. */
  host: string;
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  /** Users by role. `reader` exists only in token mode, where it may pull but not push. */
  users: { writer?: TestUser; reader?: TestUser };
  /** Every secret this registry's users and token server hand out, for leak checks. */
  secrets(): string[];
  /**
   * The filesystem driver's root directory, where tests read what the registry stores directly
   * (none for an in-memory registry).
   */
  storage?: string;
  tokenServer?: TokenServer;
  stop(): Promise<void>;
}

export interface RegistryOptions {
  mode?: AuthMode;
}

const BINARY_ENV = 'DOCKER_REGISTRY_BIN';

function registryBinary(): string {
  const bin = process.env[BINARY_ENV] ?? '/usr/bin/docker-registry';
  if (!existsSync(bin)) {
    throw new Error(
      `The test registry binary was not found at ${bin}. Install it with ` +
        `'apt-get install docker-registry' (Debian's distribution 2.8), or point ${BINARY_ENV} at one.`,
    );
  }
  return bin;
}

/** A port that was free a moment ago. The registry is retried on another one if it is taken. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

function randomSecret(): string {
  return randomBytes(18).toString('base64url');
}

function bcryptEntry(user: TestUser): string {
  // htpasswd (apache2-utils) writes the bcrypt entry distribution expects.
  return execFileSync('htpasswd', ['-nbB', user.username, user.password], {
    encoding: 'utf8',
  }).trim();
}

async function waitForRegistry(origin: string, child: ChildProcess, logs: () => string) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`docker-registry exited with ${child.exitCode}:\n${logs()}`);
    }
    try {
      const res = await fetch(`${origin}/v2/`);
      await res.body?.cancel();
      if (res.status === 200 || res.status === 401) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`docker-registry did not answer GET /v2/ within 15 s:\n${logs()}`);
}

function configYaml(port: number, storage: string, auth: string): string {
  return [
    'version: 0.1',
    'log:',
    '  level: error',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${storage}`,
    '  delete:',
    '    enabled: true',
    '  maintenance:',
    '    uploadpurging:',
    '      enabled: false',
    'http:',
    `  addr: 127.0.0.1:${port}`,
    auth,
    '',
  ].join('\n');
}

async function authSection(
  mode: AuthMode,
  dir: string,
  users: TestRegistry['users'],
): Promise<{ yaml: string; tokenServer?: TokenServer }> {
  if (mode === 'anonymous') return { yaml: '' };
  if (mode === 'htpasswd') {
    const file = join(dir, 'htpasswd');
    await writeFile(file, `${bcryptEntry(users.writer!)}\n`);
    return {
      yaml: ['auth:', '  htpasswd:', '    realm: test-registry', `    path: ${file}`].join('\n'),
    };
  }
  const grants: Grants = new Map([
    [
      users.writer!.username,
      { password: users.writer!.password, actions: ['pull', 'push', 'delete'] },
    ],
    [users.reader!.username, { password: users.reader!.password, actions: ['pull'] }],
  ]);
  const tokenServer = await startTokenServer({ dir, grants });
  const yaml = [
    'auth:',
    '  token:',
    `    realm: ${tokenServer.realm}`,
    `    service: ${tokenServer.service}`,
    `    issuer: ${tokenServer.issuer}`,
    `    rootcertbundle: ${tokenServer.certificatePath}`,
  ].join('\n');
  return { yaml, tokenServer };
}

/** Starts a registry; call `stop()` (in `afterAll`) to end it and delete its data. */
export async function startRegistry(options: RegistryOptions = {}): Promise<TestRegistry> {
  const mode = options.mode ?? 'anonymous';
  const bin = registryBinary();
  const dir = await mkdtemp(join(tmpdir(), `registry-${mode}-`));
  const users: TestRegistry['users'] = {};
  if (mode !== 'anonymous') users.writer = { username: 'writer', password: randomSecret() };
  if (mode === 'token') users.reader = { username: 'reader', password: randomSecret() };
  const { yaml, tokenServer } = await authSection(mode, dir, users);

  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const configPath = join(dir, 'config.yml');
    await writeFile(configPath, configYaml(port, join(dir, 'storage'), yaml));
    const child = spawn(bin, ['serve', configPath], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const origin = `http://127.0.0.1:${port}`;
    try {
      await waitForRegistry(origin, child, () => output);
    } catch (error) {
      child.kill('SIGKILL');
      if (attempt < 3 && /address already in use/.test(output)) continue;
      await tokenServer?.stop();
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    return {
      mode,
      host: `127.0.0.1:${port}`,
      origin,
      users,
      tokenServer,
      storage: join(dir, 'storage'),
      secrets: () => [
        ...Object.values(users).flatMap((u) => [
          u.password,
          Buffer.from(`${u.username}:${u.password}`).toString('base64'),
        ]),
        ...(tokenServer?.issuedTokens() ?? []),
      ],
      async stop() {
        if (child.exitCode === null) {
          child.kill('SIGTERM');
          await exited;
        }
        await tokenServer?.stop();
        await rm(dir, { recursive: true, force: true });
      },
    };
  }
}
