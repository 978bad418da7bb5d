// A chart as Helm's loader sorts its files (helm/helm `pkg/chart/v2/loader/load.go` LoadFiles):
// Chart.yaml, Chart.lock, values.yaml, values.schema.json, templates/, the subcharts under charts/
// (directories and packaged `.tgz` alike), and every other file. The same checks as Helm's, so that
// a chart `helm package` refuses is refused here, before anything is written or pushed.
import { readFile } from 'node:fs/promises';
import { parseAllDocuments } from 'yaml';
import { UserError, ErrorCode } from '../../errors.js';
import { unreadableError } from '../artifact-errors.js';
import { rewriteChartLock, LOCK_FILE } from './chart-lock.js';
import {
  CHART_FILE,
  readChartMetadata,
  type ChartMetadata,
  type Origin,
} from './chart-metadata.js';
import { LEAVE_OUT_OF_CHART, type ChartFile } from './chart-walk.js';
import { describeYamlError } from './go-yaml.js';
import { readChartArchive, withoutBom } from './subchart-archive.js';

export const VALUES_FILE = 'values.yaml';
export const SCHEMA_FILE = 'values.schema.json';

export interface Chart {
  metadata: ChartMetadata;
  /** Chart.lock as Helm rewrites it (apiVersion v2 only: Helm drops a v1 chart's lock). */
  lock?: Buffer;
  /** values.yaml and values.schema.json, read and checked. */
  values?: Buffer;
  schema?: Buffer;
  templates: ChartFile[];
  /** Every other file, in the order of the walk. */
  files: ChartFile[];
  /** Subcharts, by the name of their entry under charts/. */
  dependencies: Chart[];
}

interface Place {
  /** How to show a file of this chart in a message, given its name from the chart root. */
  show(name: string): string;
  input: string;
}

async function contentOf(file: ChartFile, place: Place): Promise<Buffer> {
  if (file.content) return file.content;
  let data: Buffer;
  try {
    data = await readFile(file.path!);
  } catch (error) {
    throw unreadableError(place.show(file.name), error, LEAVE_OUT_OF_CHART);
  }
  return withoutBom(data);
}

function origin(place: Place, name: string): Origin {
  return { file: place.show(name), input: place.input };
}

/** values.yaml: YAML documents that are each a mapping (helm/helm `loader.LoadValues`). */
function checkValues(data: Buffer, place: Place): void {
  const problem = (detail: string) =>
    new UserError(
      ErrorCode.CHART_VALUES_INVALID,
      `${place.show(VALUES_FILE)} ${detail}; Helm cannot load the chart. Fix the file.`,
      { input: place.input },
    );
  const text = data.toString('utf8');
  const documents = parseAllDocuments(text, {
    version: '1.1',
    uniqueKeys: false,
    prettyErrors: false,
  });
  for (const document of Array.isArray(documents) ? documents : [documents]) {
    const [error] = document.errors;
    if (error) throw problem(`is not valid YAML: ${describeYamlError(error, text)}`);
    const value = document.toJS({ maxAliasCount: 1000 }) as unknown;
    if (value !== null && (typeof value !== 'object' || Array.isArray(value))) {
      throw problem('holds a document that is not a mapping of values');
    }
  }
}

function checkSchema(data: Buffer, place: Place): void {
  try {
    JSON.parse(data.toString('utf8'));
  } catch (error) {
    throw new UserError(
      ErrorCode.CHART_SCHEMA_INVALID,
      `${place.show(SCHEMA_FILE)} is not valid JSON (${(error as Error).message}); ` +
        `'helm package' refuses it. Fix the file.`,
      { input: place.input },
    );
  }
}

