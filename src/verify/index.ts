// Verifying an artifact's signatures as its consumers would, and explaining the outcome: the reader
// of what src/sign/ writes. Decides as Flux ≥ 2.8 / cosign v3 and as Flux < 2.8 / cosign v2 do,
// lists every signature found with who made it and why it did or did not verify, and, when the
// verdict is negative, the `verify:` block that would match what is there.
import type { Repository } from '../oci/repository.js';
import { checkSignature, type SignatureCheck } from './check.js';
import { decide, readBy, type Consumer, type Verdict } from './decide.js';
import { discoverSignatures, type Discovery, type FoundSignature } from './discover.js';
import type { VerifyPolicy } from './policy.js';
import { describeSigner, type SignerInfo } from './signer.js';
import { suggestVerifyBlock, type Suggestion } from './suggest.js';

export type { Consumer, Verdict } from './decide.js';
export { CONSUMER_NAMES } from './decide.js';
export type { KeylessPolicy, Matcher, PublicKeyPolicy, VerifyPolicy } from './policy.js';
export { loadTrustedRoot } from './trusted-root.js';
export { keyFingerprint } from './fingerprint.js';

export interface JudgedSignature {
  found: FoundSignature;
  signer: SignerInfo;
  check: SignatureCheck;
}

export interface VerificationReport {
  digest: string;
  policy: VerifyPolicy;
  discovery: Discovery;
  signatures: JudgedSignature[];
  verdicts: Record<Consumer, Verdict>;
  /** For the consumer whose verdict decides; only when it is negative. */
  suggestion?: Suggestion;
  /**
   * Legacy signatures Flux (which compares no digest claim on the `.sig` path) would accept,
   * though they sign another manifest: cosign verify, and this verdict, refuse them.
   */
  fluxAcceptsOtherDigest: boolean;
}

/** Verifies the manifest `digest` of `repository` under `policy`; `decidedBy` picks the suggestion. */
export async function verifyArtifact(
  repository: Repository,
  digest: string,
  policy: VerifyPolicy,
  decidedBy: Consumer = 'flux',
): Promise<VerificationReport> {
  const discovery = await discoverSignatures(repository, digest);
  const signatures = [...discovery.bundles, ...discovery.legacy].map((found) => {
    const signer = describeSigner(found);
    return { found, signer, check: checkSignature(found, signer, digest, policy) };
  });
  const verdicts = {
    flux: decide('flux', discovery, signatures),
    legacy: decide('legacy', discovery, signatures),
  };
  const fluxRead = readBy('flux', discovery);
  const fluxAcceptsOtherDigest =
    !verdicts.flux.verified &&
    fluxRead.format === 'legacy' &&
    signatures.some((s) => fluxRead.signatures.includes(s.found) && s.check.verifiesIgnoringDigest);
  return {
    digest,
    policy,
    discovery,
    signatures,
    verdicts,
    ...(verdicts[decidedBy].verified
      ? {}
      : {
          suggestion: suggestVerifyBlock(
            signatures,
            readBy(decidedBy, discovery).signatures,
            policy.kind === 'keyless' ? policy.trustedRootFile : undefined,
          ),
        }),
    fluxAcceptsOtherDigest,
  };
}
