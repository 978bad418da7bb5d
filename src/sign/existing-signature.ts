// Re-running a workflow for a commit it already published gives the same digest. Signing it again
// would cost a new certificate and a new, permanent transparency-log entry for a signature that
// is already there, so before anything is asked of Fulcio or Rekor the registry is searched for a
// valid signature of this digest by this signer, in each form requested; only the missing forms
// are signed.
//
// "Valid" is what can be checked without Sigstore's trust roots, which signing never fetches: the
// exact payload (digest and docker-reference) is signed, the signature verifies with the
// certificate's key (keyless) or our key, the certificate names this signer's identity and
// issuer, and, when signing would log one, a transparency-log entry records this very signature
// within the certificate's validity (and an RFC 3161 timestamp is there when one is asked for).
// That the certificate chains to Fulcio's root and that the entry's promise is Rekor's are left to
// the verifiers; a signature forged by someone who can push to the repository passes these checks,
// but such a person can as well delete the real ones.
import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto';
import { bundleFromJSON, type Bundle } from '@sigstore/bundle';
import { dsse, X509Certificate } from '@sigstore/core';
import {
  bundleCertificate,
  fulcioIdentity,
  LegacyAnnotation,
  signatureTag,
  type RekorBundle,
} from '../cosign/format.js';
import { digestOf } from '../oci/digest.js';
import type { Descriptor, Repository } from '../oci/repository.js';
import { attachedBundles, BUNDLE_MEDIA_TYPE } from './bundle-referrer.js';
import { simpleSigningPayload } from './payload.js';
import { legacySignatureLayers } from './signature-manifest.js';
import { COSIGN_SIGN_PREDICATE_TYPE, IN_TOTO_PAYLOAD_TYPE } from './statement.js';
import type { KeylessIdentity } from './identity-token.js';
import type { SignatureFormat } from './types.js';

/** Who is about to sign. */
export type ExpectedSigner =
  { kind: 'keyless'; identity: KeylessIdentity } | { kind: 'key'; publicKeyPEM: string };

export interface ExpectedSignature {
  format: SignatureFormat;
  /** The signed manifest, `sha256:<hex>`. */
  digest: string;
  dockerReference: string;
  signer: ExpectedSigner;
  /** Signing would record a transparency-log entry (a Rekor URL is in use). */
  tlog: boolean;
  /** Signing would add an RFC 3161 timestamp (a TSA URL is in use). */
  timestamp: boolean;
}

/** The signatures of this signer found in the registry, with their log index when logged. */
export interface ExistingSignatures {
  legacy?: { tag: string; logIndex: number | undefined };
  bundle?: { digest: string; logIndex: number | undefined };
}

/** The certificate's public key when it names `identity`, else undefined. */
function certifiedKey(
  certificate: string | Buffer,
  identity: KeylessIdentity,
): { key: KeyObject; certificate: X509Certificate } | undefined {
  let parsed: X509Certificate;
  try {
    parsed = X509Certificate.parse(certificate as Buffer<ArrayBuffer> | string);
  } catch {
    return undefined;
  }
  const named = fulcioIdentity(parsed);
  if (named.subject !== identity.subject || named.issuer !== identity.issuer) {
    return undefined;
  }
  const key = createPublicKey({ key: parsed.publicKey, format: 'der', type: 'spki' });
  return { key, certificate: parsed };
}

const validAt = (certificate: X509Certificate | undefined, seconds: number) =>
  certificate === undefined || certificate.validForDate(new Date(seconds * 1000));

function safeVerify(data: Buffer, key: KeyObject, signature: Buffer): boolean {
  try {
    return verify('sha256', data, key, signature);
  } catch {
    return false;
  }
}

/** The key to verify with: the certificate's for keyless, ours for a key (and no certificate). */
function signerKey(
  expected: ExpectedSignature,
  certificate: string | Buffer | undefined,
): { key: KeyObject; certificate?: X509Certificate } | undefined {
  if (expected.signer.kind === 'keyless') {
    return certificate === undefined
      ? undefined
      : certifiedKey(certificate, expected.signer.identity);
  }
  return certificate === undefined
    ? { key: createPublicKey(expected.signer.publicKeyPEM) }
    : undefined;
}

interface HashedRekordBody {
  kind?: string;
  spec?: { data?: { hash?: { value?: string } }; signature?: { content?: string } };
}

