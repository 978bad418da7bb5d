// Chart.yaml read the way Helm reads it, quirks included, judged by the real Helm: for each text,
// `helm show chart` of our archive prints what it prints for `helm package`'s, and a version is
// accepted exactly when `helm package` accepts it.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { tempDir } from '../../support/file-tree.js';
import { archiveFiles, helm, helmPackage, helmVerdict } from '../../support/helm.js';
import { build, saveArchive } from './charts.js';

let scratch: { path: string; remove: () => Promise<void> };
let charts = 0;
beforeAll(async () => {
  scratch = await tempDir('chart-yaml-test-');
});
afterAll(() => scratch.remove());

/** A chart with `chartYaml`, a template, and a subchart `x` in charts/. */
async function chartWith(chartYaml: string) {
  const workspace = join(scratch.path, `case-${++charts}`);
  const chart = join(workspace, 'chart');
  await mkdir(join(chart, 'templates'), { recursive: true });
  await mkdir(join(chart, 'charts', 'x'), { recursive: true });
  await writeFile(join(chart, 'charts', 'x', 'Chart.yaml'), 'name: x\nversion: 0.1.0\n');
  await writeFile(join(chart, 'Chart.yaml'), chartYaml);
  await writeFile(join(chart, 'templates', 'cm.yaml'), 'kind: ConfigMap\n');
  return { workspace, chart };
}

describe('what helm show chart prints of our archive is what it prints of helm package’s', () => {
  test.each([
    [
      'an unquoted float version and appVersion (1.0 is "1", 1.10 is "1.1")',
      'apiVersion: v2\nname: app\nversion: 1.0\nappVersion: 1.10\n',
    ],
    ['an integer version', 'apiVersion: v2\nname: app\nversion: 3\n'],
    [
      'YAML 1.1 booleans and numbers where strings go',
      'apiVersion: v2\nname: app\nversion: 1.0.0\nkeywords: [yes, off, 0x1F, 1e3]\nannotations: {replicas: 3, enabled: on}\n',
    ],
    ['a date-like version stays text', 'apiVersion: v2\nname: app\nversion: 2024-01-01\n'],
    ['no apiVersion is v1', 'name: app\nversion: 1.0.0\n'],
    ['field names in another case', 'apiVersion: v2\nName: app\nVERSION: v1.2.3\n'],
    [
      'a key given twice keeps its last value',
      'apiVersion: v2\nname: app\nversion: 1.0.0\nversion: 2.0.0\n',
    ],
    ['unknown fields are dropped', 'apiVersion: v2\nname: app\nversion: 1.0.0\nowner: nobody\n'],
    [
      'white space and unprintable characters cleaned',
      'apiVersion: v2\nname: app\nversion: 1.0.0\ndescription: "two\\nlines\\tand\\u0007 a bell"\n',
    ],
    [
      'annotation values keep their line breaks',
      'apiVersion: v2\nname: app\nversion: 1.0.0\nannotations:\n  notes: |\n    first\n    second\n',
    ],
    [
      'anchors and merge keys',
      'apiVersion: v2\nname: app\nversion: 1.0.0\nx: &m {category: tools}\nannotations:\n  <<: *m\n  extra: "1"\n',
    ],
    [
      'a v1 chart with dependencies drops them',
      'apiVersion: v1\nname: app\nversion: 1.0.0\ndependencies: [{name: x, repository: ""}]\n',
    ],
    [
      'maintainers, dependencies with import-values, deprecated',
      'apiVersion: v2\nname: app\nversion: 1.0.0\ndeprecated: true\nmaintainers: [{name: A, email: a@example.com}, {url: "https://b.example.com"}]\n',
    ],
    [
      'text that must be quoted',
      "apiVersion: v2\nname: app\nversion: 1.0.0\nicon: '@icon'\nhome: 'https://example.com/#top'\ndescription: '- starts like a list: and has a colon'\nkubeVersion: '>=1.25'\n",
    ],
    [
      'long text folded past column 80, plain and quoted',
      `apiVersion: v2\nname: app\nversion: 1.0.0\ndescription: "${'word '.repeat(30)}end"\nkeywords: ["${'quoted: text '.repeat(12)}"]\nannotations:\n  long: "${'a-b '.repeat(40)}"\n  spaced: "${'x  '.repeat(40)}"\n  ${'k'.repeat(90)}: "${'v '.repeat(50)}"\n`,
    ],
    [
      'blocks with every chomping and a leading space',
      'apiVersion: v2\nname: app\nversion: 1.0.0\nannotations:\n  keep: "a\\n\\n"\n  strip: "a\\nb"\n  lead: " a\\nb\\n"\n  spacebreak: "a \\nb"\n  only: "\\n"\n',
    ],
    [
      'characters go-yaml escapes',
      'apiVersion: v2\nname: app\nversion: 1.0.0\nannotations:\n  tab: "a\\tb"\n' +
        '  emoji: "ship \u{1F680} it"\n  bell: "x\\u0007y"\n  quote: \'say "hi" \'\'now\'\'\'\n' +
        `  "key\\twith tab": x\n  long: "${'tab\\t '.repeat(20)}"\n`,
    ],
    [
      'import-values of every kind',
      'apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies:\n  - name: x\n    repository: ""\n    import-values: [data, {child: a, parent: b}, [1, 2.5, true, null], {}, []]\n',
    ],
    [
      'annotation keys in go-yaml order',
      'apiVersion: v2\nname: app\nversion: 1.0.0\nannotations: {a10: x, a9: x, a09: x, B: x, b: x, _u: x, "-d": x, a.b: x, ab: x, "1": x}\n',
    ],
  ])('%s', async (_what, chartYaml) => {
    const { workspace, chart } = await chartWith(chartYaml);
    const built = await build(chart, { workspace });
    const ours = await saveArchive(built, workspace);
    await built.dispose();
    const theirs = await helmPackage(chart, workspace);

    expect(await helm(['show', 'chart', ours])).toBe(await helm(['show', 'chart', theirs]));
    const chartYamlOf = async (archive: string) =>
      (await archiveFiles(archive, workspace)).get('app/Chart.yaml')!.toString();
    expect(await chartYamlOf(ours)).toBe(await chartYamlOf(theirs));
  });
});

describe('a version is accepted exactly when helm package accepts it', () => {
  test.each([
    ['1.2.3', true],
    ['v1.2.3', true],
    ['1.2', true],
    ['1', true],
    ['01.2.3', true],
    ['1.2.3-rc.1+build.5', true],
    ['1.2.3-alpha-1.beta', true],
    ['1.2.3.4', false],
    ['1.2.3-01', false],
    ['1.2.3+', false],
    ['latest', false],
    ['1.2.3 ', false],
    ['18446744073709551616.0.0', false],
  ])('%s', async (version, accepted) => {
    const { workspace, chart } = await chartWith(
      `apiVersion: v2\nname: app\nversion: "${version}"\n`,
    );

    const ours = await build(chart, { workspace }).then(
      async (built) => {
        await built.dispose();
        return true;
      },
      (error: unknown) => {
        expect(error).toBeInstanceOf(UserError);
        expect(error).toMatchObject({ code: 'CHART_VERSION_INVALID' });
        return false;
      },
    );
    const verdict = await helmVerdict(['package', chart, '--destination', workspace]);

    expect(ours).toBe(accepted);
    expect(verdict.exitCode === 0).toBe(accepted);
  });
});
