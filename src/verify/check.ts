// Judging one signature the way cosign's library does for Flux (source-controller
// `internal/oci/cosign`, sigstore/cosign `pkg/cosign/verify.go`), with `@sigstore/verify` doing the
// cryptography:
// - with keys (Flux's secretRef): the signature made by one of them; the transparency log and
//   certificates are not consulted (Flux sets Offline and IgnoreTlog);
// - keyless: the certificate chains to the trusted root's Fulcio and carries an SCT, the signature
//   is in the transparency log (its signed entry timestamp or inclusion proof) within the
//   certificate's validity, and the certificate's identity and issuer match;
// - and what was signed is this manifest: a bundle's in-toto subject (cosign's artifact digest
//   policy), a legacy payload's `docker-manifest-digest` (cosign verify's claim check).
import type { Bundle } from '@sigstore/bundle';
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier, type SignedEntity } from '@sigstore/verify';
import { splitDigest } from '../oci/digest.js';
import type { FoundSignature } from './discover.js';
import { legacyBundle, LegacyLayerError } from '../cosign/format.js';
import { describeMatcher, matches, type VerifyPolicy } from './policy.js';
import type { SignerInfo } from './signer.js';

export interface SignatureCheck {
  verified: boolean;
  /** The --key file that verified it (key policies). */
  verifiedBy?: string;
  /** Why not, in a few words. */
  reason?: string;
  /** It signs this manifest and verifies but for the policy's identity or key: what to suggest. */
  wouldVerifyWithOtherPolicy: boolean;
  /**
   * It signs another manifest, yet verifies under the policy otherwise: a legacy signature that
   * Flux accepts all the same, since source-controller does not compare the payload's digest.
   */
  verifiesIgnoringDigest?: boolean;
}

const NO_KEYS: TrustedRoot = {
  mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
  tlogs: [],
  certificateAuthorities: [],
  ctlogs: [],
  timestampAuthorities: [],
};

/** The digest the signature says it signs, or why it says none. */
function signedDigest(found: FoundSignature): { digest?: string; problem?: string } {
  if (found.format === 'bundle') {
    const content = found.bundle?.content;
    if (content?.$case !== 'dsseEnvelope') return { problem: 'the bundle holds no DSSE envelope' };
    if (content.dsseEnvelope.payloadType !== 'application/vnd.in-toto+json') {
      return { problem: `the envelope's payload is ${content.dsseEnvelope.payloadType}` };
    }
    try {
      const statement = JSON.parse(content.dsseEnvelope.payload.toString('utf8')) as {
        subject?: { digest?: Record<string, string> }[];
      };
      const digests = (statement.subject ?? []).flatMap((s) =>
        Object.entries(s.digest ?? {}).map(([algorithm, hex]) => `${algorithm}:${hex}`),
      );
      return digests.length ? { digest: digests.join(', ') } : { problem: 'no in-toto subject' };
    } catch {
      return { problem: 'the in-toto statement is not JSON' };
    }
  }
  try {
    const payload = JSON.parse(found.payload!.toString('utf8')) as {
      critical?: { image?: { 'docker-manifest-digest'?: unknown } };
    };
    const digest = payload.critical?.image?.['docker-manifest-digest'];
    return typeof digest === 'string'
      ? { digest }
      : { problem: 'the payload names no docker-manifest-digest' };
  } catch {
    return { problem: 'the payload is not JSON' };
  }
}

function signsDigest(signed: string, digest: string): boolean {
  const { algorithm, hex } = splitDigest(digest);
  return signed.split(', ').includes(`${algorithm}:${hex}`);
}

function entityOf(found: FoundSignature): SignedEntity {
  if (found.format === 'bundle') return toSignedEntity(found.bundle as Bundle);
  return toSignedEntity(legacyBundle(found.layer, found.payload!), found.payload);
}

function failure(error: unknown): string {
  if (error instanceof LegacyLayerError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^[A-Z_]+: /, '');
}

/** One key against the signature alone: no log, no certificate chain, no timestamps (Flux). */
function verifiesWithKey(
  entity: SignedEntity,
  key: VerifyPolicy & { kind: 'key' },
): string | undefined {
  const bare: SignedEntity = {
    ...entity,
    key: { $case: 'public-key', hint: '' },
    tlogEntries: [],
    timestamps: [],
  };
  for (const { name, key: publicKey } of key.keys) {
    const material = toTrustMaterial(NO_KEYS, () => ({ publicKey, validFor: () => true }));
    const verifier = new Verifier(material, {
      tlogThreshold: 0,
      ctlogThreshold: 0,
      timestampThreshold: 0,
    });
    try {
      verifier.verify(bare);
      return name;
    } catch {
      // the next key
    }
  }
  return undefined;
}

/** Judges `found`, a signature of the manifest `digest`, under `policy`. */
export function checkSignature(
  found: FoundSignature,
  signer: SignerInfo,
  digest: string,
  policy: VerifyPolicy,
): SignatureCheck {
  const no = (reason: string, wouldVerifyWithOtherPolicy = false): SignatureCheck => ({
    verified: false,
    reason,
    wouldVerifyWithOtherPolicy,
  });
  if (found.problem) return no(found.problem);
  let entity: SignedEntity;
  try {
    entity = entityOf(found);
  } catch (error) {
    return no(`unreadable: ${failure(error)}`);
  }
  const signed = signedDigest(found);
  if (!signed.digest) return no(signed.problem ?? 'it signs nothing');
  const verdict = judge(entity, signer, policy);
  if (!signsDigest(signed.digest, digest)) {
    return {
      ...no(`it signs ${signed.digest}, not this manifest`),
      ...(verdict.verified ? { verifiesIgnoringDigest: true } : {}),
    };
  }
  return verdict;
}

/** The signature's key or identity under `policy`, what it signs aside. */
function judge(entity: SignedEntity, signer: SignerInfo, policy: VerifyPolicy): SignatureCheck {
  const no = (reason: string, wouldVerifyWithOtherPolicy = false): SignatureCheck => ({
    verified: false,
    reason,
    wouldVerifyWithOtherPolicy,
  });
  if (policy.kind === 'key') {
    const name = verifiesWithKey(entity, policy);
    if (name) return { verified: true, verifiedBy: name, wouldVerifyWithOtherPolicy: false };
    const fingerprints = policy.keys.map((k) => k.fingerprint).join(', ');
    const given =
      policy.keys.length === 1
        ? `the key given (${fingerprints})`
        : `any of the ${policy.keys.length} keys given (${fingerprints})`;
    return signer.kind === 'keyless'
      ? no(`keyless (a Fulcio certificate), not made by ${given}`, true)
      : no(`not made by ${given}`, true);
  }
  if (entity.key.$case === 'public-key') {
    return no('signed with a key, not keyless: verify it with --key', true);
  }
  try {
    new Verifier(toTrustMaterial(policy.trustedRoot)).verify(entity);
  } catch (error) {
    return no(failure(error));
  }
  const subject = signer.kind === 'keyless' ? signer.subject : undefined;
  const issuer = signer.kind === 'keyless' ? signer.issuer : undefined;
  if (!matches(policy.subject, subject)) {
    return no(
      `its identity ${subject ?? '(none)'} does not match ${describeMatcher(policy.subject)}`,
      true,
    );
  }
  if (!matches(policy.issuer, issuer)) {
    return no(
      `its issuer ${issuer ?? '(none)'} does not match ${describeMatcher(policy.issuer)}`,
      true,
    );
  }
  return { verified: true, wouldVerifyWithOtherPolicy: false };
}
