// Every input, declared once: the action (action.yml, checked by a test), the CLI (flags and --help)
// and the README tables all come from this list, and `parseInputs` turns raw strings into one typed,
// validated object that the rest of the code trusts.
import { inputError, UserError, ErrorCode } from './errors.js';
import type { Log } from './log.js';
import { parseLocation, type Location } from './oci/location.js';
import { isValidTag, type Reference } from './oci/reference.js';
import type { Target } from './report/result.js';
import type { DryRunMode } from './plan/dry-run.js';
import { parseChartVersionTemplate } from './plan/chart-versions.js';
import type { PlanInput } from './plan/plan.js';
import { parsePromoteRules } from './plan/promote-rules.js';
import { parseTagTemplate } from './plan/tag-template.js';
import type { Template } from './plan/template.js';
import { PUBLIC_FULCIO_URL, PUBLIC_REKOR_URL } from './sign/public-good.js';
import { usableServiceURL } from './sign/service-url.js';
import type { SignatureFormat } from './sign/types.js';

export interface InputDefinition {
  name: string;
  description: string;
  /** The default as action.yml writes it; `undefined` = none. */
  default?: string;
  /** The CLI's default where the action's comes from the workflow (e.g. `${{ github.token }}`). */
  cliDefault?: string;
  example: string;
  required?: boolean;
  /** Values are masked as soon as they are read. */
  secret?: boolean;
}

export const DEFAULT_PROMOTE =
  'latest: branch={{default_branch}}\nstable: semver=*, prerelease=false, highest=true';
/** What `path` holds, and so how it is packaged and where it goes. */
export const ARTIFACT_TYPES = ['flux', 'helm-chart'] as const;
export type ArtifactType = (typeof ARTIFACT_TYPES)[number];
export const DEFAULT_LAYOUT = 'oci-layout:oci-layout';

