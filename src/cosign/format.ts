// One legacy cosign signature: the `.sig` manifest layer holding the simple-signing payload, and
// the annotations that carry the signature, certificate and Rekor entry (sigstore/cosign
// pkg/oci/static and pkg/cosign/bundle). It is
// made from `@sigstore/sign`'s message-signature bundle over the payload, field by field.
import type { BundleWithMessageSignature, TransparencyLogEntry } from '@sigstore/bundle';
import { inputError } from '../errors.js';
import { digestOf } from '../oci/digest.js';
import type { Descriptor } from '../oci/repository.js';
import { certificatePEM } from './pem.js';

export const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';

export const LegacyAnnotation = {
  signature: 'dev.cosignproject.cosign/signature',
  certificate: 'dev.sigstore.cosign/certificate',
  chain: 'dev.sigstore.cosign/chain',
  bundle: 'dev.sigstore.cosign/bundle',
  timestamp: 'dev.sigstore.cosign/rfc3161timestamp',
} as const;

/**
 * cosign's `RekorBundle`: what its `VerifyBundle` checks offline. The signed entry timestamp
 * covers the canonical JSON of `Payload`, whose log ID is hex (the bundle's is bytes).
 */
function rekorBundle(entry: TransparencyLogEntry): string {
  const set = entry.inclusionPromise?.signedEntryTimestamp;
  if (!set) {
    // Rekor v2 entries carry none, and cosign's legacy verification needs it.
    throw inputError('rekor-url', 'its entry has no signed entry timestamp: give a Rekor v1 API.');
  }
  return JSON.stringify({
    SignedEntryTimestamp: set.toString('base64'),
    Payload: {
      body: entry.canonicalizedBody.toString('base64'),
      integratedTime: Number(entry.integratedTime),
      logIndex: Number(entry.logIndex),
      logID: entry.logId.keyId.toString('hex'),
    },
  });
}

function certificate(bundle: BundleWithMessageSignature): Buffer | undefined {
  const content = bundle.verificationMaterial.content;
  switch (content.$case) {
    case 'x509CertificateChain':
      return content.x509CertificateChain.certificates[0]?.rawBytes;
    case 'certificate':
      return content.certificate.rawBytes;
    case 'publicKey':
      return undefined;
  }
}

/** The layer descriptor for `payload` signed in `bundle` (keyless, or key-based with no cert). */
export function legacyLayer(payload: Buffer, bundle: BundleWithMessageSignature): Descriptor {
  const annotations: Record<string, string> = {
    [LegacyAnnotation.signature]: bundle.content.messageSignature.signature.toString('base64'),
  };
  const der = certificate(bundle);
  if (der) {
    annotations[LegacyAnnotation.certificate] = certificatePEM(der);
    // Fulcio's intermediates are in every verifier's trusted root; cosign reads '' as none.
    annotations[LegacyAnnotation.chain] = '';
  }
  const [entry] = bundle.verificationMaterial.tlogEntries;
  if (entry) annotations[LegacyAnnotation.bundle] = rekorBundle(entry);
  const [timestamp] =
    bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps ?? [];
  if (timestamp) {
    annotations[LegacyAnnotation.timestamp] = JSON.stringify({
      SignedRFC3161Timestamp: timestamp.signedTimestamp.toString('base64'),
    });
  }
  return {
    mediaType: SIMPLE_SIGNING_MEDIA_TYPE,
    digest: digestOf(payload),
    size: payload.length,
    annotations,
  };
}
