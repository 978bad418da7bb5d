// Ready-to-paste Flux configuration for what was just published, and the cosign command that checks
// the same signature by hand.
import type { PublishResult } from './result.js';
import { verifyBlockLines } from './verify-block.js';

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

/** An OCIRepository (with `verify` when signed) and a Kustomization that applies it. */
export function fluxYaml(result: PublishResult): string {
  const { target, signature, plan } = result;
  const name = target.name.split('/').pop() ?? 'app';
  const release = result.tags.includes('stable') || /^v?\d+\.\d+\.\d+$/.test(plan.primaryTag);
  const tag = plan.promotedTags[0] ?? plan.primaryTag;
  const ref = release ? ['    semver: "*"'] : [`    tag: ${tag}`];
  const verify =
    signature?.method === 'key'
      ? verifyBlockLines({ secretName: 'cosign-pub' })
      : signature?.identity
        ? verifyBlockLines({
            identities: [
              {
                issuer: `^${escapeRegex(signature.identity.issuer)}$`,
                subject: signature.identity.subjectRegex,
              },
            ],
          })
        : [];
  return [
    'apiVersion: source.toolkit.fluxcd.io/v1',
    'kind: OCIRepository',
    'metadata:',
    `  name: ${name}`,
    '  namespace: flux-system',
    'spec:',
    '  interval: 5m',
    `  url: oci://${target.name}`,
    '  ref:',
    ...ref,
    ...verify,
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
    '',
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
    `  --certificate-oidc-issuer '${signature.identity.issuer}'`,
    `  --certificate-identity-regexp '${signature.identity.subjectRegex}'`,
  ].join(' \\\n');
}
