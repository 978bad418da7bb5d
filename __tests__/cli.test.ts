// The CLI as a user runs it: in a Git checkout, with flags, publishing to the default OCI layout,
// checked through skopeo's oci: transport.
import { execFileSync, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INPUTS } from '../src/inputs.js';
import { MANIFESTS, SHOP_CHART, testCosignKey } from './support/end-to-end.js';
import { skopeo } from './support/tools.js';

const CLI = resolve('dist/cli/index.js');

let checkout: string;
let sha: string;

function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: checkout,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  const outputs = Object.fromEntries(
    result.stdout
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
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

  it('fails with the input named for a bad value', () => {
    const result = cli(['--path', 'deploy', '--annotations', 'no-equals']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Input 'annotations'");
  });
});
