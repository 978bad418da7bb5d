// A verification report for people (text) and scripts (JSON): the verdicts, every signature found
// with its format, signer and outcome, and the suggested `verify:` block.
import { CONSUMER_NAMES, type Consumer } from './decide.js';
import type { JudgedSignature, VerificationReport } from './index.js';
import type { SignerInfo } from './signer.js';

function signerText(signer: SignerInfo): string {
  switch (signer.kind) {
    case 'keyless':
      return `keyless, identity ${signer.subject ?? '(none)'}, issuer ${signer.issuer ?? '(none)'}`;
    case 'key':
      return signer.fingerprint
        ? `key ${signer.fingerprint}`
        : signer.hint
          ? `key (hint ${signer.hint})`
          : 'key (no transparency log entry says which)';
    case 'unknown':
      return 'signer unknown';
  }
}

function signatureLine({ found, signer, check }: JudgedSignature): string {
  const format = found.format === 'bundle' ? 'bundle' : 'legacy';
  const outcome = check.verified
    ? `verified${check.verifiedBy ? ` with ${check.verifiedBy}` : ''}`
    : `not verified: ${check.reason}`;
  return `  ${format.padEnd(6)} ${found.where}: ${signerText(signer)}: ${outcome}`;
}

/** The report as lines for stdout; `decidedBy` is the verdict the exit code follows. */
export function reportText(
  report: VerificationReport,
  artifact: string,
  decidedBy: Consumer,
): string {
  const decisive = report.verdicts[decidedBy];
  // A digest reference already names the digest: `host/repo@sha256:…` is not followed by it again.
  const subject = artifact.endsWith(`@${report.digest}`)
    ? artifact
    : `${artifact}@${report.digest}`;
  const lines = [`${decisive.verified ? 'Verified' : 'Not verified'}: ${subject}`];
  for (const consumer of ['flux', 'legacy'] as const) {
    const verdict = report.verdicts[consumer];
    const mark = consumer === decidedBy ? '*' : ' ';
    lines.push(
      `${mark} ${CONSUMER_NAMES[consumer]}: ${verdict.verified ? 'verified' : 'not verified'} (${verdict.summary})`,
    );
  }
  lines.push('', report.signatures.length ? 'Signatures found:' : 'No signatures found.');
  lines.push(...report.signatures.map(signatureLine));
  if (report.discovery.referrersError) {
    lines.push(`  (the referrers could not be listed: ${report.discovery.referrersError})`);
  }
  if (report.fluxAcceptsOtherDigest) {
    lines.push(
      '',
      'Warning: Flux itself would accept a legacy signature above that signs another manifest: ' +
        "source-controller does not compare the payload's digest with the artifact's (cosign " +
        'verify does, and so does this verdict). Re-sign the artifact.',
    );
  }
  if (report.suggestion?.yaml) {
    lines.push(
      '',
      'The verify: block (under the OCIRepository spec) that matches the signatures present:',
      report.suggestion.yaml,
    );
    for (const command of report.suggestion.secrets ?? []) {
      lines.push(`with the Secret it names: ${command}`);
    }
  } else if (report.suggestion?.none && !report.fluxAcceptsOtherDigest) {
    // Under the warning that Flux does accept it, "no block can make Flux accept it" would
    // contradict it: the warning's advice (re-sign) is the whole answer then.
    lines.push(
      '',
      `No verify: block can make Flux accept this artifact: ${report.suggestion.none}.`,
    );
  }
  return lines.join('\n');
}

export function reportJSON(
  report: VerificationReport,
  artifact: string,
  decidedBy: Consumer,
): Record<string, unknown> {
  return {
    artifact,
    digest: report.digest,
    verified: report.verdicts[decidedBy].verified,
    decidedBy,
    verdicts: report.verdicts,
    signatures: report.signatures.map(({ found, signer, check }) => ({
      format: found.format,
      where: found.where,
      signer,
      verified: check.verified,
      ...(check.reason ? { reason: check.reason } : {}),
    })),
    fluxAcceptsOtherDigest: report.fluxAcceptsOtherDigest,
    suggestion: report.suggestion?.yaml ?? null,
    ...(report.suggestion?.secrets ? { secrets: report.suggestion.secrets } : {}),
    ...(report.suggestion?.none ? { noSuggestion: report.suggestion.none } : {}),
  };
}
