// The CLI as a user runs it: in a Git checkout, with flags, publishing to the default OCI layout,
// checked through skopeo's oci: transport.
import { execFileSync, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INPUTS } from '../../src/inputs.js';
import { OUTPUTS } from '../../src/report/outputs.js';
import { MANIFESTS, SHOP_CHART, testCosignKey } from '../support/end-to-end.js';
import { freePort } from '../support/registry.js';
import { skopeo } from '../support/tools.js';
import { CLI, outputsOf } from './cli.js';

let checkout: string;
let sha: string;

function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: checkout,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  const outputs = outputsOf(result.stdout);
  return { ...result, outputs };
}

beforeAll(async () => {
  checkout = await mkdtemp(join(tmpdir(), 'checkout-'));
  await cp(MANIFESTS, join(checkout, 'deploy'), { recursive: true });
  await cp(SHOP_CHART, join(checkout, 'chart'), { recursive: true });
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: checkout,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.com',
        GIT_COMMITTER_DATE: '2026-01-02T03:04:05Z',
      },
    }).trim();
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'manifests');
  sha = git('rev-parse', 'HEAD');
});

afterAll(async () => {
  await rm(checkout, { recursive: true, force: true });
  await rm(`${checkout}-keys`, { recursive: true, force: true });
});

describe('the CLI', () => {
  it('publishes to ./oci-layout by default, tagged with the short sha', async () => {
    const result = cli(['--path', 'deploy']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.outputs.tags).toBe(sha.slice(0, 7));
    expect(result.outputs.pushed).toBe('true');
    const { stdout } = await skopeo([
      'inspect',
      '--raw',
      `oci:${join(checkout, 'oci-layout')}:${sha.slice(0, 7)}`,
    ]);
    const manifest = JSON.parse(stdout.toString()) as { annotations: Record<string, string> };
    expect(manifest.annotations).toMatchObject({
      'org.opencontainers.image.created': '2026-01-02T03:04:05Z',
      'org.opencontainers.image.revision': `main@sha1:${sha}`,
    });
    expect(result.outputs.digest).toMatch(/^sha256:/);
  });

  it('logs phases on stderr and prints only outputs on stdout', () => {
    const result = cli(['--path', 'deploy', '--tag', 'again']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.outputs.digest).toMatch(/^sha256:/);
    expect(result.stderr).toContain('▶ Build');
    expect(
      result.stdout
        .split('\n')
        .filter(Boolean)
        .every((l) => /^[a-z-]+=/.test(l)),
    ).toBe(true);
  });

  it('signs with a key file, taking its password from COSIGN_PASSWORD', async () => {
    const { pem, password } = testCosignKey('cli-test-password');
    // Beside the checkout, not in it: the published tree stays the one committed.
    const key = join(`${checkout}-keys`, 'cosign.key');
    await mkdir(dirname(key), { recursive: true });
    await writeFile(key, pem);
    const result = cli(['--path', 'deploy', '--tag', 'signed', '--sign', '--cosign-key', key], {
      COSIGN_PASSWORD: password,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.outputs['signature-tag']).toBe(`sha256-${result.outputs.digest!.slice(7)}.sig`);
  });

  it('publishes a Helm chart with --artifact-type helm-chart, tagged with its version', async () => {
    const result = cli(['--artifact-type', 'helm-chart', '--path', 'chart']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.outputs).toMatchObject({
      tags: '1.4.2',
      'chart-name': 'shop',
      'chart-version': '1.4.2',
    });
    const { stdout } = await skopeo([
      'inspect',
      '--raw',
      `oci:${join(checkout, 'oci-layout')}:1.4.2`,
    ]);
    const manifest = JSON.parse(stdout.toString()) as { config: { mediaType: string } };
    expect(manifest.config.mediaType).toBe('application/vnd.cncf.helm.config.v1+json');
  });

  it('lists every input as a flag in --help', () => {
    const result = cli(['--help']);
    expect(result.status).toBe(0);
    for (const input of INPUTS) expect(result.stdout).toContain(`--${input.name}`);
  });

  it('fails with one line naming the flag for an unknown flag', () => {
    const result = cli(['--colour', 'blue']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("'--colour'");
  });

  it('fails with the flag named for a bad value, exit 2', () => {
    const result = cli(['--path', 'deploy', '--annotations', 'no-equals']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('error: --annotations: ');
    expect(result.stderr).not.toContain('Input ');
  });

  it('gives up on a refused connection after one retry, naming --url', async () => {
    const host = `127.0.0.1:${await freePort()}`;
    const result = cli(['--url', `oci://${host}/app`, '--path', 'deploy', '--tag', 'refused']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/attempt 2 of 2\)\.\n/);
    expect(result.stderr).not.toMatch(/attempt 3/);
    expect(result.stderr).toMatch(
      new RegExp(
        `\\nerror: --url: Could not reach ${host} .*\\(ECONNREFUSED\\)\\. Nothing accepted`,
      ),
    );
    expect(result.stderr).not.toContain('insecure');
  });

  it('takes publish by name as well as by default', () => {
    const result = cli(['publish', '--path', 'deploy', '--tag', 'named']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.outputs.tags).toBe('named');
  });

  it('prints only the outputs that have a value, none deprecated', () => {
    const result = cli(['--path', 'deploy', '--tag', 'quiet']);
    expect(result.status, result.stderr).toBe(0);
    const names = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => line.split('=')[0]);
    expect(names).toEqual(['digest', 'url', 'ref', 'tags', 'pushed']);
  });

  it('prints every output as one JSON document with --output json', () => {
    const result = cli(['--path', 'deploy', '--tag', 'json', '--output', 'json']);
    expect(result.status, result.stderr).toBe(0);
    const outputs = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(outputs)).toEqual(OUTPUTS.filter((o) => !o.deprecated).map((o) => o.name));
    expect(outputs).toMatchObject({ tags: 'json', pushed: 'true', 'signature-tag': '' });
    expect(outputs.plan).toMatchObject({ primaryTag: 'json' });
  });
});

describe('the CLI on a tagged commit of a branch', () => {
  it('publishes as the tag, says so, and promotes stable', async () => {
    const tagged = await mkdtemp(join(tmpdir(), 'tagged-'));
    try {
      await cp(MANIFESTS, join(tagged, 'deploy'), { recursive: true });
      const git = (...args: string[]) =>
        execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
          cwd: tagged,
        });
      git('init', '-q', '-b', 'main');
      git('add', '.');
      git('commit', '-q', '-m', 'release');
      git('tag', 'v1.0.0');
      const result = spawnSync(process.execPath, [CLI, '--path', 'deploy'], {
        cwd: tagged,
        encoding: 'utf8',
      });
      expect(result.status, result.stderr).toBe(0);
      expect(result.stderr).toContain(
        'Publishing as the Git tag v1.0.0, which points at HEAD (branch main).',
      );
      expect(result.stdout).toContain('tags=v1.0.0 stable\n');
    } finally {
      await rm(tagged, { recursive: true, force: true });
    }
  });
});