/** Sorts the files of one chart (names from its root) into a Chart, subcharts included. */
export async function assembleChart(files: readonly ChartFile[], place: Place): Promise<Chart> {
  const chartFile = files.find((file) => file.name === CHART_FILE);
  if (!chartFile) {
    throw new UserError(
      ErrorCode.CHART_NOT_FOUND,
      `${place.show(CHART_FILE)} does not exist (or .helmignore leaves it out): '${place.input}' ` +
        `must name a chart directory, the one holding Chart.yaml.`,
      { input: place.input },
    );
  }
  const metadata = readChartMetadata(
    (await contentOf(chartFile, place)).toString('utf8'),
    origin(place, CHART_FILE),
  );
  const chart: Chart = { metadata, templates: [], files: [], dependencies: [] };
  const subcharts = new Map<string, ChartFile[]>();

  for (const file of files) {
    const { name } = file;
    if (name === CHART_FILE) continue;
    if (name === LOCK_FILE) {
      const lock = rewriteChartLock(
        (await contentOf(file, place)).toString('utf8'),
        origin(place, LOCK_FILE),
      );
      if (metadata.apiVersion === 'v2') chart.lock = lock;
    } else if (name === VALUES_FILE) {
      chart.values = await contentOf(file, place);
      checkValues(chart.values, place);
    } else if (name === SCHEMA_FILE) {
      chart.schema = await contentOf(file, place);
      checkSchema(chart.schema, place);
    } else if (name === 'requirements.yaml' || name === 'requirements.lock') {
      if (metadata.apiVersion === 'v2') {
        throw new UserError(
          ErrorCode.CHART_REQUIREMENTS_UNSUPPORTED,
          `${place.show(name)} is a Helm 2 file in an apiVersion v2 chart, which Helm merges ` +
            `into Chart.yaml or Chart.lock while packaging. Move its dependencies into ` +
            `Chart.yaml (and run 'helm dependency update'), then remove it.`,
          { input: place.input },
        );
      }
      chart.files.push(file);
    } else if (name.startsWith('templates/')) chart.templates.push(file);
    else if (name.startsWith('charts/') && !name.endsWith('.prov')) {
      const [subchart] = name.slice('charts/'.length).split('/', 1) as [string];
      const group = subcharts.get(subchart) ?? [];
      group.push(file);
      subcharts.set(subchart, group);
    } else chart.files.push(file);
  }

  const names = [...subcharts.keys()].sort((a, b) =>
    Buffer.compare(Buffer.from(a), Buffer.from(b)),
  );
  for (const name of names) {
    // Helm leaves out entries of charts/ whose names start with `_` or `.`.
    if (name.startsWith('_') || name.startsWith('.')) continue;
    chart.dependencies.push(await subchart(name, subcharts.get(name)!, place));
  }
  return chart;
}

async function subchart(name: string, files: ChartFile[], parent: Place): Promise<Chart> {
  const base = `charts/${name}`;
  const place: Place = { show: (file) => parent.show(`${base}/${file}`), input: parent.input };
  if (name.endsWith('.tgz') && files.length === 1 && files[0]!.name === base) {
    const archive = await contentOf(files[0]!, parent);
    const inside = await readChartArchive(archive, parent.show(base), parent.input);
    return assembleChart(inside, {
      show: (file) => `${parent.show(base)}:${file}`,
      input: parent.input,
    });
  }
  const inside = files
    .filter((file) => file.name.startsWith(`${base}/`))
    .map((file) => ({ ...file, name: file.name.slice(base.length + 1) }));
  if (inside.length === 0 || !inside.some((file) => file.name === CHART_FILE)) {
    throw new UserError(
      ErrorCode.CHART_SUBCHART_INVALID,
      `${parent.show(base)} is not a chart: Helm loads every entry of charts/ as a subchart ` +
        `(a directory with a Chart.yaml, or a .tgz archive). Remove it, rename it to start with ` +
        `'_', or ${LEAVE_OUT_OF_CHART}.`,
      { input: parent.input },
    );
  }
  return assembleChart(inside, place);
}

/** `helm package` refuses a chart whose Chart.yaml lists a dependency that charts/ lacks. */
export function checkDependenciesPresent(chart: Chart, place: Place): void {
  const present = new Set(chart.dependencies.map((dependency) => dependency.metadata.name));
  const missing = (chart.metadata.dependencies ?? [])
    .map((dependency) => dependency.name ?? '')
    .filter((name) => !present.has(name));
  if (missing.length === 0) return;
  throw new UserError(
    ErrorCode.CHART_DEPENDENCY_MISSING,
    `${place.show(CHART_FILE)} lists ${missing.map((name) => `'${name}'`).join(', ')} as ` +
      `dependencies, but charts/ does not hold ${missing.length === 1 ? 'it' : 'them'}. Run ` +
      `'helm dependency build' before this step (and do not .helmignore charts/).`,
    { input: place.input },
  );
}

export type { Place };
