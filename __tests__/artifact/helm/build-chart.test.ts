// The chart archive we build, judged against the real `helm package` of the same directory: the
// same files with the same bytes, a Chart.yaml that Helm reads back the same, the same rendering,
// and, unlike Helm's, the same digest every time.
import { mkdir, readFile, rename, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { tempDir } from '../../support/file-tree.js';
import { archiveFiles, helm, helmPackage } from '../../support/helm.js';
import { gnuTar } from '../../support/tools.js';
import { build, copyChart, CREATED, REVISION, saveArchive, SOURCE } from './charts.js';

let scratch: { path: string; remove: () => Promise<void> };
let workspace: string;
beforeEach(async () => {
  scratch = await tempDir('helm-chart-test-');
  workspace = join(scratch.path, 'workspace');
  await mkdir(workspace);
});
afterEach(() => scratch.remove());

/** Our archive of the chart at `chart`, saved in the scratch directory. */
async function ourArchive(chart: string, options: Parameters<typeof build>[1]) {
  const built = await build(chart, options);
  try {
    return { ours: await saveArchive(built, scratch.path), built };
  } finally {
    await built.dispose();
  }
}

async function compareWithHelm(chart: string, helmArgs: string[] = [], options = {}) {
  const { ours, built } = await ourArchive(chart, { workspace, ...options });
  const theirs = await helmPackage(chart, scratch.path, helmArgs);
  return {
    built,
    ours,
    theirs,
    ourFiles: await archiveFiles(ours, scratch.path),
    theirFiles: await archiveFiles(theirs, scratch.path),
  };
}

test('the archive holds the files helm package writes, with the same bytes, Chart.yaml too', async () => {
  const { ourFiles, theirFiles } = await compareWithHelm(await copyChart('shop', workspace));

  expect([...ourFiles.keys()].sort()).toEqual([...theirFiles.keys()].sort());
  expect(ourFiles).toEqual(theirFiles);
  // What the fixture's .helmignore and Helm's own default leave out.
  expect([...ourFiles.keys()]).not.toContain('shop/files/draft.tmp');
  expect([...ourFiles.keys()]).not.toContain('shop/notes/todo.md');
  expect([...ourFiles.keys()]).not.toContain('shop/templates/.deployment.yaml.swp');
  expect([...ourFiles.keys()]).toContain('shop/charts/cache/templates/configmap.yaml');
  expect([...ourFiles.keys()]).toContain('shop/Chart.lock');
});

test("each Chart.yaml, the subcharts' too, reads back in Helm exactly as helm package's", async () => {
  const { ours, theirs, ourFiles } = await compareWithHelm(await copyChart('shop', workspace));

  expect(await helm(['show', 'chart', ours])).toBe(await helm(['show', 'chart', theirs]));
  const subchart = ourFiles.get('shop/charts/cache/Chart.yaml')!.toString();
  expect(subchart).toBe(
    'apiVersion: v2\ndescription: An in-memory cache for the shop\nname: cache\nversion: 0.3.0\n',
  );
});

test('the Chart.lock is rewritten as Helm rewrites it', async () => {
  const { ourFiles } = await compareWithHelm(await copyChart('shop', workspace));

  expect(ourFiles.get('shop/Chart.lock')!.toString()).toBe(
    'dependencies:\n- name: cache\n  repository: file://charts/cache\n  version: 0.3.0\n' +
      'digest: sha256:5a2a9fb1e2d0c9a0f2a7d6b0b1a0d2ce74c34b1f6b3c35e2a41c4b1f5b8d0e21\n' +
      'generated: "2024-05-01T09:30:00.25Z"\n',
  );
});

test('a packaged subchart in charts/ is written out expanded, as helm package does', async () => {
  const chart = await copyChart('shop', workspace);
  const packaged = await helmPackage(join(chart, 'charts', 'cache'), scratch.path);
  await rm(join(chart, 'charts', 'cache'), { recursive: true });
  await rename(packaged, join(chart, 'charts', 'cache-0.3.0.tgz'));
  await writeFile(join(chart, 'charts', '.gitkeep'), '');

  const { ourFiles, theirFiles } = await compareWithHelm(chart);

  expect([...ourFiles.keys()].sort()).toEqual([...theirFiles.keys()].sort());
  expect(ourFiles).toEqual(theirFiles);
  expect([...ourFiles.keys()]).toContain('shop/charts/cache/values.yaml');
  expect([...ourFiles.keys()].filter((name) => name.endsWith('.tgz'))).toEqual([]);
});

test('symbolic links are followed and byte order marks dropped, as helm package does', async () => {
  const chart = await copyChart('shop', workspace);
  await writeFile(
    join(chart, 'templates', 'bom.yaml'),
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('# a template with a BOM\n')]),
  );
  await mkdir(join(workspace, 'shared', 'dashboards'), { recursive: true });
  await writeFile(join(workspace, 'shared', 'dashboards', 'shop.json'), '{"title":"shop"}\n');
  await writeFile(join(workspace, 'shared', 'LICENSE'), 'Apache-2.0\n');
  await symlink('../shared/dashboards', join(chart, 'dashboards'));
  await symlink('../shared/LICENSE', join(chart, 'LICENSE'));

  const { ourFiles, theirFiles } = await compareWithHelm(chart);

  expect(ourFiles).toEqual(theirFiles);
  expect(ourFiles.get('shop/templates/bom.yaml')!.toString()).toBe('# a template with a BOM\n');
  expect(ourFiles.get('shop/dashboards/shop.json')!.toString()).toBe('{"title":"shop"}\n');
  expect(ourFiles.get('shop/LICENSE')!.toString()).toBe('Apache-2.0\n');
});

