// The OCI shape `helm push` gives a chart (helm/helm `pkg/registry/constants.go`, `client.go` Push,
// `chart.go` generateOCIAnnotations, `reference.go`): the media types, the annotations taken from
// Chart.yaml, and the reference `<repository>/<chart name>:<version with + as _>`.
import { UserError, ErrorCode } from '../../errors.js';
import type { Location } from '../../oci/location.js';
import { isValidRepository, MAX_NAME_LENGTH } from '../../oci/reference.js';
import type { ChartMetadata } from './chart-metadata.js';

export const HELM_CONFIG_MEDIA_TYPE = 'application/vnd.cncf.helm.config.v1+json';
export const HELM_CHART_CONTENT_MEDIA_TYPE = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';
export const HELM_PROVENANCE_MEDIA_TYPE = 'application/vnd.cncf.helm.chart.provenance.v1.prov';

const TITLE = 'org.opencontainers.image.title';
const VERSION = 'org.opencontainers.image.version';
const DESCRIPTION = 'org.opencontainers.image.description';
const URL = 'org.opencontainers.image.url';
const SOURCE = 'org.opencontainers.image.source';
const AUTHORS = 'org.opencontainers.image.authors';

/** Helm keeps these from the chart and lets no Chart.yaml annotation replace them. */
export const IMMUTABLE_HELM_ANNOTATIONS = [VERSION, TITLE] as const;

/** Go's `strings.TrimSpace(value) != ""`: Helm only records values with something in them. */
function hasText(value: string | undefined): value is string {
  return value !== undefined && value.replace(/^[\s\u0085]+|[\s\u0085]+$/gu, '') !== '';
}

/** `Name (email), Name (email)`, as Helm joins the maintainers. */
function authors(metadata: ChartMetadata): string | undefined {
  const maintainers = metadata.maintainers ?? [];
  if (maintainers.length === 0) return undefined;
  return maintainers
    .map(({ name, email }) => `${name ?? ''}${email ? ` (${email})` : ''}`)
    .join(', ');
}

/**
 * The annotations `helm push` derives from the chart, then the chart's own annotations (which
 * may not replace the title or the version). `org.opencontainers.image.created` is not here:
 * Helm takes the archive file's time, we take the commit's (see the build).
 */
export function helmAnnotations(metadata: ChartMetadata): Record<string, string> {
  const annotations: Record<string, string> = {};
  const add = (key: string, value: string | undefined) => {
    if (hasText(value)) annotations[key] = value;
  };
  add(DESCRIPTION, metadata.description);
  add(TITLE, metadata.name);
  add(VERSION, metadata.version);
  add(URL, metadata.home);
  add(SOURCE, metadata.sources?.[0]);
  add(AUTHORS, authors(metadata));
  for (const [key, value] of Object.entries(metadata.annotations ?? {})) {
    if (!(IMMUTABLE_HELM_ANNOTATIONS as readonly string[]).includes(key)) annotations[key] = value;
  }
  return annotations;
}

/** OCI's tag grammar (distribution spec). */
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

/** The tag of a chart version: `+` is not allowed in a tag, so Helm writes `_` (reference.go). */
export function chartTag(version: string, input: string): string {
  const tag = version.replaceAll('+', '_');
  if (TAG.test(tag)) return tag;
  throw new UserError(
    ErrorCode.CHART_VERSION_NOT_A_TAG,
    `The chart version '${version}' cannot be an OCI tag (at most 128 characters of letters, ` +
      `digits, '_', '.' and '-' once '+' is written as '_'). Give the chart a shorter version.`,
    { input },
  );
}

/** Where `helm push <chart> <url>` puts a chart: the chart's name appended to the URL's path. */
export function chartRepository(url: string, chartName: string): string {
  return `${url.replace(/\/+$/, '')}/${chartName}`;
}

/**
 * `chartRepository` for a parsed location. An OCI layout holds one repository, so a chart goes
 * into the layout itself. A chart name that cannot be part of a repository (upper case, say) is
 * refused: `helm push` cannot push it either, and lower-casing it would publish the chart where
 * `helm pull` with its name does not look.
 */
export function chartLocation(parent: Location, chartName: string, input: string): Location {
  if (parent.kind === 'layout') return parent;
  const repository = chartRepository(parent.repository, chartName);
  if (!isValidRepository(repository)) {
    throw new UserError(
      ErrorCode.CHART_NAME_NOT_A_REPOSITORY,
      `The chart name '${chartName}' cannot be part of an OCI repository name (lower-case ` +
        `letters and digits, joined by '.', '_' or '-'), so the chart cannot be pushed to ` +
        `${parent.registry}/${repository}: rename the chart in its Chart.yaml.`,
      { input },
    );
  }
  if (parent.registry.length + 1 + repository.length > MAX_NAME_LENGTH) {
    throw new UserError(
      ErrorCode.CHART_NAME_NOT_A_REPOSITORY,
      `${parent.registry}/${repository} is longer than the ${MAX_NAME_LENGTH} characters ` +
        `registries accept: give the chart a shorter name or 'url' a shorter path.`,
      { input },
    );
  }
  return { kind: 'registry', registry: parent.registry, repository };
}
