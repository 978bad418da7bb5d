// The entries of a chart archive in the order `helm package` writes them (helm/helm
// `pkg/chart/v2/util/save.go` writeTarContents): under `<chart name>/`, Chart.yaml and Chart.lock
// as Helm rewrites them, values.yaml, values.schema.json, the templates, the other files, then each
// subchart the same way under `charts/<its name>/`. Only files, no directory entries, mode 0644,
// a UTF-8 byte order mark left out as Helm's loader drops it. Unlike `helm package`, every entry
// has the same given time (the commit's), so the same chart always gives the same bytes.
import { UserError, ErrorCode } from '../../errors.js';
import type { TarEntry, TarFormat } from '../tar.js';
import { METADATA_SHAPE, type ChartMetadata } from './chart-metadata.js';
import type { Chart } from './chart-model.js';
import { LEAVE_OUT_OF_CHART, type ChartFile } from './chart-walk.js';
import { goJsonValue } from './go-json.js';
import { helmYamlBytes } from './helm-yaml.js';
import { MAX_CHART_BYTES, UTF8_BOM } from './subchart-archive.js';

export function chartTarFormat(created: string): TarFormat {
  return {
    mtime: new Date(created),
    fileMode: 0o644,
    droppedPrefix: UTF8_BOM,
    leaveOut: LEAVE_OUT_OF_CHART,
  };
}

/** The metadata as Helm writes it: a v1 chart's dependencies are left out (save.go). */
export function writtenMetadata(metadata: ChartMetadata): ChartMetadata {
  if (metadata.apiVersion !== 'v1' || metadata.dependencies === undefined) return metadata;
  const written = { ...metadata };
  delete written.dependencies;
  return written;
}

/** Chart.yaml as `helm package` writes it. */
export function chartYamlBytes(metadata: ChartMetadata): Buffer {
  return helmYamlBytes(goJsonValue(writtenMetadata(metadata), METADATA_SHAPE));
}

/** An entry of the archive, with its size (before a byte order mark is dropped). */
export type ChartEntry = TarEntry & { size: number };

function fileEntry(base: string, file: ChartFile): ChartEntry {
  const name = `${base}/${file.name}`;
  if (file.content) return { name, kind: 'file', content: file.content, size: file.size };
  return { name, kind: 'file', path: file.path!, size: file.size };
}

function contentEntry(name: string, content: Buffer): ChartEntry {
  return { name, kind: 'file', content, size: content.length };
}

/** Every entry of `chart`'s archive, its root named `base` (the chart's name at the top). */
export function* chartEntries(chart: Chart, base = chart.metadata.name): Generator<ChartEntry> {
  yield contentEntry(`${base}/Chart.yaml`, chartYamlBytes(chart.metadata));
  if (chart.lock) yield contentEntry(`${base}/Chart.lock`, chart.lock);
  if (chart.values) yield contentEntry(`${base}/values.yaml`, chart.values);
  if (chart.schema) yield contentEntry(`${base}/values.schema.json`, chart.schema);
  for (const file of chart.templates) yield fileEntry(base, file);
  for (const file of chart.files) yield fileEntry(base, file);
  for (const dependency of chart.dependencies) {
    yield* chartEntries(dependency, `${base}/charts/${dependency.metadata.name}`);
  }
}

/**
 * Helm refuses to load a chart of 100 MiB or more once decompressed (archive.go); the sizes are
 * the files' before a byte order mark is dropped, so this errs by at most 3 bytes a file.
 */
export function checkChartSize(chart: Chart, shown: string, input: string): void {
  let total = 0;
  for (const entry of chartEntries(chart)) total += entry.size;
  if (total < MAX_CHART_BYTES) return;
  throw new UserError(
    ErrorCode.CHART_TOO_LARGE,
    `The chart ${shown} holds ${total} bytes of files, and Helm refuses to load a chart of ` +
      `100 MiB (${MAX_CHART_BYTES} bytes) or more. Leave files out with .helmignore.`,
    { input },
  );
}
