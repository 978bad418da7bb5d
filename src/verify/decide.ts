// The two verdicts a consumer can reach on the same signatures:
// - Flux ≥ 2.8 and cosign v3: the Sigstore bundles among the referrers when there is at least one
//   readable bundle, and then only those; the legacy `.sig` tag only when there is none (or when
//   the referrers cannot be listed);
// - Flux < 2.8 and cosign v2: the legacy `.sig` tag only.
// Either way one verified signature among those read is enough.
import type { SignatureCheck } from './check.js';
import type { Discovery, FoundSignature } from './discover.js';

export type Consumer = 'flux' | 'legacy';

export const CONSUMER_NAMES: Record<Consumer, string> = {
  flux: 'Flux ≥ 2.8 and cosign v3',
  legacy: 'Flux < 2.8 and cosign v2',
};

export interface Verdict {
  consumer: Consumer;
  verified: boolean;
  /** The form this consumer reads for this artifact. */
  format: 'bundle' | 'legacy';
  /** How many signatures of that form it reads, and how many verified. */
  read: number;
  verifiedCount: number;
  /** One line: why, in the consumer's terms. */
  summary: string;
}

export interface Judged {
  found: FoundSignature;
  check: SignatureCheck;
}

/** The signatures `consumer` reads for this artifact, and in which form. */
export function readBy(
  consumer: Consumer,
  discovery: Discovery,
): { format: 'bundle' | 'legacy'; signatures: FoundSignature[] } {
  const bundles = discovery.bundles.filter((b) => b.bundle !== undefined);
  if (consumer === 'flux' && bundles.length > 0) return { format: 'bundle', signatures: bundles };
  return { format: 'legacy', signatures: discovery.legacy };
}

export function decide(consumer: Consumer, discovery: Discovery, judged: Judged[]): Verdict {
  const { format, signatures } = readBy(consumer, discovery);
  const checks = judged.filter((j) => signatures.includes(j.found));
  const verifiedCount = checks.filter((j) => j.check.verified).length;
  const where =
    format === 'bundle' ? 'Sigstore bundle' : `legacy signature (${discovery.signatureTag})`;
  const summary =
    signatures.length === 0
      ? consumer === 'flux'
        ? `no Sigstore bundle among the referrers and no ${discovery.signatureTag} tag`
        : `no ${discovery.signatureTag} tag`
      : verifiedCount > 0
        ? `${verifiedCount} of ${signatures.length} ${where}${signatures.length === 1 ? '' : 's'} verified`
        : `none of ${signatures.length} ${where}${signatures.length === 1 ? '' : 's'} verified`;
  return {
    consumer,
    verified: verifiedCount > 0,
    format,
    read: signatures.length,
    verifiedCount,
    summary,
  };
}
