// Shared steps for the Helm chart tests: our fixtures, a copy of one in a scratch workspace, a
// build with fixed Git origin and time, and our archive saved where Helm and GNU tar can read it.
import { createWriteStream } from 'node:fs';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import {
  buildChart,
  type BuildChartOptions,
  type BuiltChart,
} from '../../../src/artifact/helm/index.js';

export const CHARTS = join(import.meta.dirname, '..', '..', 'fixtures', 'charts');
export const CREATED = '2024-05-13T13:56:21Z';
export const SOURCE = 'https://github.com/example/shop';
export const REVISION = 'v1.4.2@sha1:6b86b273ff34fce19d6b804eff5a3f5747ada4ea';

/** Copies the fixture chart `name` into `workspace/<name>` and returns that path. */
export async function copyChart(name: string, workspace: string): Promise<string> {
  const path = join(workspace, name);
  await cp(join(CHARTS, name), path, { recursive: true });
  return path;
}

export function build(
  path: string,
  options: Partial<BuildChartOptions> & { workspace: string },
): Promise<BuiltChart> {
  return buildChart({ path, created: CREATED, source: SOURCE, revision: REVISION, ...options });
}

/** Our chart archive, saved through `layer.open()` as `<name>-<version>.tgz` in `directory`. */
export async function saveArchive(built: BuiltChart, directory: string): Promise<string> {
  const file = join(directory, `${built.metadata.name}-${built.metadata.version}.tgz`);
  await pipeline(built.layer.open(), createWriteStream(file));
  return file;
}
