// Charts Helm refuses, refused here too: one UserError each, with a code, the input, and a message
// that names the file and says what to do. Where `helm package` is the judge, it must refuse the
// same chart. Nothing is left behind in the temp directory.
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { tempDir, treeOf, writeTree } from '../../support/file-tree.js';
import { helmVerdict } from '../../support/helm.js';
import { build } from './charts.js';

let scratch: { path: string; remove: () => Promise<void> };
let workspace: string;
let tmpDir: string;
let chart: string;
beforeEach(async () => {
  scratch = await tempDir('bad-chart-test-');
  workspace = join(scratch.path, 'workspace');
  tmpDir = join(scratch.path, 'tmp');
  chart = join(workspace, 'deploy', 'chart');
  await mkdir(tmpDir);
  await writeTree(
    chart,
    treeOf({
      'Chart.yaml': 'apiVersion: v2\nname: app\nversion: 1.0.0\n',
      'values.yaml': 'replicas: 1\n',
      'templates/cm.yaml': 'kind: ConfigMap\n',
    }),
  );
});
afterEach(() => scratch.remove());

async function refusal(options: Parameters<typeof build>[1] = { workspace }): Promise<UserError> {
  const error = await build(chart, { tmpDir, ...options }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(UserError);
  expect(await readdir(tmpDir)).toEqual([]);
  return error as UserError;
}

async function helmRefuses(): Promise<string> {
  const verdict = await helmVerdict(['package', chart, '--destination', scratch.path]);
  expect(verdict.exitCode).not.toBe(0);
  return verdict.stderr;
}

describe('Chart.yaml', () => {
  test.each([
    [
      'invalid YAML',
      'apiVersion: v2\nname: [app\nversion: 1.0.0\n',
      'CHART_YAML_INVALID',
      'is not valid YAML',
    ],
    [
      'a list where a string goes',
      'apiVersion: v2\nname: app\nversion: 1.0.0\nhome: [a, b]\n',
      'CHART_YAML_INVALID',
      "'home' must be a string, not a list",
    ],
    ['no name', 'apiVersion: v2\nversion: 1.0.0\n', 'CHART_METADATA_INVALID', "'name' is missing"],
    ['no version', 'apiVersion: v2\nname: app\n', 'CHART_METADATA_INVALID', "'version' is missing"],
    [
      'a version that is not semver',
      'apiVersion: v2\nname: app\nversion: 1.2.3.4\n',
      'CHART_VERSION_INVALID',
      "'1.2.3.4', is not a semantic version",
    ],
    [
      'a pre-release with a leading zero',
      'apiVersion: v2\nname: app\nversion: 1.0.0-01\n',
      'CHART_VERSION_INVALID',
      'not a semantic version',
    ],
    [
      'apiVersion v3 (Helm 4 only, internal)',
      'apiVersion: v3\nname: app\nversion: 1.0.0\n',
      'CHART_METADATA_INVALID',
      "apiVersion 'v3'",
    ],
    [
      'an unknown apiVersion',
      'apiVersion: v9\nname: app\nversion: 1.0.0\n',
      'CHART_METADATA_INVALID',
      "apiVersion 'v9'",
    ],
    [
      'an unknown type',
      'apiVersion: v2\nname: app\nversion: 1.0.0\ntype: service\n',
      'CHART_METADATA_INVALID',
      "'type' is 'service'",
    ],
    [
      'a name with a slash',
      'apiVersion: v2\nname: team/app\nversion: 1.0.0\n',
      'CHART_METADATA_INVALID',
      "'team/app'",
    ],
  ])('%s', async (_what, text, code, message) => {
    await writeFile(join(chart, 'Chart.yaml'), text);

    const error = await refusal();

    expect(error).toMatchObject({ code, input: 'path' });
    expect(error.message).toContain('deploy/chart/Chart.yaml');
    expect(error.message).toContain(message);
    await helmRefuses();
  });

  test('no Chart.yaml at all', async () => {
    execFileSync('rm', [join(chart, 'Chart.yaml')]);

    const error = await refusal();

    expect(error).toMatchObject({ code: 'CHART_NOT_FOUND', input: 'path' });
    expect(error.message).toContain('deploy/chart/Chart.yaml does not exist');
    await helmRefuses();
  });

  test('a chart directory that does not exist', async () => {
    chart = join(workspace, 'deploy', 'nowhere');

    const error = await refusal();

    expect(error).toMatchObject({ code: 'CHART_NOT_FOUND', input: 'path' });
    expect(error.message).toContain('deploy/nowhere does not exist');
  });
});

test('a version override that is not semver names its own input', async () => {
  const error = await refusal({
    workspace,
    versions: { version: { value: 'release-7', input: 'chart-version' } },
  });

  expect(error).toMatchObject({ code: 'CHART_VERSION_INVALID', input: 'chart-version' });
  expect(error.message).toContain("the version given by 'chart-version', 'release-7'");
  expect((await helmVerdict(['package', chart, '--version', 'release-7'])).exitCode).not.toBe(0);
});

test('a named pipe in the chart', async () => {
  execFileSync('mkfifo', [join(chart, 'templates', 'pipe')]);

  const error = await refusal();

  expect(error).toMatchObject({ code: 'CHART_UNSUPPORTED_FILE', input: 'path' });
  expect(error.message).toContain('deploy/chart/templates/pipe is a named pipe (FIFO)');
  expect(error.message).toContain('.helmignore');
  expect(await helmRefuses()).toContain('irregular file');
});

test('a named pipe the .helmignore leaves out is no problem, as for Helm', async () => {
  execFileSync('mkfifo', [join(chart, 'templates', 'pipe')]);
  await writeFile(join(chart, '.helmignore'), 'pipe\n');

  const built = await build(chart, { workspace, tmpDir });
  await built.dispose();

  expect(built.fileCount).toBe(4);
});

test("a file larger than Helm's 5 MiB per file", async () => {
  await writeFile(join(chart, 'big.bin'), '');
  await truncate(join(chart, 'big.bin'), 5 * 1024 * 1024 + 1);

  const error = await refusal();

  expect(error).toMatchObject({ code: 'CHART_FILE_TOO_LARGE', input: 'path' });
  expect(error.message).toContain('deploy/chart/big.bin is 5242881 bytes');
  expect(await helmRefuses()).toContain('larger than the maximum file size');
});

test('a file of exactly 5 MiB is packaged, as by Helm', async () => {
  await writeFile(join(chart, 'big.bin'), '');
  await truncate(join(chart, 'big.bin'), 5 * 1024 * 1024);

  const built = await build(chart, { workspace, tmpDir });
  await built.dispose();

  expect(built.fileCount).toBe(4);
});

test('a dependency Chart.yaml lists but charts/ lacks', async () => {
  await writeFile(
    join(chart, 'Chart.yaml'),
    'apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies:\n' +
      '  - name: redis\n    version: 1.x\n    repository: https://charts.example.com\n',
  );

  const error = await refusal();

  expect(error).toMatchObject({ code: 'CHART_DEPENDENCY_MISSING', input: 'path' });
  expect(error.message).toContain("lists 'redis' as dependencies");
  expect(error.message).toContain('helm dependency build');
  expect(await helmRefuses()).toContain('missing in charts/ directory: redis');
});

test('an entry of charts/ that is not a chart', async () => {
  await mkdir(join(chart, 'charts'));
  await writeFile(join(chart, 'charts', 'README.md'), 'not a chart');

  const error = await refusal();

  expect(error).toMatchObject({ code: 'CHART_SUBCHART_INVALID', input: 'path' });
  expect(error.message).toContain('deploy/chart/charts/README.md is not a chart');
  await helmRefuses();
});

test('values.yaml that is not YAML', async () => {
  await writeFile(join(chart, 'values.yaml'), 'replicas: [1\n');

  const error = await refusal();

  expect(error).toMatchObject({ code: 'CHART_VALUES_INVALID', input: 'path' });
  expect(error.message).toContain('deploy/chart/values.yaml is not valid YAML');
  await helmRefuses();
});

test('values.schema.json that is not JSON', async () => {
  await writeFile(join(chart, 'values.schema.json'), '{"type": "object",}');

  const error = await refusal();

  expect(error).toMatchObject({ code: 'CHART_SCHEMA_INVALID', input: 'path' });
  expect(error.message).toContain('deploy/chart/values.schema.json is not valid JSON');
  await helmRefuses();
});

describe('symbolic links', () => {
  test('one whose target does not exist', async () => {
    await symlink('missing.yaml', join(chart, 'templates', 'gone.yaml'));

    const error = await refusal();

    expect(error).toMatchObject({ code: 'CHART_SYMLINK_DANGLING', input: 'path' });
    expect(error.message).toContain('deploy/chart/templates/gone.yaml -> missing.yaml');
    await helmRefuses();
  });

  test('one that leads out of the workspace (Helm would follow it)', async () => {
    await writeFile(join(scratch.path, 'secret.txt'), 'token');
    await symlink(join(scratch.path, 'secret.txt'), join(chart, 'secret.txt'));

    const error = await refusal();

    expect(error).toMatchObject({ code: 'CHART_SYMLINK_OUTSIDE_WORKSPACE', input: 'path' });
    expect(error.message).toContain('outside the workspace');
  });

  test('one that points to a directory above it', async () => {
    await symlink('..', join(chart, 'templates', 'loop'));

    const error = await refusal();

    expect(error).toMatchObject({ code: 'CHART_SYMLINK_CYCLE', input: 'path' });
    expect(error.message).toContain('deploy/chart/templates/loop');
  });
});

test('a name with a backslash, which Helm reads back as a directory separator', async () => {
  await writeFile(join(chart, 'templates', 'a\\b.yaml'), 'kind: ConfigMap\n');

  const error = await refusal();

  expect(error).toMatchObject({ code: 'CHART_INVALID_NAME', input: 'path' });
  expect(error.message).toContain("has a '\\' in its name");
});

test('a chart of 100 MiB or more, which helm package writes but no Helm can load', async () => {
  for (let index = 0; index < 20; index++) {
    await writeFile(join(chart, `part-${index}.bin`), '');
    await truncate(join(chart, `part-${index}.bin`), 5 * 1024 * 1024);
  }

  const error = await refusal();
  const packaged = await helmVerdict(['package', chart, '--destination', scratch.path]);
  const shown = await helmVerdict(['show', 'chart', join(scratch.path, 'app-1.0.0.tgz')]);

  expect(error).toMatchObject({ code: 'CHART_TOO_LARGE', input: 'path' });
  expect(error.message).toContain('Helm refuses to load a chart of 100 MiB');
  expect(packaged.exitCode).toBe(0);
  expect(shown.exitCode).not.toBe(0);
  expect(shown.stderr).toContain('larger than the maximum size');
});
