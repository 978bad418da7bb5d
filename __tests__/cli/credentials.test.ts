// Registry credentials are given the same way to every command, publish included: --username and
// --password, REGISTRY_USERNAME and REGISTRY_PASSWORD, or --creds (Flux's spelling), else the
// Docker config. Checked against a registry that refuses anonymous requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchDirectories } from '../support/end-to-end.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { checkout, outputsOf, publishWithCli, runCli } from './cli.js';

const scratch = scratchDirectories();
let registry: TestRegistry;
let dir: string;
let username: string;
let password: string;

const repository = () => `oci://${registry.host}/creds`;

beforeAll(async () => {
  registry = await startRegistry({ mode: 'htpasswd' });
  ({ username, password } = registry.users.writer!);
  dir = await checkout(scratch);
  await publishWithCli(dir, repository(), ['--tag', 'first', '--creds', `${username}:${password}`]);
}, 60_000);

afterAll(async () => {
  await registry?.stop();
  await scratch.removeAll();
});

describe('registry credentials', () => {
  it('publish takes them from REGISTRY_USERNAME and REGISTRY_PASSWORD', async () => {
    const result = await runCli(['--url', repository(), '--path', 'deploy', '--tag', 'env'], {
      cwd: dir,
      env: { REGISTRY_USERNAME: username, REGISTRY_PASSWORD: password },
    });
    expect(result.status, result.stderr).toBe(0);
    expect(outputsOf(result.stdout).tags).toBe('env');
  });

  it('list takes --creds, as publish does', async () => {
    const result = await runCli(
      ['list', repository(), '--creds', `${username}:${password}`, '-o', 'json'],
      { cwd: dir },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('"tag":"first"');
  });

  it('list takes --username with REGISTRY_PASSWORD, as publish does', async () => {
    const result = await runCli(['list', repository(), '--username', username], {
      cwd: dir,
      env: { REGISTRY_PASSWORD: password },
    });
    expect(result.status, result.stderr).toBe(0);
  });

  it('a wrong password is named by its flags, exit 2', async () => {
    const result = await runCli(['list', repository(), '--creds', `${username}:wrong`], {
      cwd: dir,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^error: .*refused the credentials from --username and --password/m,
    );
  });

  it('without any, the registry refuses and the command exits 2', async () => {
    const result = await runCli(['list', repository()], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^error: .*No credentials were found/m);
  });
});
