// The `verify:` block of an OCIRepository that would accept the signatures that are there: what to
// write when verification fails because the policy names another identity, issuer or key. Only
// signatures that sign this manifest and the consumer reads count: no block can make Flux accept a
// signature of another digest, or a `.sig` layer when bundles exist. Keyless identities checked
// through a trusted root given by file (a private Sigstore's) come with `trustedRootSecretRef`,
// since Flux knows only public-good Sigstore's trusted root by itself.
import {
  COSIGN_PUB_SECRET,
  TRUSTED_ROOT_SECRET,
  trustedRootSecretCommand,
  verifyBlockLines,
} from '../report/verify-block.js';
import type { Judged } from './decide.js';
import type { SignerInfo } from './signer.js';

export interface Suggestion {
  /** The YAML, indented as under an OCIRepository's `spec:`. */
  yaml?: string;
  /** The commands that write the Secrets the YAML names. */
  secrets?: string[];
  /** Why there is none, when there is none. */
  none?: string;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function suggestVerifyBlock(
  judged: (Judged & { signer: SignerInfo })[],
  read: Judged['found'][],
  trustedRootFile?: string,
): Suggestion {
  const candidates = judged.filter(
    (j) => read.includes(j.found) && (j.check.verified || j.check.wouldVerifyWithOtherPolicy),
  );
  if (candidates.length === 0) {
    return {
      none:
        read.length === 0
          ? 'there is no signature for Flux to read'
          : 'no signature that Flux reads signs this manifest and verifies with some policy',
    };
  }
  const identities = new Map<string, { issuer: string; subject: string }>();
  const keys = new Set<string>();
  for (const { signer } of candidates) {
    if (signer.kind === 'keyless' && signer.subject && signer.issuer) {
      const identity = {
        issuer: `^${escapeRegex(signer.issuer)}$`,
        subject: `^${escapeRegex(signer.subject)}$`,
      };
      identities.set(JSON.stringify(identity), identity);
    } else if (signer.kind === 'key') {
      keys.add(signer.fingerprint ?? signer.hint ?? '');
    }
  }
  // Flux takes one of the two: a key Secret, or identities. Keyless identities say more.
  if (identities.size > 0) {
    const block = {
      identities: [...identities.values()],
      trustedRootSecret: trustedRootFile && TRUSTED_ROOT_SECRET,
    };
    return {
      yaml: verifyBlockLines(block).join('\n'),
      ...(trustedRootFile ? { secrets: [trustedRootSecretCommand(trustedRootFile)] } : {}),
    };
  }
  const known = [...keys].filter((k) => k !== '');
  const comment =
    known.length > 0
      ? `the cosign.pub whose key is ${known.join(' or ')}`
      : 'the cosign.pub of the key that signed it (no transparency log entry says which)';
  return {
    yaml: verifyBlockLines({ secretName: COSIGN_PUB_SECRET, comment }).join('\n'),
    secrets: [
      `kubectl -n flux-system create secret generic ${COSIGN_PUB_SECRET} --from-file=cosign.pub=<public key file>`,
    ],
  };
}
