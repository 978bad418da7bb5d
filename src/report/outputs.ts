// The action's outputs, declared once (action.yml and the README are generated from this list).
import { nameStatus } from '../artifact/content-diff.js';
import type { PublishResult } from './result.js';

export interface OutputDefinition {
  name: string;
  description: string;
  value(result: PublishResult): string;
  /** Kept for workflows written against the first release; the CLI prints only its successor. */
  deprecated?: true;
}

const at = (result: PublishResult, base: string) =>
  result.digest ? `${base}@${result.digest}` : '';

const CURRENT: readonly OutputDefinition[] = [
  {
    name: 'digest',
    description: 'The artifact manifest digest, `sha256:…` (empty on a dry run).',
    value: (r) => r.digest ?? '',
  },
  {
    name: 'url',
    description: 'The artifact by digest, `oci://<registry>/<repository>@sha256:…`.',
    value: (r) => at(r, r.target.url),
  },
  {
    name: 'ref',
    description:
      'The artifact by digest without scheme, `<registry>/<repository>@sha256:…`, as cosign and crane take it.',
    value: (r) => at(r, r.target.name),
  },
  {
    name: 'tags',
    description: 'The tags now pointing at the artifact, one a line.',
    value: (r) => r.tags.join('\n'),
  },
  {
    name: 'pushed',
    description:
      '`true` when a new artifact was pushed; `false` on a dry run, when `diff-tag` found no change, or when the chart version is already published with the same content.',
    value: (r) => String(r.pushed),
  },
  {
    name: 'chart-name',
    description:
      'With `artifact-type: helm-chart`: the chart name (the last part of the repository, as `helm pull` names it).',
    value: (r) => r.plan.chart?.name ?? '',
  },
  {
    name: 'chart-version',
    description:
      'With `artifact-type: helm-chart`: the chart version published, as `helm pull --version` takes it (`+` kept; the tag writes it `_`).',
    value: (r) => r.plan.chart?.version ?? '',
  },
  {
    name: 'signature-tag',
    description:
      'The legacy cosign signature tag (`sha256-<hex>.sig`), when signed in that format.',
    value: (r) => r.signature?.signatureTag ?? '',
  },
  {
    name: 'bundle-digest',
    description: 'The digest of the Sigstore bundle referrer, when signed in that format.',
    value: (r) => r.signature?.bundleDigest ?? '',
  },
  {
    name: 'rekor-log-index',
    description: 'The Rekor log index (or indexes, one a line) of the signature entries.',
    value: (r) => (r.signature?.rekorLogIndexes ?? []).join('\n'),
  },
  {
    name: 'changed',
    description:
      '`true` when the artifact holds other files than the one it was compared with, `false` when the same; empty when nothing was compared. A dry run compares with `diff-tag`, else the tag a push to the base branch would move (`latest` for a pull request into the default branch), or for a chart its version, else the highest version below it; a publish with `diff-tag`, or a chart with its version.',
    value: (r) => (r.review?.compared ? String(r.review.changes.length > 0) : ''),
  },
  {
    name: 'changed-files',
    description:
      'The files that would change, one a line as `git diff --name-status` prints them: `A`, `M`, `D` or `T`, a tab, the path inside the artifact (permission changes are `M`). Empty when nothing changed or nothing was compared.',
    value: (r) => (r.review?.compared ? nameStatus(r.review.changes) : ''),
  },
  {
    name: 'plan',
    description:
      'The plan as JSON: primary tag, promoted tags, each rule and why it applied or not.',
    value: (r) => JSON.stringify(r.plan),
  },
];

/** An output's first-release name, kept working for this release with the same value. */
function deprecatedName(name: string, current: string): OutputDefinition {
  const successor = CURRENT.find((o) => o.name === current)!;
  return {
    name,
    description: `Deprecated: use \`${current}\` (the same value). Removed in the next major.`,
    value: (result) => successor.value(result),
    deprecated: true,
  };
}

export const OUTPUTS: readonly OutputDefinition[] = [
  ...CURRENT,
  deprecatedName('signature', 'signature-tag'),
  deprecatedName('bundle', 'bundle-digest'),
];

/** Every output's value for this result. */
export function outputValues(result: PublishResult): Record<string, string> {
  return Object.fromEntries(OUTPUTS.map((o) => [o.name, o.value(result)]));
}