export const INPUTS: readonly InputDefinition[] = [
  {
    name: 'url',
    description:
      'Where to publish: `oci://<registry>/<repository>`, or `oci-layout:<dir>` for an OCI image layout on disk. No tag: tags come from `tag` and `promote`.',
    example: 'oci://ghcr.io/my-org/manifests/app',
    required: true,
    cliDefault: DEFAULT_LAYOUT,
  },
  {
    name: 'path',
    description:
      'The directory (or single file) to package, relative to the workspace; with `artifact-type: helm-chart`, the chart directory (the one holding `Chart.yaml`).',
    default: '.',
    example: './deploy/production',
  },
  {
    name: 'artifact-type',
    description:
      "What `path` holds: `flux` (any directory or file, published as a Flux OCI artifact at `url`) or `helm-chart` (a chart, packaged as `helm package` does and pushed as `helm push` does, to `<url>/<chart name>:<chart version>`; `tag`, `diff-tag`, `ignore-paths` and `resolve-symlinks` do not apply: Helm's `.helmignore` and the chart's version do).",
    default: 'flux',
    example: 'helm-chart',
  },
  {
    name: 'chart-version',
    description:
      "With `artifact-type: helm-chart`: the chart version to publish instead of `Chart.yaml`'s, written into `Chart.yaml` inside the archive only (as `helm package --version`). Placeholders as in `tag`: `{{version}}` is the semver Git tag's version (`v1.2.3` → `1.2.3`), and a run that is not for such a tag fails. Default: `Chart.yaml`'s `version`.",
    example: '{{version}}',
  },
  {
    name: 'chart-app-version',
    description:
      "With `artifact-type: helm-chart`: the chart's `appVersion` instead of `Chart.yaml`'s, written as `chart-version` is (`helm package --app-version`). Placeholders as in `tag`. Default: `Chart.yaml`'s `appVersion`.",
    example: '{{tag}}',
  },
  {
    name: 'tag',
    description:
      "The primary tag. Templates: `{{sha}}` (the full commit sha, as `github.sha`; docker/metadata-action's `{{sha}}` is the short one, which is `{{short_sha}}` here), `{{short_sha}}` (7 characters), `{{branch}}`, `{{tag}}`, `{{version}}`, `{{major}}`, `{{minor}}`, `{{patch}}`, `{{run_number}}`, `{{default_branch}}`. Default: the Git tag on tag refs and releases, otherwise the short commit sha.",
    example: '{{short_sha}}',
  },
  {
    name: 'promote',
    description:
      'Promotion rules, one a line: `<tag template>: <condition>, …` with conditions `branch=<glob>`, `tag=<glob>`, `event=<name>`, `semver=<range>`, `prerelease=true|false`, `highest=true`. Default (not given, or empty): `latest: branch={{default_branch}}` and `stable: semver=*, prerelease=false, highest=true` for Flux artifacts; none for Helm charts, which Helm and Flux resolve by version. `none`: promote nothing.',
    example: 'edge: branch=main',
  },
  {
    name: 'ignore-paths',
    description:
      'Gitignore patterns to leave out, one a line, added to Flux defaults (`.git/`, images, archives) and `.sourceignore` files.',
    default: '',
    example: '*.md',
  },
  {
    name: 'annotations',
    description: 'Extra manifest annotations, one `key=value` a line (values may contain `=`).',
    default: '',
    example: 'org.opencontainers.image.description=Production manifests',
  },
  {
    name: 'source',
    description:
      '`org.opencontainers.image.source`. Default: the repository URL (`$GITHUB_SERVER_URL/$GITHUB_REPOSITORY`).',
    example: 'https://github.com/my-org/app',
  },
  {
    name: 'revision',
    description: '`org.opencontainers.image.revision`. Default: `<ref name>@sha1:<commit sha>`.',
    example: 'main@sha1:6b86b273ff34fce19d6b804eff5a3f5747ada4ea',
  },
  {
    name: 'diff-tag',
    description:
      'Compare with the artifact at this tag: when the content is unchanged, push no new manifest and point the planned tags at the existing one. Default: no comparison.',
    example: 'latest',
  },
  {
    name: 'resolve-symlinks',
    description:
      'Package symlinks that resolve inside the workspace as the files they point to (`true`), or skip them with a warning (`false`).',
    default: 'false',
    example: 'true',
  },
  {
    name: 'dry-run',
    description:
      'Print the plan and publish nothing. `auto` is true for `pull_request`, `pull_request_target` and `merge_group` events.',
    default: 'auto',
    example: 'true',
  },
  {
    name: 'sign',
    description:
      'Sign the manifest digest with Sigstore: keyless (needs `permissions: id-token: write`), or with `cosign-key` when given.',
    default: 'false',
    example: 'true',
  },
  {
    name: 'signature-format',
    description:
      'Which forms to write, keyless or with `cosign-key` alike: `both` a Sigstore bundle referrer (Flux ≥ 2.8, cosign v3; with a key it names the key by its hint, as `cosign sign --key` v3 does) and the legacy `.sig` tag (older Flux, cosign v2); `bundle` the bundle only; `legacy` the `.sig` only.',
    default: 'both',
    example: 'legacy',
  },
  {
    name: 'fulcio-url',
    description: 'Fulcio for keyless certificates.',
    default: PUBLIC_FULCIO_URL,
    example: 'https://fulcio.example.com',
  },
  {
    name: 'rekor-url',
    description: 'Rekor (v1 API) transparency log.',
    default: PUBLIC_REKOR_URL,
    example: 'https://rekor.example.com',
  },
  {
    name: 'tsa-url',
    description: 'An RFC 3161 timestamp authority to add a signed timestamp. Default: none.',
    example: 'https://timestamp.example.com/api/v1/timestamp',
  },
  {
    name: 'signing-config',
    description:
      "A cosign signing config (`signing_config.v0.2.json`), by its path in the workspace: Fulcio, Rekor (API v1 or v2) and the TSA are taken from it as cosign v3's `--signing-config` takes them (valid now, highest API version, newest first; `ANY`, `ALL` or `EXACT`). Not with `fulcio-url`, `rekor-url` or `tsa-url`. With Rekor v2, keyless signing needs a TSA in it, and `signature-format: bundle`.",
    example: './sigstore/signing_config.v0.2.json',
  },
  {
    name: 'cosign-key',
    description:
      'A cosign private key (the contents of `cosign.key`, from a secret): sign with it instead of keyless.',
    example: 'the secret COSIGN_KEY',
    secret: true,
  },
  {
    name: 'cosign-password',
    description: "The password of `cosign-key` (cosign's `COSIGN_PASSWORD`).",
    example: 'the secret COSIGN_PASSWORD',
    secret: true,
  },
  {
    name: 'key-tlog-upload',
    description:
      'With `cosign-key`: also record the signature in `rekor-url` (public by default, which reveals the repository).',
    default: 'false',
    example: 'true',
  },
  {
    name: 'username',
    description:
      'Registry user name. Default: from the Docker config (`~/.docker/config.json`, credential helpers), or the workflow actor for ghcr.io.',
    example: 'the workflow actor (github.actor)',
  },
  {
    name: 'password',
    description: 'Registry password or token, with `username`.',
    example: 'the secret REGISTRY_TOKEN',
    secret: true,
  },
  {
    name: 'github-token',
    description: 'Used for ghcr.io when no other credentials are found.',
    default: '${{ github.token }}',
    example: 'the secret GITHUB_TOKEN',
    secret: true,
  },
  {
    name: 'insecure-registry',
    description:
      'Allow plain HTTP to a registry that is not on loopback (loopback always may use HTTP).',
    default: 'false',
    example: 'true',
  },
];

