// Chart.yaml as Helm reads and checks it (helm/helm `pkg/chart/v2/metadata.go`, `dependency.go`,
// and `pkg/chart/loader/load.go` for the apiVersion): the fields Helm knows, read the way Helm
// reads YAML (go-yaml.ts), cleaned and checked as `Metadata.Validate` does. What is written back
// into the archive and into the OCI config is this metadata, not the original text (helm-yaml.ts).
import { UserError, ErrorCode } from '../../errors.js';
import { isHelmChartVersion } from './chart-version.js';
import { decodeShape, parseYaml, ShapeError, YamlSyntaxError, type Shape } from './go-yaml.js';

export interface Maintainer {
  name?: string;
  email?: string;
  url?: string;
}

export interface ChartDependency {
  name?: string;
  version?: string;
  repository?: string;
  condition?: string;
  tags?: string[];
  enabled?: boolean;
  'import-values'?: unknown[];
  alias?: string;
}

/** Chart.yaml's fields, named as in Helm's JSON tags. Only the ones set are present. */
export interface ChartMetadata {
  name: string;
  home?: string;
  sources?: string[];
  version: string;
  description?: string;
  keywords?: string[];
  maintainers?: Maintainer[];
  icon?: string;
  apiVersion: 'v1' | 'v2';
  condition?: string;
  tags?: string;
  appVersion?: string;
  deprecated?: boolean;
  annotations?: Record<string, string>;
  kubeVersion?: string;
  dependencies?: ChartDependency[];
  type?: string;
}

export const DEPENDENCY_SHAPE: Shape = {
  struct: {
    name: 'string',
    version: 'string',
    repository: 'string',
    condition: 'string',
    tags: { list: 'string' },
    enabled: 'bool',
    'import-values': { list: 'any' },
    alias: 'string',
  },
  always: ['name', 'repository'],
};

/** In the order of Helm's `Metadata` struct, which its JSON (the OCI config) follows. */
export const METADATA_SHAPE: Shape = {
  struct: {
    name: 'string',
    home: 'string',
    sources: { list: 'string' },
    version: 'string',
    description: 'string',
    keywords: { list: 'string' },
    maintainers: { list: { struct: { name: 'string', email: 'string', url: 'string' } } },
    icon: 'string',
    apiVersion: 'string',
    condition: 'string',
    tags: 'string',
    appVersion: 'string',
    deprecated: 'bool',
    annotations: { map: 'string' },
    kubeVersion: 'string',
    dependencies: { list: DEPENDENCY_SHAPE },
    type: 'string',
  },
};

export const CHART_FILE = 'Chart.yaml';

/** Where an error comes from: the file as the user knows it, and the input that names the chart. */
export interface Origin {
  /** e.g. `charts/app/Chart.yaml`, relative to the workspace. */
  file: string;
  input: string;
}

export function chartYamlError(origin: Origin, problem: string): UserError {
  return new UserError(
    ErrorCode.CHART_YAML_INVALID,
    `${origin.file} ${problem}. Fix it so that 'helm lint' accepts the chart.`,
    { input: origin.input },
  );
}

function invalidMetadata(origin: Origin, problem: string): UserError {
  return new UserError(ErrorCode.CHART_METADATA_INVALID, `${origin.file}: ${problem}.`, {
    input: origin.input,
  });
}

const WHITE_SPACE = /\p{White_Space}/gu;
const NOT_PRINTABLE = /[^\p{L}\p{M}\p{N}\p{P}\p{S} ]/gu;

/** Helm's `sanitizeString`: white space becomes a space, what does not print is removed. */
export function sanitize(text: string): string {
  return text.replace(WHITE_SPACE, ' ').replace(NOT_PRINTABLE, '');
}

function sanitizeFields<T extends object>(record: T, fields: readonly (keyof T)[]): T {
  const clean = { ...record };
  for (const field of fields) {
    const value = clean[field];
    if (typeof value === 'string') clean[field] = sanitize(value) as T[keyof T];
    else if (Array.isArray(value)) {
      clean[field] = value.map((item: unknown) =>
        typeof item === 'string' ? sanitize(item) : item,
      ) as T[keyof T];
    }
  }
  return clean;
}

const ALIAS = /^[a-zA-Z0-9_-]+$/;

function checkDependencies(
  dependencies: readonly (ChartDependency | null)[],
  origin: Origin,
): ChartDependency[] {
  const seen = new Set<string>();
  return dependencies.map((dependency, index) => {
    if (dependency === null) {
      throw invalidMetadata(origin, `dependencies[${index}] is empty; remove the empty entry`);
    }
    const clean = sanitizeFields(dependency, [
      'name',
      'version',
      'repository',
      'condition',
      'tags',
    ]);
    if (clean.alias !== undefined && !ALIAS.test(clean.alias)) {
      throw invalidMetadata(
        origin,
        `the alias '${clean.alias}' of dependency '${clean.name ?? ''}' may only hold letters, ` +
          `digits, '_' and '-'`,
      );
    }
    const key = clean.alias ?? clean.name ?? '';
    if (seen.has(key)) {
      throw invalidMetadata(origin, `more than one dependency is named or aliased '${key}'`);
    }
    seen.add(key);
    return clean;
  });
}

