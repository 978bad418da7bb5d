// The cosign signature format, written by src/sign/ and read by src/verify/ (and by sign's search
// for a signature already there, sign/existing-signature.ts), so that both sides agree on it:
// - the legacy signature's tag, `sha256-<hex>.sig`, and its layer: the simple-signing payload as
//   the blob, the signature, certificate and Rekor entry as annotations (sigstore/cosign
//   pkg/oci/static and pkg/cosign/bundle). A layer is made from `@sigstore/sign`'s
//   message-signature bundle over the payload, field by field, and read back as that bundle, so that
//   one verifier (`@sigstore/verify`) checks both forms;
// - the identity a Fulcio certificate names (its SAN and OIDC issuer), in a legacy layer's
//   certificate or a bundle's.
import { createHash, X509Certificate } from 'node:crypto';
import type { Bundle, BundleWithMessageSignature, TransparencyLogEntry } from '@sigstore/bundle';
import { BUNDLE_V01_MEDIA_TYPE } from '@sigstore/bundle';
import { X509Certificate as FulcioCertificate } from '@sigstore/core';
import { HashAlgorithm } from '@sigstore/protobuf-specs';
import { inputError } from '../errors.js';
import { digestOf } from '../oci/digest.js';
import type { Descriptor } from '../oci/repository.js';
import { fulcioIssuer } from './fulcio-issuer.js';
import { certificatePEM } from './pem.js';

const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';

export const LegacyAnnotation = {
  signature: 'dev.cosignproject.cosign/signature',
  certificate: 'dev.sigstore.cosign/certificate',
  chain: 'dev.sigstore.cosign/chain',
  bundle: 'dev.sigstore.cosign/bundle',
  timestamp: 'dev.sigstore.cosign/rfc3161timestamp',
} as const;

/** `sha256-<hex>.sig`: the tag cosign looks up for the signatures of `digest`. */
export function signatureTag(digest: string): string {
  return `${digest.replace(':', '-')}.sig`;
}

/** Who a Fulcio certificate names: its SAN (URI or e-mail) and OIDC issuer. */
export interface CertificateIdentity {
  subject?: string;
  issuer?: string;
}

/** The identity `certificate` (parsed) names. */
export function fulcioIdentity(certificate: FulcioCertificate): CertificateIdentity {
  const issuer = fulcioIssuer(certificate);
  return {
    ...(certificate.subjectAltName ? { subject: certificate.subjectAltName } : {}),
    ...(issuer ? { issuer } : {}),
  };
}

/** The identity a certificate (PEM, or DER) names; none when it does not parse. */
export function certificateIdentity(certificate: string | Buffer): CertificateIdentity {
  try {
    return fulcioIdentity(
      FulcioCertificate.parse(
        typeof certificate === 'string' ? certificate : Buffer.from(certificate),
      ),
    );
  } catch {
    return {};
  }
}

/** cosign's `RekorBundle` annotation; read, every field is checked: other signers write it too. */
export interface RekorBundle {
  SignedEntryTimestamp?: unknown;
  Payload?: { body?: unknown; integratedTime?: unknown; logIndex?: unknown; logID?: unknown };
}

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
  const annotation: RekorBundle = {
    SignedEntryTimestamp: set.toString('base64'),
    Payload: {
      body: entry.canonicalizedBody.toString('base64'),
      integratedTime: Number(entry.integratedTime),
      logIndex: Number(entry.logIndex),
      logID: entry.logId.keyId.toString('hex'),
    },
  };
  return JSON.stringify(annotation);
}

