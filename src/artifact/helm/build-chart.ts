// buildChart: a chart directory in the workspace becomes what `helm package` then `helm push` would
// put in a registry (a gzipped chart archive in a temp file, Helm's config, a manifest with Helm's
// annotations and our Git origin), ready for pushArtifact. The same commit gives the same digest.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { UserError, ErrorCode } from '../../errors.js';
import { digestOf } from '../../oci/digest.js';
import { OCI_MANIFEST } from '../../oci/media-types.js';
import { displayPath, errorCode } from '../artifact-errors.js';
import { CREATED_ANNOTATION, REVISION_ANNOTATION, SOURCE_ANNOTATION } from '../flux-format.js';
import { readLayerFile, writeLayer } from '../layer.js';
import { assertCreated, manifestAnnotations, manifestBytes } from '../manifest.js';
import type { PushableArtifact } from '../push.js';
import { checkChartSize, chartEntries, chartTarFormat, writtenMetadata } from './chart-archive.js';
import {
  METADATA_SHAPE,
  withVersions,
  type ChartMetadata,
  type VersionOverrides,
} from './chart-metadata.js';
import { assembleChart, checkDependenciesPresent, type Place } from './chart-model.js';
import { walkChart } from './chart-walk.js';
import { goJsonBytes } from './go-json.js';
import {
  chartTag,
  HELM_CHART_CONTENT_MEDIA_TYPE,
  HELM_CONFIG_MEDIA_TYPE,
  helmAnnotations,
  IMMUTABLE_HELM_ANNOTATIONS,
} from './helm-format.js';
import { HELM_IGNORE_FILE, HelmIgnore, HelmIgnoreSyntaxError } from './helmignore.js';
import { provenanceLayer } from './provenance.js';

export interface BuildChartOptions {
  /** Absolute: the chart directory (the one holding Chart.yaml). */
  path: string;
  /** Absolute: followed symlinks must resolve inside it. */
  workspace: string;
  /** The input naming the chart directory, for errors; `path` unless told. */
  input?: string;
  /** RFC 3339 UTC, second precision: every archive entry's time and the `created` annotation. */
  created: string;
  /** `org.opencontainers.image.source`: the Git repository's URL. */
  source: string;
  /** `org.opencontainers.image.revision`. */
  revision: string;
  /** User annotations, merged after Helm's and the Git origin (Helm's title and version stay). */
  annotations?: Record<string, string>;
  /** As `helm package --version --app-version`: written into Chart.yaml inside the archive only. */
  versions?: VersionOverrides;
  /** Absolute: a `.prov` made for this build's archive, pushed as Helm's provenance layer. */
  provenance?: { path: string; input: string };
  /** Where the archive is written; the OS temp directory by default. */
  tmpDir?: string;
}

export interface BuiltChart extends PushableArtifact {
  /** The metadata as written into the archive and the config (versions applied). */
  metadata: ChartMetadata;
  /** The version as a tag: `+` written as `_`. */
  tag: string;
  /** sha256 of the uncompressed tar. */
  diffId: string;
  /** Files in the archive, subcharts' included. */
  fileCount: number;
  /** Removes the temp file. */
  dispose(): Promise<void>;
}

async function readHelmIgnore(root: string, place: Place): Promise<HelmIgnore> {
  let text: string | undefined;
  try {
    text = await readFile(join(root, HELM_IGNORE_FILE), 'utf8');
  } catch (error) {
    // No .helmignore (or a chart directory that does not exist, which the walk reports).
    if (errorCode(error) !== 'ENOENT' && errorCode(error) !== 'ENOTDIR') throw error;
  }
  try {
    return HelmIgnore.parse(text);
  } catch (error) {
    if (!(error instanceof HelmIgnoreSyntaxError)) throw error;
    throw new UserError(
      ErrorCode.CHART_HELMIGNORE_INVALID,
      `${place.show(HELM_IGNORE_FILE)} line ${error.line}, '${error.pattern}': ${error.reason}. ` +
        `Helm refuses the chart with it; fix the pattern (Helm's rules are not gitignore's: no ` +
        `'**', and a pattern without '/' matches base names).`,
      { input: place.input },
    );
  }
}