/**
 * Helm's checks on a chart's metadata, and its clean-up of the text fields. `versionInput` is the
 * input to blame when the version came from it rather than from the file.
 */
export function validateMetadata(
  metadata: Record<string, unknown>,
  origin: Origin,
  versionInput?: string,
): ChartMetadata {
  const clean = sanitizeFields(metadata, [
    'name',
    'description',
    'home',
    'icon',
    'condition',
    'tags',
    'appVersion',
    'kubeVersion',
    'sources',
    'keywords',
  ]) as Partial<Omit<ChartMetadata, 'maintainers' | 'dependencies' | 'apiVersion'>> & {
    apiVersion?: string;
    maintainers?: (Maintainer | null)[];
    dependencies?: (ChartDependency | null)[];
  };
  const { name, version, apiVersion } = clean;
  if (apiVersion !== 'v1' && apiVersion !== 'v2') {
    throw invalidMetadata(
      origin,
      `apiVersion '${apiVersion}' is not one this action packages: use v2 (Helm 3 and 4 ` +
        `charts) or v1 (Helm 2 charts)`,
    );
  }
  if (!name) throw invalidMetadata(origin, "'name' is missing: give the chart a name");
  if (name === '.' || name === '..' || name.includes('/') || name.includes('\\')) {
    throw invalidMetadata(origin, `the name '${name}' cannot be a chart name (nor a directory)`);
  }
  if (!version) throw invalidMetadata(origin, "'version' is missing: give the chart a version");
  if (!isHelmChartVersion(version)) {
    const where = versionInput ? `the version given by '${versionInput}'` : "'version'";
    throw new UserError(
      ErrorCode.CHART_VERSION_INVALID,
      `${origin.file}: ${where}, '${version}', is not a semantic version as Helm reads them ` +
        `(e.g. 1.2.3, v1.2.3, 1.2.3-rc.1+build.5). Set a valid version.`,
      { input: versionInput ?? origin.input },
    );
  }
  if (clean.type !== undefined && clean.type !== 'application' && clean.type !== 'library') {
    throw invalidMetadata(origin, `'type' is '${clean.type}': use 'application' or 'library'`);
  }
  const maintainers = clean.maintainers?.map((maintainer, index) => {
    if (maintainer === null) {
      throw invalidMetadata(origin, `maintainers[${index}] is empty; remove the empty entry`);
    }
    return sanitizeFields(maintainer, ['name', 'email', 'url']);
  });
  const dependencies = clean.dependencies && checkDependencies(clean.dependencies, origin);
  const checked: Record<string, unknown> = { ...clean };
  delete checked.maintainers;
  delete checked.dependencies;
  return {
    ...(checked as Omit<ChartMetadata, 'maintainers' | 'dependencies'>),
    name,
    version,
    apiVersion,
    ...(maintainers && { maintainers }),
    ...(dependencies && { dependencies }),
  };
}

/** Parses Chart.yaml's text as Helm does and checks it; every problem is a UserError. */
export function readChartMetadata(text: string, origin: Origin): ChartMetadata {
  let fields: Record<string, unknown>;
  try {
    const decoded = decodeShape(parseYaml(text), METADATA_SHAPE, '') ?? {};
    fields = decoded as Record<string, unknown>;
  } catch (error) {
    if (error instanceof YamlSyntaxError) {
      throw chartYamlError(origin, `is not valid YAML: ${error.message}`);
    }
    if (error instanceof ShapeError) {
      const field = error.at === '' ? 'the document' : `'${error.at}'`;
      throw chartYamlError(
        origin,
        `does not fit Helm's Chart.yaml: ${field} must be ` + `${error.expected}, not ${error.got}`,
      );
    }
    throw error;
  }
  // Helm 2 charts had no apiVersion; Helm reads one without it as v1 (pkg/chart/v2/loader/load.go).
  if (fields.apiVersion === undefined || fields.apiVersion === '') fields.apiVersion = 'v1';
  return validateMetadata(fields, origin);
}

/** The versions to write instead of Chart.yaml's, as `helm package --version --app-version` do. */
export interface VersionOverrides {
  version?: { value: string; input: string };
  appVersion?: { value: string; input: string };
}

/** `metadata` with the overrides applied, then checked again as `helm package` does. */
export function withVersions(
  metadata: ChartMetadata,
  overrides: VersionOverrides,
  origin: Origin,
): ChartMetadata {
  const changed: Record<string, unknown> = { ...metadata };
  if (overrides.version?.value) changed.version = overrides.version.value;
  if (overrides.appVersion?.value) changed.appVersion = overrides.appVersion.value;
  return validateMetadata(changed, origin, overrides.version?.value && overrides.version.input);
}