/** Every input, parsed and checked: nothing downstream parses or checks one again. */
export interface Inputs extends PlanInput {
  /** The `url` input as given. */
  url: string;
  /** Where `url` points, a relative layout directory resolved against the workspace. */
  location: Location;
  /** How the target is named in outputs and the summary. */
  target: Target;
  path: string;
  artifactType: ArtifactType;
  /** `chart-version` and `chart-app-version` (helm-chart only); undefined: Chart.yaml's. */
  chartVersion: Template | undefined;
  chartAppVersion: Template | undefined;
  ignorePaths: string[];
  annotations: Record<string, string>;
  source: string | undefined;
  revision: string | undefined;
  diffTag: string | undefined;
  resolveSymlinks: boolean;
  sign: boolean;
  signatureFormat: SignatureFormat;
  fulcioUrl: string;
  rekorUrl: string;
  tsaUrl: string | undefined;
  /** `signing-config`: the file's path as given (read when signing is prepared, sign/services.ts). */
  signingConfig: string | undefined;
  cosignKey: string | undefined;
  cosignPassword: string | undefined;
  keyTlogUpload: boolean;
  /** Both or neither: `parseInputs` refuses one without the other. */
  username: string | undefined;
  password: string | undefined;
  githubToken: string | undefined;
  insecureRegistry: boolean;
}

/** Reads one input's raw value; '' means not given. */
export type InputReader = (name: string) => string;

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

function boolean(name: string, value: string): boolean {
  const v = value.trim().toLowerCase();
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw inputError(name, `'${value}' is not a boolean: use true or false.`);
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const v = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw inputError(name, `'${value}' is not one of ${allowed.join(', ')}.`);
}

/** A Sigstore service URL (sign/service-url.ts says which may be used), without trailing slashes. */
function serviceUrl(name: string, value: string): string {
  return usableServiceURL(value, (problem) => inputError(name, `${problem}.`));
}

/**
 * A signing config names every service, as cosign's `--signing-config` does: beside it, a service URL
 * input (other than its default, which the runner passes when it is not given) is refused.
 */
function refuseServiceUrls(raw: (name: string) => string): void {
  for (const name of ['fulcio-url', 'rekor-url', 'tsa-url']) {
    const value = raw(name);
    if (value !== '' && value !== INPUTS.find((d) => d.name === name)?.default) {
      throw inputError(
        'signing-config',
        `given with '${name}': the signing config names Fulcio, Rekor and the TSA, so give one or the other.`,
      );
    }
  }
}

