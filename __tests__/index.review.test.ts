// A pull request's dry run shows what the merge would change in the published artifact, end to
// end under a real runner (act) against the real registry: the base (`latest`, which a push to the
// base branch moves; diff-tag; a chart's versions), the `changed` and `changed-files` outputs,
// and the job summary's list and diffs. Every pull request's run is a dry run: each checks that
// the registry holds afterwards exactly what it held before. A publish with diff-tag reports the
// same. The diff logic itself is __tests__/review/*.test.ts.
import { execFileSync } from 'node:child_process';
import { chmod, cp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkout, publishWithCli } from './cli/cli.js';
import {
  makeWorkspace,
  publish as publishAction,
  scratchDirectories,
  SHOP_CHART,
} from './support/end-to-end.js';
import { holdings, manifest, tags } from './support/registry-state.js';
import { startRegistry, type TestRegistry } from './support/registry.js';
import type { RunResult } from './support/runner.js';

const GITHUB_TOKEN = 'ghs_review-test-token';

let registry: TestRegistry;
const scratch = scratchDirectories();

beforeAll(async () => {
  registry = await startRegistry();
});

afterAll(async () => {
  await registry?.stop();
  await scratch.removeAll();
});

/**
 * A pull request's run (`pull request opened`: into master, the default branch) with the
 * workspace `prepare` makes of `fixture`, checked to have pushed nothing to `repository`.
 */
async function pullRequest(
  repository: string,
  options: {
    fixture?: string;
    prepare?: (deploy: string) => Promise<void>;
    inputs?: Record<string, string>;
    /** The repository whose contents must not change, when not `repository`. */
    watch?: string;
  } = {},
): Promise<RunResult> {
  const watched = options.watch ?? repository;
  const before = await holdings(registry, watched);
  const workspace = await makeWorkspace(scratch, options);
  const result = await publishAction({
    run: 'pull request opened',
    workspace,
    registry,
    repository,
    user: null,
    inputs: options.inputs ?? {},
    githubToken: GITHUB_TOKEN,
    secrets: () => registry.secrets(),
  });
  expect(await holdings(registry, watched), 'what the registry holds after a dry run').toEqual(
    before,
  );
  return result;
}

/** Publishes the manifests fixture at `latest` of `repository`, as a push to master would. */
async function publishBase(repository: string): Promise<string> {
  const dir = await checkout(scratch);
  const outputs = await publishWithCli(dir, `oci://${registry.host}/${repository}`, [
    '--tag',
    'latest',
    '--promote',
    '',
  ]);
  return outputs.digest!;
}

/** Publishes the shop chart fixture (1.4.2) under `oci://…/<parent>`, as `helm push` would. */
async function publishChart(parent: string, prepare?: (chart: string) => Promise<void>) {
  const dir = await scratch.make('chart-checkout-');
  await cp(SHOP_CHART, join(dir, 'deploy'), { recursive: true });
  await prepare?.(join(dir, 'deploy'));
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  execFileSync('git', ['add', '.'], { cwd: dir });
  execFileSync(
    'git',
    ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'chart'],
    {
      cwd: dir,
    },
  );
  return publishWithCli(dir, `oci://${registry.host}/${parent}`, ['--artifact-type', 'helm-chart']);
}

const BIG = Array.from({ length: 2000 }, (_, i) => `# generated line ${i + 1}\n`).join('');

