// The job summary: what was published where, why each tag was (not) promoted, and the Flux side.
import { formatBytes } from '../log.js';
import { cosignVerifyCommand, fluxYaml } from './flux.js';
import type { PublishResult } from './result.js';

function code(value: string | undefined): string {
  return value ? `\`${value}\`` : '—';
}

function signatureCell(result: PublishResult): string {
  const s = result.signature;
  if (!s) return 'not signed';
  const parts = [s.method === 'key' ? 'cosign key' : 'keyless (Sigstore)'];
  if (s.bundleDigest) parts.push(`bundle ${code(s.bundleDigest)}`);
  if (s.signatureTag) parts.push(`legacy ${code(s.signatureTag)}`);
  if (s.rekorLogIndexes.length > 0) parts.push(`Rekor index ${s.rekorLogIndexes.join(', ')}`);
  return parts.join('<br>');
}

/** The summary as Markdown. */
export function summaryMarkdown(result: PublishResult): string {
  const { plan } = result;
  const heading = plan.dryRun
    ? `### Dry run: nothing published (${plan.dryRunReason})`
    : result.pushed
      ? '### Published Flux OCI artifact'
      : `### Content unchanged since \`${result.unchangedSince ?? ''}\`: tags updated, nothing pushed`;
  const rows: [string, string][] = [
    ['Repository', code(result.target.url)],
    ['Digest', code(result.digest)],
    [
      'Tags',
      (result.digest ? result.tags : [plan.primaryTag, ...plan.promotedTags])
        .map((t) => code(t))
        .join(' '),
    ],
    ['Size', result.size === undefined ? '—' : formatBytes(result.size)],
    ['Files', result.fileCount === undefined ? '—' : String(result.fileCount)],
    ['Source', code(result.source)],
    ['Revision', code(result.revision)],
    ['Signature', signatureCell(result)],
  ];
  const lines = [heading, '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), ''];
  if (plan.rules.length > 0) {
    lines.push('#### Promotion', '');
    for (const rule of plan.rules) {
      lines.push(`- ${rule.applied ? '✅' : '⏭️'} \`${rule.rule}\`: ${rule.reason}`);
    }
    lines.push('');
  }
  if (result.target.kind === 'registry') {
    lines.push('#### Flux', '', '```yaml', fluxYaml(result).trimEnd(), '```', '');
    const publicKey = result.signature?.publicKey;
    if (publicKey) {
      lines.push(
        'The public key for the `cosign-pub` Secret (`kubectl -n flux-system create secret generic cosign-pub --from-file=cosign.pub`):',
        '',
        '```',
        publicKey.trimEnd(),
        '```',
        '',
      );
    }
    const verify = cosignVerifyCommand(result);
    if (verify) lines.push('Verify by hand:', '', '```sh', verify, '```', '');
  }
  return lines.join('\n');
}
