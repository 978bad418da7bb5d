// Ready-to-paste Flux configuration for what was just published, and the cosign command that checks
// the same signature by hand.
import { HELM_CHART_CONTENT_MEDIA_TYPE } from '../artifact/helm/helm-format.js';
import type { PublishResult } from './result.js';
import {
  COSIGN_PUB_SECRET,
  TRUSTED_ROOT_SECRET,
  trustedRootSecretCommand,
  verifyBlockLines,
} from './verify-block.js';

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The certificate subjects Flux should accept, from the one Fulcio certified for this run
 * (`https://github.com/<owner>/<repo>/.github/workflows/<file>@<ref>`): this workflow file on this
 * branch, or on any tag when the run was for a tag (each release has its own ref).
 */
export function keylessSubjectRegex(subject: string): string {
  const at = subject.lastIndexOf('@');
  const ref = subject.slice(at + 1);
  const refPattern = ref.startsWith('refs/tags/') ? 'refs/tags/.+' : escapeRegex(ref);
  return `^${escapeRegex(subject.slice(0, at))}@${refPattern}$`;
}

/** `spec.ref`: the highest release once a release was published, else the tag just published. */
function refLines({ tags, plan }: PublishResult): string[] {
  const release = tags.includes('stable') || /^v?\d+\.\d+\.\d+$/.test(plan.primaryTag);
  return release ? ['    semver: "*"'] : [`    tag: ${plan.promotedTags[0] ?? plan.primaryTag}`];
}

/** `spec.verify` for this run's signature: its key's Secret, or its workflow identity. */
function verifyLines({ signature }: PublishResult): string[] {
  if (signature?.method === 'key') return verifyBlockLines({ secretName: COSIGN_PUB_SECRET });
  if (!signature?.identity) return [];
  return verifyBlockLines({
    identities: [
      {
        issuer: `^${escapeRegex(signature.identity.issuer)}$`,
        subject: signature.identity.subjectRegex,
      },
    ],
    trustedRootSecret: signature.privateSigstore ? TRUSTED_ROOT_SECRET : undefined,
  });
}

function ociRepository(result: PublishResult, name: string, layerSelector: string[]): string[] {
  return [
    'apiVersion: source.toolkit.fluxcd.io/v1',
    'kind: OCIRepository',
    'metadata:',
    `  name: ${name}`,
    '  namespace: flux-system',
    'spec:',
    '  interval: 5m',
    `  url: oci://${result.target.name}`,
    '  ref:',
    ...refLines(result),
    ...layerSelector,
    ...verifyLines(result),
  ];
}

/**
 * What consumes a Helm chart: an OCIRepository that copies the chart archive out as it is (the
 * `layerSelector` of Flux's Helm guide) and a HelmRelease whose `chartRef` is that repository.
 */
function helmChartYaml(result: PublishResult, name: string): string[] {
  return [
    ...ociRepository(result, name, [
      '  layerSelector:',
      `    mediaType: "${HELM_CHART_CONTENT_MEDIA_TYPE}"`,
      '    operation: copy',
    ]),
    '---',
    'apiVersion: helm.toolkit.fluxcd.io/v2',
    'kind: HelmRelease',
    'metadata:',
    `  name: ${name}`,
    '  namespace: flux-system',
    'spec:',
    '  interval: 10m',
    '  chartRef:',
    '    kind: OCIRepository',
    `    name: ${name}`,
  ];
}

/** A Flux artifact's OCIRepository and a Kustomization that applies it. */
function kustomizationYaml(result: PublishResult, name: string): string[] {
  return [
    ...ociRepository(result, name, []),
    '---',
    'apiVersion: kustomize.toolkit.fluxcd.io/v1',
    'kind: Kustomization',
    'metadata:',
    `  name: ${name}`,
    '  namespace: flux-system',
    'spec:',
    '  interval: 10m',
    '  prune: true',
    '  sourceRef:',
    '    kind: OCIRepository',
    `    name: ${name}`,
    '  path: ./',
  ];
}

/** The Flux objects that consume what was published, with `verify` when it was signed. */
export function fluxYaml(result: PublishResult): string {
  const { chart } = result.plan;
  const name = chart?.name ?? result.target.name.split('/').pop() ?? 'app';
  const lines = chart ? helmChartYaml(result, name) : kustomizationYaml(result, name);
  return [...lines, ''].join('\n');
}

/**
 * How to give Flux a private Sigstore's trusted root: write `trusted_root.json` with `cosign
 * trusted-root create` from the services' keys and certificates (their operator publishes them;
 * the CT log is Fulcio's), then the Secret `trustedRootSecretRef` names. Undefined for public-good
 * Sigstore, whose trusted root Flux has.
 */
export function trustedRootCommands({ signature }: PublishResult): string | undefined {
  const sigstore = signature?.privateSigstore;
  if (!sigstore) return undefined;
  const start = 'start-time=<RFC 3339 time>';
  // One file a service, numbered when there are several.
  const file = (name: string, i: number, count: number, ext: string) =>
    `${name}${count > 1 ? `-${i}` : ''}${ext}`;
  const { tlogs, tsaURLs } = sigstore;
  return [
    'cosign trusted-root create \\',
    `  --fulcio="url=${sigstore.fulcioURL},certificate-chain=fulcio-chain.pem" \\`,
    `  --ctfe="url=<CT log URL>,public-key=ctfe.pub,${start}" \\`,
    ...tlogs.map(
      ({ url, apiVersion }, i) =>
        // A Rekor v2 log is known by its checkpoints' origin, its host name.
        `  --rekor="url=${url},public-key=${file('rekor', i, tlogs.length, '.pub')},${start}` +
        `${apiVersion === 2 ? `,origin=${new URL(url).hostname}` : ''}" \\`,
    ),
    ...tsaURLs.map(
      (url, i) =>
        `  --tsa="url=${url},certificate-chain=${file('tsa', i, tsaURLs.length, '-chain.pem')}" \\`,
    ),
    '  --out trusted_root.json',
    trustedRootSecretCommand('./trusted_root.json'),
  ].join('\n');
}

/** The `cosign verify` command that checks this artifact's signature by hand. */
export function cosignVerifyCommand(result: PublishResult): string | undefined {
  const { signature, digest, target } = result;
  if (!signature || !digest) return undefined;
  const ref = `${target.name}@${digest}`;
  if (signature.method === 'key') return `cosign verify --key cosign.pub ${ref}`;
  if (!signature.identity) return undefined;
  return [
    `cosign verify ${ref}`,
    ...(signature.privateSigstore ? ['  --trusted-root trusted_root.json'] : []),
    `  --certificate-oidc-issuer '${signature.identity.issuer}'`,
    `  --certificate-identity-regexp '${signature.identity.subjectRegex}'`,
  ].join(' \\\n');
}