describe('a pull request changing the manifests', () => {
  let base: string;
  let result: RunResult;
  beforeAll(async () => {
    base = await publishBase('review/app');
    result = await pullRequest('review/app', {
      async prepare(deploy) {
        const deployment = join(deploy, 'base/storefront/deployment.yaml');
        await writeFile(
          deployment,
          (await readFile(deployment, 'utf8')).replace('replicas: 2', 'replicas: 3'),
        );
        await writeFile(join(deploy, 'base/storefront/pdb.yaml'), 'kind: PodDisruptionBudget\n');
        await rm(join(deploy, 'base/orders/hpa.yaml'));
        await chmod(join(deploy, 'scripts/render.sh'), 0o644);
        await rename(
          join(deploy, 'base/orders/service.yaml'),
          join(deploy, 'base/orders/svc.yaml'),
        );
        await writeFile(join(deploy, 'base/logo.bin'), Buffer.from([0x89, 0x50, 0, 0, 1, 2]));
        await writeFile(join(deploy, 'base/generated.yaml'), BIG);
        await writeFile(join(deploy, 'notes.tmp'), 'ignored\n');
      },
      inputs: { 'ignore-paths': '*.tmp' },
    });
  }, 120_000);

  it('is a dry run that succeeds', () => {
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.outputs.pushed).toBe('false');
  });

  it('lists every change in changed-files as git diff --name-status does, ignored files left out', () => {
    expect(result.outputs.changed).toBe('true');
    expect(result.outputs['changed-files']).toBe(
      [
        'A\tbase/generated.yaml',
        'A\tbase/logo.bin',
        'D\tbase/orders/hpa.yaml',
        'D\tbase/orders/service.yaml',
        'A\tbase/orders/svc.yaml',
        'M\tbase/storefront/deployment.yaml',
        'A\tbase/storefront/pdb.yaml',
        'M\tscripts/render.sh',
      ].join('\n'),
    );
  });

  it('names the base in the summary: latest, which a push to master moves, by digest', () => {
    expect(result.summary).toContain(
      `Compared with latest (${base}), what a push to master moves ('latest: branch={{default_branch}}').`,
    );
  });

  it('shows an edit as a unified diff in a collapsed block', () => {
    expect(result.summary).toMatch(
      /<details>\n<summary><code>M base\/storefront\/deployment\.yaml<\/code><\/summary>\n\n```diff\ndiff --git a\/base\/storefront\/deployment\.yaml b\/base\/storefront\/deployment\.yaml\n--- a\/base\/storefront\/deployment\.yaml\n\+\+\+ b\/base\/storefront\/deployment\.yaml\n@@ [^\n]+ @@\n(?: [^\n]*\n)*- {2}replicas: 2\n\+ {2}replicas: 3\n/,
    );
  });

  it('shows a mode change as git does', () => {
    expect(result.summary).toContain(
      '```diff\ndiff --git a/scripts/render.sh b/scripts/render.sh\nold mode 100755\nnew mode 100644\n```',
    );
  });

  it('shows a binary file and a diff over the cap by size only', () => {
    expect(result.summary).toContain('- base/logo.bin: binary (6 B)');
    expect(result.summary).toContain('- base/generated.yaml: diff over the cap (42.9 kB)');
    expect(result.summary).not.toContain('generated line 1\n');
  });
});

describe('a pull request with nothing published yet', () => {
  it('says there is no base yet and lists every file as added', async () => {
    const result = await pullRequest('review/new');
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.summary).toContain('nothing is published at latest, so every file is new.');
    expect(result.outputs.changed).toBe('true');
    const files = result.outputs['changed-files']!.split('\n');
    expect(files).toContain('A\tbase/storefront/deployment.yaml');
    expect(files.every((line) => line.startsWith('A\t'))).toBe(true);
  });
});

describe('a pull request whose base is not a Flux artifact', () => {
  it('says so in one line, lists every file as added, and does not fail', async () => {
    await publishChart('review/other');
    const result = await pullRequest('review/other/shop', { inputs: { 'diff-tag': '1.4.2' } });
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.summary).toMatch(
      /Compared with 1\.4\.2 \(sha256:[0-9a-f]{64}\), diff-tag: 1\.4\.2 is not a Flux artifact, so every file is new\./,
    );
    expect(result.outputs['changed-files']!.split('\n')).toContain('A\tbase/namespace.yaml');
  });
});

describe('a pull request with a diff-tag that is not there', () => {
  it('says nothing is published there, lists every file as added, and does not fail', async () => {
    await publishBase('review/missing');
    const result = await pullRequest('review/missing', { inputs: { 'diff-tag': 'production' } });
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.summary).toContain(
      'Compared with production, diff-tag: nothing is published at production, so every file is new.',
    );
    expect(result.outputs['changed-files']!.split('\n')).toContain('A\tbase/namespace.yaml');
  });
});

describe('a pull request that changes nothing', () => {
  it('says so: changed is false, changed-files empty', async () => {
    await publishBase('review/same');
    const result = await pullRequest('review/same');
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.outputs.changed).toBe('false');
    expect(result.outputs['changed-files']).toBe('');
    expect(result.summary).toContain('No changes: the artifact would hold the same files.');
  });
});

describe('a Helm chart in a pull request', () => {
  const editTemplate = async (chart: string) => {
    const service = join(chart, 'templates/service.yaml');
    await writeFile(service, `${await readFile(service, 'utf8')}# reviewed\n`);
  };

  it('with a version bump is compared with the version it replaces', async () => {
    await publishChart('review/bump');
    const result = await pullRequest('review/bump', {
      fixture: SHOP_CHART,
      inputs: { 'artifact-type': 'helm-chart' },
      watch: 'review/bump/shop',
      async prepare(chart) {
        await editTemplate(chart);
        const file = join(chart, 'Chart.yaml');
        await writeFile(
          file,
          (await readFile(file, 'utf8')).replace('version: 1.4.2', 'version: 1.5.0'),
        );
      },
    });
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.summary).toMatch(
      /Compared with 1\.4\.2 \(sha256:[0-9a-f]{64}\), the highest version of shop published below 1\.5\.0\./,
    );
    expect(result.outputs['changed-files']).toBe(
      'M\tshop/Chart.yaml\nM\tshop/templates/service.yaml',
    );
    expect(result.summary).toContain('+# reviewed');
  });

  it('with a forgotten bump fails as the publish would, asking for the bump', async () => {
    await publishChart('review/forgot');
    const result = await pullRequest('review/forgot', {
      fixture: SHOP_CHART,
      inputs: { 'artifact-type': 'helm-chart' },
      watch: 'review/forgot/shop',
      prepare: editTemplate,
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /^::error[^:]*::Input 'path': shop 1\.4\.2 is already published at .*review\/forgot\/shop:1\.4\.2 with other content, and nothing was pushed.*Bump 'version' in deploy\/Chart\.yaml/m,
    );
  });
});

describe('a publish with diff-tag', () => {
  it('reports what changed since diff-tag in changed-files and the summary, and pushes', async () => {
    await publishBase('review/publish');
    const workspace = await makeWorkspace(scratch, {
      prepare: (deploy) => writeFile(join(deploy, 'base/extra.yaml'), 'kind: ConfigMap\n'),
    });
    const result = await publishAction({
      run: 'push to the default branch',
      workspace,
      registry,
      repository: 'review/publish',
      user: null,
      inputs: { 'diff-tag': 'latest' },
      githubToken: GITHUB_TOKEN,
      secrets: () => registry.secrets(),
    });
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.outputs.pushed).toBe('true');
    expect(result.outputs.changed).toBe('true');
    expect(result.outputs['changed-files']).toBe('A\tbase/extra.yaml');
    expect(result.summary).toMatch(/Compared with latest \(sha256:[0-9a-f]{64}\), diff-tag\./);
    expect((await manifest(registry, 'review/publish', 'latest'))?.digest).toBe(
      result.outputs.digest,
    );
  });
});

describe("a fork's pull request, which has no credentials for the registry", () => {
  let locked: TestRegistry;
  beforeAll(async () => {
    locked = await startRegistry({ mode: 'htpasswd' });
  });
  afterAll(() => locked?.stop());

  it('warns that it could not compare, leaves the outputs empty, and does not fail', async () => {
    const workspace = await makeWorkspace(scratch);
    const result = await publishAction({
      run: 'pull request opened',
      workspace,
      registry: locked,
      repository: 'review/fork',
      user: null,
      githubToken: GITHUB_TOKEN,
      secrets: () => locked.secrets(),
    });
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /^::warning[^:]*::Could not compare with the published artifact: /m,
    );
    expect(result.outputs.changed).toBe('');
    expect(result.outputs['changed-files']).toBe('');
    expect(result.summary).toContain('Not compared: ');
    expect(await tags(locked, 'review/fork')).toEqual([]);
  });
});