test('helm template renders our archive exactly as it renders the chart directory', async () => {
  const chart = await copyChart('shop', workspace);
  const { ours } = await ourArchive(chart, { workspace });
  const values = ['--set', 'replicaCount=3', '--namespace', 'store'];

  const fromArchive = await helm(['template', 'front', ours, ...values]);
  const fromDirectory = await helm(['template', 'front', chart, ...values]);

  expect(fromArchive).toBe(fromDirectory);
  expect(fromArchive).toContain('value: "Open every day from nine."');
  expect(fromArchive).toContain('name: front-cache');
});

test('the same chart gives the same digests, whatever the times of its files', async () => {
  const chart = await copyChart('shop', workspace);
  const first = await build(chart, { workspace });
  await first.dispose();
  await utimes(join(chart, 'values.yaml'), new Date('2030-01-01'), new Date('2030-01-01'));
  await utimes(join(chart, 'templates'), new Date('2031-01-01'), new Date('2031-01-01'));
  const second = await build(chart, { workspace });
  await second.dispose();

  expect(second.layer.digest).toBe(first.layer.digest);
  expect(second.manifest.digest).toBe(first.manifest.digest);
  expect(second.manifest.bytes).toEqual(first.manifest.bytes);
});

test('every entry has the commit time, mode 0644 and no owner, as GNU tar lists them', async () => {
  const { ours } = await ourArchive(await copyChart('shop', workspace), { workspace });
  const { stdout } = await gnuTar(['-tvzf', ours, '--utc', '--numeric-owner']);
  const lines = stdout.toString().trim().split('\n');

  expect(lines.length).toBe(15);
  for (const line of lines) expect(line).toMatch(/^-rw-r--r-- 0\/0 +\d+ 2024-05-13 13:56 shop\//);
});

test('version overrides are written into Chart.yaml as helm package --version --app-version do', async () => {
  const chart = await copyChart('shop', workspace);
  const versions = {
    version: { value: '1.5.0-rc.1+build.7', input: 'chart-version' },
    appVersion: { value: '2.8.0', input: 'app-version' },
  };

  const { ours, theirs, ourFiles, built } = await compareWithHelm(
    chart,
    ['--version', '1.5.0-rc.1+build.7', '--app-version', '2.8.0'],
    { versions },
  );

  expect(await helm(['show', 'chart', ours])).toBe(await helm(['show', 'chart', theirs]));
  expect(built.metadata.version).toBe('1.5.0-rc.1+build.7');
  expect(built.tag).toBe('1.5.0-rc.1_build.7');
  // Only inside the archive: the chart directory is left as it was.
  expect(ourFiles.get('shop/Chart.yaml')!.toString()).toContain('appVersion: 2.8.0');
  expect(await readFile(join(chart, 'Chart.yaml'), 'utf8')).toContain('version: 1.4.2');
});

test("the manifest has Helm's annotations, the Git origin and the commit time", async () => {
  const { built } = await ourArchive(await copyChart('shop', workspace), {
    workspace,
    annotations: { 'com.example.team': 'storefront' },
  });
  const manifest = JSON.parse(built.manifest.bytes.toString()) as {
    annotations: Record<string, string>;
  };

  expect(manifest.annotations).toEqual({
    'artifacthub.io/license': 'Apache-2.0',
    category: 'E-commerce',
    'com.example.team': 'storefront',
    'org.opencontainers.image.authors': 'Ada Lovelace (ada@example.com), Platform team',
    'org.opencontainers.image.created': CREATED,
    'org.opencontainers.image.description':
      'A storefront and its cache, deployed together; long enough a description to be folded ' +
      'when Helm writes it back.',
    'org.opencontainers.image.revision': REVISION,
    'org.opencontainers.image.source': SOURCE,
    // Chart.yaml's own annotation may not replace the chart's name, as in `helm push`.
    'org.opencontainers.image.title': 'shop',
    'org.opencontainers.image.url': 'https://shop.example.com',
    'org.opencontainers.image.version': '1.4.2',
  });
});