/** The log index of a legacy layer that is a valid signature of `payload` by the signer. */
function validLegacyLayer(
  layer: Descriptor,
  payload: Buffer,
  expected: ExpectedSignature,
): { logIndex: number | undefined } | undefined {
  const annotations = layer.annotations ?? {};
  const signature = annotations[LegacyAnnotation.signature];
  if (layer.digest !== digestOf(payload) || layer.size !== payload.length || !signature) return;
  const signer = signerKey(expected, annotations[LegacyAnnotation.certificate]);
  if (!signer || !safeVerify(payload, signer.key, Buffer.from(signature, 'base64'))) return;
  if (expected.timestamp && !annotations[LegacyAnnotation.timestamp]) return;
  if (!expected.tlog) return { logIndex: undefined };
  let entry: RekorBundle['Payload'];
  let body: HashedRekordBody;
  try {
    entry = (JSON.parse(annotations[LegacyAnnotation.bundle] ?? '') as RekorBundle).Payload;
    body = JSON.parse(
      Buffer.from(typeof entry?.body === 'string' ? entry.body : '', 'base64').toString('utf8'),
    ) as HashedRekordBody;
  } catch {
    return;
  }
  const logged =
    body.kind === 'hashedrekord' &&
    body.spec?.data?.hash?.value === createHash('sha256').update(payload).digest('hex') &&
    body.spec.signature?.content === signature &&
    typeof entry?.integratedTime === 'number' &&
    validAt(signer.certificate, entry.integratedTime);
  if (!logged) return undefined;
  return { logIndex: typeof entry?.logIndex === 'number' ? entry.logIndex : undefined };
}

/** The log index of a bundle that validly signs `digest` by the signer (keyless, or our key). */
function validBundle(
  json: Buffer,
  expected: ExpectedSignature,
): { logIndex: number | undefined } | undefined {
  let bundle: Bundle;
  try {
    bundle = bundleFromJSON(JSON.parse(json.toString('utf8')));
  } catch {
    return;
  }
  const material = bundle.verificationMaterial;
  if (bundle.mediaType !== BUNDLE_MEDIA_TYPE || bundle.content.$case !== 'dsseEnvelope') return;
  const signer = signerKey(expected, bundleCertificate(bundle));
  const envelope = bundle.content.dsseEnvelope;
  const [signature] = envelope.signatures;
  if (!signer || !signature || envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) return;
  let statement: { subject?: { digest?: Record<string, string> }[]; predicateType?: string };
  try {
    statement = JSON.parse(envelope.payload.toString('utf8')) as typeof statement;
  } catch {
    return;
  }
  const [algorithm, hex] = expected.digest.split(':');
  if (
    statement.predicateType !== COSIGN_SIGN_PREDICATE_TYPE ||
    statement.subject?.length !== 1 ||
    statement.subject[0]?.digest?.[algorithm!] !== hex
  ) {
    return;
  }
  const signed = dsse.preAuthEncoding(envelope.payloadType, envelope.payload);
  if (!safeVerify(signed, signer.key, signature.sig)) return;
  if (expected.timestamp && !material.timestampVerificationData?.rfc3161Timestamps.length) return;
  if (!expected.tlog) return { logIndex: undefined };
  const [entry] = material.tlogEntries;
  // A Rekor v2 entry has no integrated time (0): its signed time is the TSA's, required above.
  const integrated = Number(entry?.integratedTime);
  if (!entry || (integrated !== 0 && !validAt(signer.certificate, integrated))) return;
  return { logIndex: Number(entry.logIndex) };
}

/** This signer's valid signatures of `subject` in the forms `expected.format` asks for. */
export async function findExistingSignatures(
  repository: Repository,
  subject: Descriptor,
  expected: ExpectedSignature,
): Promise<ExistingSignatures> {
  const found: ExistingSignatures = {};
  if (expected.format !== 'bundle') {
    const payload = simpleSigningPayload(expected.dockerReference, expected.digest);
    for (const layer of await legacySignatureLayers(repository, subject.digest)) {
      const valid = validLegacyLayer(layer, payload, expected);
      if (valid) {
        found.legacy = { tag: signatureTag(subject.digest), logIndex: valid.logIndex };
        break;
      }
    }
  }
  if (expected.format !== 'legacy') {
    for await (const { referrer, json } of attachedBundles(repository, subject)) {
      const valid = validBundle(json, expected);
      if (valid) {
        found.bundle = { digest: referrer.digest, logIndex: valid.logIndex };
        break;
      }
    }
  }
  return found;
}

/** The forms of `format` still to sign once `existing` is there; undefined when none. */
export function formatsToSign(
  format: SignatureFormat,
  existing: ExistingSignatures,
): SignatureFormat | undefined {
  const legacy = format !== 'bundle' && !existing.legacy;
  const bundle = format !== 'legacy' && !existing.bundle;
  if (legacy && bundle) return 'both';
  if (legacy) return 'legacy';
  if (bundle) return 'bundle';
  return undefined;
}
