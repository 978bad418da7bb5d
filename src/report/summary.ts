// The job summary's content: what was published where, why each tag was (not) promoted, and the
// Flux side. Kept apart from its rendering (github/summary.ts writes it with @actions/core's
// builder), so it reads as what it says.
import { formatBytes } from '../log.js';
import { reviewMarkdown } from '../review/summary-section.js';
import { cosignVerifyCommand, fluxYaml, trustedRootCommands } from './flux.js';
import type { PublishResult } from './result.js';
import { COSIGN_PUB_SECRET } from './verify-block.js';

/** Text, or a value shown as code. */
export type Inline = string | { code: string };

export interface SummarySection {
  heading?: string;
  /** What the code is, e.g. how to use it. */
  text?: string;
  code: string;
  language?: string;
}

export interface JobSummary {
  heading: Inline[];
  /** Label and value; a value of several parts shows them on separate lines. */
  table: [string, Inline[][]][];
  /** Each promotion rule, whether it applied, and why. */
  promotion: { applied: boolean; rule: string; reason: string }[];
  /** Flux YAML, the public key to give Flux, the cosign command: for registries only. */
  sections: SummarySection[];
  /** What would change in the published artifact, as Markdown (dry runs). */
  review: string | undefined;
}

const code = (value: string | undefined): Inline[] => [value ? { code: value } : '—'];

function signatureCell(result: PublishResult): Inline[][] {
  const s = result.signature;
  if (!s) return [['not signed']];
  const parts: Inline[][] = [[s.method === 'key' ? 'cosign key' : 'keyless (Sigstore)']];
  if (s.bundleDigest) parts.push(['bundle ', { code: s.bundleDigest }]);
  if (s.signatureTag) parts.push(['legacy ', { code: s.signatureTag }]);
  if (s.rekorLogIndexes.length > 0) parts.push([`Rekor index ${s.rekorLogIndexes.join(', ')}`]);
  parts.push([`signed in ${(s.durationMs / 1000).toFixed(1)} s`]);
  return parts;
}

function heading(result: PublishResult): Inline[] {
  const { plan } = result;
  if (plan.dryRun) return [`Dry run: nothing published (${plan.dryRunReason})`];
  const { chart } = plan;
  if (result.pushed) return [chart ? 'Published Helm chart' : 'Published Flux OCI artifact'];
  if (chart) {
    return [
      'Chart ',
      { code: `${chart.name} ${chart.version}` },
      ' is already published with the same content: nothing pushed',
    ];
  }
  return [
    'Content unchanged since ',
    { code: result.unchangedSince ?? '' },
    ': tags updated, nothing pushed',
  ];
}

function chartRow({ plan: { chart } }: PublishResult): JobSummary['table'] {
  return chart ? [['Chart', [[{ code: chart.name }, ' ', { code: chart.version }]]]] : [];
}

export function jobSummary(result: PublishResult): JobSummary {
  const { plan } = result;
  const tags = result.digest ? result.tags : [plan.primaryTag, ...plan.promotedTags];
  const sections: SummarySection[] = [];
  if (result.target.kind === 'registry') {
    sections.push({ heading: 'Flux', code: fluxYaml(result).trimEnd(), language: 'yaml' });
    const publicKey = result.signature?.publicKey;
    if (publicKey) {
      sections.push({
        text:
          `The public key for the ${COSIGN_PUB_SECRET} Secret ` +
          `(kubectl -n flux-system create secret generic ${COSIGN_PUB_SECRET} --from-file=cosign.pub):`,
        code: publicKey.trimEnd(),
      });
    }
    const trustedRoot = trustedRootCommands(result);
    if (trustedRoot) {
      sections.push({
        text:
          'Signed with a Sigstore other than public-good: Flux (source-controller ≥ 1.9) verifies ' +
          'through its trusted root, in the Secret trustedRootSecretRef names. Write trusted_root.json ' +
          "from the services' certificate chains and public keys, then the Secret:",
        code: trustedRoot,
        language: 'sh',
      });
    }
    const verify = cosignVerifyCommand(result);
    if (verify) sections.push({ text: 'Verify by hand:', code: verify, language: 'sh' });
  }
  return {
    heading: heading(result),
    table: [
      ...chartRow(result),
      ['Repository', [code(result.target.url)]],
      ['Digest', [code(result.digest)]],
      ['Tags', [tags.flatMap((t, i) => (i === 0 ? [{ code: t }] : [' ', { code: t }]))]],
      ['Size', [[result.size === undefined ? '—' : formatBytes(result.size)]]],
      ['Files', [[result.fileCount === undefined ? '—' : String(result.fileCount)]]],
      ['Source', [code(result.source)]],
      ['Revision', [code(result.revision)]],
      ['Signature', signatureCell(result)],
    ],
    promotion: plan.rules.map(({ applied, rule, reason }) => ({ applied, rule, reason })),
    sections,
    review: result.review && reviewMarkdown(result.review),
  };
}
