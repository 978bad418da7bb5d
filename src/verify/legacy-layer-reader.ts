// A legacy `.sig` layer read back as the message-signature bundle it stands for: the inverse of
// src/sign/legacy-layer.ts, field by field, so that one verifier (`@sigstore/verify`) checks both
// forms. The signature covers the layer's blob (the simple-signing payload); the certificate, the
// Rekor entry and its signed entry timestamp come from the annotations.
import { X509Certificate } from 'node:crypto';
import { createHash } from 'node:crypto';
import type { BundleWithMessageSignature, TransparencyLogEntry } from '@sigstore/bundle';
import { BUNDLE_V01_MEDIA_TYPE } from '@sigstore/bundle';
import { HashAlgorithm } from '@sigstore/protobuf-specs';
import type { Descriptor } from '../oci/repository.js';
import { LegacyAnnotation } from '../sign/legacy-layer.js';

/** cosign's `RekorBundle` annotation, as src/sign/legacy-layer.ts writes it. */
interface RekorBundle {
  SignedEntryTimestamp?: unknown;
  Payload?: { body?: unknown; integratedTime?: unknown; logIndex?: unknown; logID?: unknown };
}

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