function tagName(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && !isValidTag(value)) {
    throw inputError(
      name,
      `'${value}' is not an OCI tag: 1 to 128 letters, digits, '_', '.' or '-', not starting with '.' or '-'.`,
    );
  }
  return value;
}

/** How the report names the target; a tag or digest in `url` is refused (tags come from inputs). */
function describeTarget(url: string, location: Location): Target {
  if (location.kind === 'layout') return { kind: 'layout', url, name: location.directory };
  if (location.tag || location.digest) {
    throw inputError(
      'url',
      `'${url}' names a ${location.tag ? 'tag' : 'digest'}: give only oci://<registry>/<repository>; tags come from the 'tag' and 'promote' inputs.`,
    );
  }
  return registryTarget(location);
}

/** How the report names a registry repository. */
export function registryTarget({ registry, repository }: Reference): Target {
  return {
    kind: 'registry',
    url: `oci://${registry}/${repository}`,
    name: `${registry}/${repository}`,
  };
}

function annotations(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const line of lines(text)) {
    const eq = line.indexOf('=');
    if (eq <= 0) {
      throw inputError(
        'annotations',
        `'${line}' is not key=value: write one annotation a line, e.g. org.opencontainers.image.description=Manifests.`,
      );
    }
    result[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return result;
}

/** Inputs that mean nothing for a Helm chart, refused when given rather than silently ignored. */
const NOT_FOR_CHARTS: Record<string, string> = {
  tag: "a chart is published under its version (Chart.yaml's, or 'chart-version'); remove 'tag'",
  'diff-tag':
    "a chart version is always compared with the one already at its own tag; remove 'diff-tag'",
  'ignore-paths':
    "a chart leaves files out with its own .helmignore, as Helm does; remove 'ignore-paths' and write the patterns there",
  'resolve-symlinks':
    "a chart's symbolic links are always followed inside the workspace, as helm package follows them; remove 'resolve-symlinks'",
};

/** Inputs that only mean something for a Helm chart. */
const ONLY_FOR_CHARTS = ['chart-version', 'chart-app-version'];

/**
 * Refuses an input the artifact type ignores: a user who sets one expects it to act. `given` says
 * whether an input was set to something other than its default.
 */
function checkApplies(type: ArtifactType, given: (name: string) => boolean): void {
  if (type === 'helm-chart') {
    for (const [name, why] of Object.entries(NOT_FOR_CHARTS)) {
      if (given(name))
        throw inputError(name, `does not apply to 'artifact-type: helm-chart': ${why}.`);
    }
    return;
  }
  for (const name of ONLY_FOR_CHARTS) {
    if (given(name)) {
      throw inputError(
        name,
        `applies only to Helm charts: set 'artifact-type: helm-chart' (with 'path' naming the chart directory), or remove '${name}'.`,
      );
    }
  }
}

/** `url` as a location; the registry client's own words, as an error about the input. */
function location(url: string, workspace: string | undefined): Location {
  try {
    return parseLocation(url, workspace);
  } catch (error) {
    if (error instanceof UserError && error.code === ErrorCode.REFERENCE_INVALID) {
      throw inputError('url', error.message, error);
    }
    throw error;
  }
}

/**
 * Parses every input. `read` returns '' for an input not given; the definitions' defaults then
 * apply (`cliDefault` first when `forCli`). Secret values are masked through `log` before anything
 * else can print them. A relative `oci-layout:<dir>` is resolved against `workspace` (default: the
 * working directory).
 */
export function parseInputs(
  read: InputReader,
  options: { forCli?: boolean; log?: Log; workspace?: string } = {},
): Inputs {
  const raw = (name: string): string => {
    const definition = INPUTS.find((d) => d.name === name);
    if (!definition) throw new Error(`unknown input ${name}`);
    const given = read(name).trim();
    if (given !== '') {
      if (definition.secret) options.log?.setSecret(given);
      return given;
    }
    const fallback = (options.forCli ? definition.cliDefault : undefined) ?? definition.default;
    // A workflow expression default only means something inside a workflow.
    return fallback === undefined || fallback.startsWith('${{') ? '' : fallback;
  };
  const optional = (name: string): string | undefined => raw(name) || undefined;

  const url = raw('url');
  if (url === '') {
    throw inputError(
      'url',
      'required, and not given: set it to oci://<registry>/<repository> or oci-layout:<dir>.',
    );
  }
  if (!url.startsWith('oci://') && !url.startsWith('oci-layout:')) {
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1];
    throw inputError(
      'url',
      `'${url}' ${scheme ? `uses ${scheme}://` : 'has no scheme'}: write oci://<registry>/<repository> (e.g. oci://ghcr.io/my-org/manifests/app), or oci-layout:<dir>.`,
    );
  }
  const parsed = location(url, options.workspace);
  const target = describeTarget(url, parsed);
  const username = optional('username');
  const password = optional('password');
  if (username && !password) {
    throw inputError(
      'password',
      'not given, but username is: give both, or neither to use the Docker config.',
    );
  }
  if (password && !username) {
    throw inputError(
      'username',
      'not given, but password is: give both, or neither to use the Docker config.',
    );
  }
  const cosignKey = optional('cosign-key');
  const signatureFormat = oneOf<SignatureFormat>('signature-format', raw('signature-format'), [
    'both',
    'legacy',
    'bundle',
  ]);
  const tsaUrl = optional('tsa-url');
  const signingConfig = optional('signing-config');
  if (signingConfig !== undefined) refuseServiceUrls(raw);
  const artifactType = oneOf<ArtifactType>('artifact-type', raw('artifact-type'), ARTIFACT_TYPES);
  const resolveSymlinks = boolean('resolve-symlinks', raw('resolve-symlinks'));
  checkApplies(artifactType, (name) =>
    name === 'resolve-symlinks' ? resolveSymlinks : optional(name) !== undefined,
  );
  // Not given (or empty): the type's default rules; the action cannot tell empty from not given.
  // An empty input cannot be told from one not given (the runner passes '' for both): `none` says
  // "no promotion" where the default would promote.
  const given = optional('promote');
  const promote =
    given?.toLowerCase() === 'none'
      ? ''
      : (given ?? (artifactType === 'flux' ? DEFAULT_PROMOTE : ''));
  return {
    url,
    location: parsed,
    target,
    path: raw('path'),
    artifactType,
    chartVersion: parseChartVersionTemplate('chart-version', raw('chart-version')),
    chartAppVersion: parseChartVersionTemplate('chart-app-version', raw('chart-app-version')),
    tagTemplate: parseTagTemplate(raw('tag')),
    promoteRules: parsePromoteRules(promote),
    ignorePaths: lines(raw('ignore-paths')),
    annotations: annotations(raw('annotations')),
    source: optional('source'),
    revision: optional('revision'),
    diffTag: tagName('diff-tag', optional('diff-tag')),
    resolveSymlinks,
    dryRun: oneOf<DryRunMode>('dry-run', raw('dry-run'), ['auto', 'true', 'false']),
    sign: boolean('sign', raw('sign')),
    signatureFormat,
    fulcioUrl: serviceUrl('fulcio-url', raw('fulcio-url')),
    rekorUrl: serviceUrl('rekor-url', raw('rekor-url')),
    tsaUrl: tsaUrl && serviceUrl('tsa-url', tsaUrl),
    signingConfig,
    cosignKey,
    cosignPassword: optional('cosign-password'),
    keyTlogUpload: boolean('key-tlog-upload', raw('key-tlog-upload')),
    username,
    password,
    githubToken: optional('github-token'),
    insecureRegistry: boolean('insecure-registry', raw('insecure-registry')),
  };
}

/** Whether signing records the run in a transparency log (public-good Rekor is public). */
export function signsInPublicLog(inputs: Inputs): boolean {
  return inputs.sign && (inputs.cosignKey === undefined || inputs.keyTlogUpload);
}