/** The leaf certificate (DER) of a bundle's verification material; none for a key's bundle. */
export function bundleCertificate(bundle: Bundle): Buffer | undefined {
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
  const der = bundleCertificate(bundle);
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

// Reading a layer back, as whatever signer wrote it: what does not parse is a LegacyLayerError,
// which verification reports as that layer's problem (verify/check.ts).

export class LegacyLayerError extends Error {}

/** The Rekor entry of the annotation: the body, its kind and version, and the inclusion promise. */
function tlogEntry(annotation: string): TransparencyLogEntry {
  let parsed: RekorBundle;
  try {
    parsed = JSON.parse(annotation) as RekorBundle;
  } catch {
    throw new LegacyLayerError('its Rekor bundle annotation is not JSON');
  }
  const { SignedEntryTimestamp: set, Payload: payload } = parsed;
  const { body, integratedTime, logIndex, logID } = payload ?? {};
  if (
    typeof set !== 'string' ||
    typeof body !== 'string' ||
    typeof integratedTime !== 'number' ||
    typeof logIndex !== 'number' ||
    typeof logID !== 'string'
  ) {
    throw new LegacyLayerError('its Rekor bundle annotation lacks fields cosign needs');
  }
  const canonicalizedBody = Buffer.from(body, 'base64');
  let kind: { kind?: unknown; apiVersion?: unknown };
  try {
    kind = JSON.parse(canonicalizedBody.toString('utf8')) as typeof kind;
  } catch {
    throw new LegacyLayerError('its Rekor entry body is not JSON');
  }
  return {
    logIndex: String(logIndex),
    logId: { keyId: Buffer.from(logID, 'hex') },
    kindVersion: { kind: String(kind.kind), version: String(kind.apiVersion) },
    integratedTime: String(integratedTime),
    inclusionPromise: { signedEntryTimestamp: Buffer.from(set, 'base64') },
    inclusionProof: undefined,
    canonicalizedBody,
  };
}

/** The public key (PEM) or certificate the Rekor entry of the annotation logged, if any. */
export function loggedKey(layer: Descriptor): string | undefined {
  const annotation = layer.annotations?.[LegacyAnnotation.bundle];
  if (!annotation) return undefined;
  try {
    const entry = tlogEntry(annotation);
    const body = JSON.parse(entry.canonicalizedBody.toString('utf8')) as {
      spec?: { signature?: { publicKey?: { content?: unknown } } };
    };
    const content = body.spec?.signature?.publicKey?.content;
    return typeof content === 'string'
      ? Buffer.from(content, 'base64').toString('utf8')
      : undefined;
  } catch {
    return undefined;
  }
}

/** The certificate (DER) of a keyless layer, `undefined` for a key-signed one. */
export function layerCertificate(layer: Descriptor): Buffer | undefined {
  const pem = layer.annotations?.[LegacyAnnotation.certificate];
  if (!pem) return undefined;
  try {
    return new X509Certificate(pem).raw;
  } catch {
    throw new LegacyLayerError('its certificate annotation is not a PEM certificate');
  }
}

/**
 * The bundle `layer` (whose blob is `payload`) stands for. The RFC 3161 timestamp annotation is
 * left out: cosign and Flux read it only when told to use signed timestamps, which Flux never is.
 */
export function legacyBundle(layer: Descriptor, payload: Buffer): BundleWithMessageSignature {
  const signature = layer.annotations?.[LegacyAnnotation.signature];
  if (!signature) throw new LegacyLayerError('it has no signature annotation');
  const certificate = layerCertificate(layer);
  const rekor = layer.annotations?.[LegacyAnnotation.bundle];
  return {
    mediaType: BUNDLE_V01_MEDIA_TYPE,
    verificationMaterial: {
      content: certificate
        ? {
            $case: 'x509CertificateChain',
            x509CertificateChain: { certificates: [{ rawBytes: certificate }] },
          }
        : { $case: 'publicKey', publicKey: { hint: '' } },
      tlogEntries: rekor ? [tlogEntry(rekor)] : [],
      timestampVerificationData: undefined,
    },
    content: {
      $case: 'messageSignature',
      messageSignature: {
        messageDigest: {
          algorithm: HashAlgorithm.SHA2_256,
          digest: createHash('sha256').update(payload).digest(),
        },
        signature: Buffer.from(signature, 'base64'),
      },
    },
  };
}