/**
 * The manifest's annotations: Helm's (from Chart.yaml), then our Git origin and the commit time in
 * place of Helm's, then the user's; Helm's title and version stay whatever the rest says.
 */
function annotationsOf(metadata: ChartMetadata, options: BuildChartOptions) {
  const fromHelm = helmAnnotations(metadata);
  const immutable = Object.fromEntries(
    IMMUTABLE_HELM_ANNOTATIONS.flatMap((key) => (key in fromHelm ? [[key, fromHelm[key]!]] : [])),
  );
  for (const key of [CREATED_ANNOTATION, SOURCE_ANNOTATION, REVISION_ANNOTATION]) {
    delete fromHelm[key];
  }
  return manifestAnnotations({
    created: options.created,
    source: options.source,
    revision: options.revision,
    annotations: { ...fromHelm, ...options.annotations, ...immutable },
  });
}

export async function buildChart(options: BuildChartOptions): Promise<BuiltChart> {
  assertCreated(options.created);
  const input = options.input ?? 'path';
  const shown = displayPath(options.path, options.workspace);
  const place: Place = { show: (name) => (shown === '.' ? name : `${shown}/${name}`), input };

  const rules = await readHelmIgnore(options.path, place);
  const files = await walkChart({ root: options.path, workspace: options.workspace, rules, input });
  const chart = await assembleChart(files, place);
  checkDependenciesPresent(chart, place);
  const origin = { file: place.show('Chart.yaml'), input };
  chart.metadata = withVersions(chart.metadata, options.versions ?? {}, origin);
  const metadata = writtenMetadata(chart.metadata);
  const tag = chartTag(metadata.version, options.versions?.version?.input ?? input);
  checkChartSize(chart, shown, input);

  const directory = await mkdtemp(join(options.tmpDir ?? tmpdir(), 'helm-chart-'));
  const dispose = () => rm(directory, { recursive: true, force: true });
  const file = join(directory, `${metadata.name}-${metadata.version}.tgz`);
  try {
    const layer = await writeLayer(
      chartEntries(chart),
      file,
      options.workspace,
      chartTarFormat(options.created),
    );
    const provenance =
      options.provenance &&
      (await provenanceLayer(
        options.provenance.path,
        displayPath(options.provenance.path, options.workspace),
        layer.digest,
        options.provenance.input,
      ));

    const config = goJsonBytes(metadata, METADATA_SHAPE);
    const configDescriptor = {
      mediaType: HELM_CONFIG_MEDIA_TYPE,
      digest: digestOf(config),
      size: config.length,
    };
    const chartLayer = {
      mediaType: HELM_CHART_CONTENT_MEDIA_TYPE,
      digest: layer.digest,
      size: layer.size,
      open: () => readLayerFile(file),
    };
    // Helm sorts the layers by digest (client.go), so the provenance may come first.
    const layers = [chartLayer, ...(provenance ? [provenance] : [])].sort((a, b) =>
      a.digest < b.digest ? -1 : 1,
    );
    const manifest = manifestBytes(configDescriptor, layers, annotationsOf(metadata, options));
    return {
      metadata,
      tag,
      diffId: layer.diffId,
      fileCount: layer.fileCount,
      layer: chartLayer,
      ...(provenance && { otherLayers: [provenance] }),
      config: { ...configDescriptor, bytes: config, open: () => Readable.from([config]) },
      manifest: { mediaType: OCI_MANIFEST, bytes: manifest, digest: digestOf(manifest) },
      dispose,
    };
  } catch (error) {
    await dispose();
    throw error;
  }
}
