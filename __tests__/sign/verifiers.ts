// Independent checks of what signing wrote, the way the consumers check it: `@sigstore/verify` for
// bundles (what Flux ≥ 2.8 and cosign v3 run), and cosign's `VerifyBundle` steps for legacy layers.
import { bundleFromJSON } from '@sigstore/bundle';
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { createHash, verify, X509Certificate, type KeyObject } from 'node:crypto';

export interface Identity {
  issuer: string;
  subject: string;
}

function fail(message: string): never {
  throw new Error(message);
}

/**
 * Verifies a serialized bundle against the trusted root under an identity policy, and returns the
 * in-toto statement it signs.
 */
export function verifyBundle(
  json: Buffer,
  trustedRoot: TrustedRoot,
  identity: Identity,
): { statement: { subject: { digest: Record<string, string> }[]; predicateType: string } } {
  const bundle = bundleFromJSON(JSON.parse(json.toString('utf8')));
  const verifier = new Verifier(toTrustMaterial(trustedRoot));
  verifier.verify(toSignedEntity(bundle), {
    subjectAlternativeName: identity.subject,
    extensions: { issuer: identity.issuer },
  });
  if (bundle.content.$case !== 'dsseEnvelope') fail('not a DSSE bundle');
  const envelope = bundle.content.dsseEnvelope;
  if (envelope.payloadType !== 'application/vnd.in-toto+json') fail('not an in-toto payload');
  return { statement: JSON.parse(envelope.payload.toString('utf8')) as never };
}

function sha256Hex(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Sorted-key JSON of plain values: RFC 8785 for what a signed entry timestamp covers. */
function canonical(value: Record<string, string | number>): string {
  return `{${Object.keys(value)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${JSON.stringify(value[k])}`)
    .join(',')}}`;
}

export interface LegacyLayer {
  digest: string;
  annotations?: Record<string, string>;
}

export interface LegacyCheck {
  rekorPublicKey: KeyObject;
  /** The Fulcio root the certificate must chain to (keyless). */
  fulcioRoot?: X509Certificate;
  /** The signer's public key (key-based: no certificate). */
  publicKey?: KeyObject;
  identity?: Identity;
}

/**
 * cosign's checks of one legacy signature layer: the signature over the payload with the
 * certificate's key, the Rekor body agreeing with the annotations and the payload, and the signed
 * entry timestamp made by Rekor's key. Returns the payload's `docker-manifest-digest`.
 */
export function verifyLegacySignature(payload: Buffer, layer: LegacyLayer, check: LegacyCheck) {
  const annotations = layer.annotations ?? {};
  if (layer.digest !== `sha256:${sha256Hex(payload)}`) fail('layer digest is not the payload’s');
  const signatureB64 = annotations['dev.cosignproject.cosign/signature'] ?? fail('no signature');
  const signature = Buffer.from(signatureB64, 'base64');

  const pem = annotations['dev.sigstore.cosign/certificate'];
  let key: KeyObject;
  let certificate: X509Certificate | undefined;
  if (pem) {
    certificate = new X509Certificate(pem);
    if (check.fulcioRoot && !certificate.verify(check.fulcioRoot.publicKey)) {
      fail('certificate not issued by the Fulcio root');
    }
    if (check.identity && certificate.subjectAltName !== `URI:${check.identity.subject}`) {
      fail(`certificate identity is ${certificate.subjectAltName}`);
    }
    key = certificate.publicKey;
  } else {
    key = check.publicKey ?? fail('no certificate and no public key to verify with');
  }
  if (!verify('sha256', payload, key, signature)) fail('signature does not verify over payload');

  const bundleJSON = annotations['dev.sigstore.cosign/bundle'] ?? fail('no Rekor bundle');
  const rekor = JSON.parse(bundleJSON) as {
    SignedEntryTimestamp: string;
    Payload: { body: string; integratedTime: number; logIndex: number; logID: string };
  };
  const body = JSON.parse(Buffer.from(rekor.Payload.body, 'base64').toString('utf8')) as {
    kind: string;
    spec: {
      data: { hash: { algorithm: string; value: string } };
      signature: { content: string; publicKey: { content: string } };
    };
  };
  if (body.kind !== 'hashedrekord') fail(`Rekor entry kind ${body.kind}`);
  if (body.spec.signature.content !== signatureB64) fail('Rekor signature differs');
  const loggedKey = Buffer.from(body.spec.signature.publicKey.content, 'base64').toString('utf8');
  const loggedDER = certificate
    ? new X509Certificate(loggedKey).raw
    : Buffer.from(loggedKey.replace(/-----[^-]+-----|\s/g, ''), 'base64');
  const expectedDER = certificate ? certificate.raw : key.export({ format: 'der', type: 'spki' });
  if (!loggedDER.equals(expectedDER)) fail('Rekor key differs from the signature’s');
  if (body.spec.data.hash.algorithm !== 'sha256') fail('Rekor hash is not sha256');
  if (body.spec.data.hash.value !== sha256Hex(payload)) fail('Rekor hash is not the payload’s');
  const set = Buffer.from(rekor.SignedEntryTimestamp, 'base64');
  const signed = canonical({ ...rekor.Payload });
  if (!verify('sha256', Buffer.from(signed), check.rekorPublicKey, set)) {
    fail('signed entry timestamp does not verify with the Rekor key');
  }
  if (certificate) {
    const time = rekor.Payload.integratedTime * 1000;
    if (time < certificate.validFromDate.getTime() || time > certificate.validToDate.getTime()) {
      fail('logged outside the certificate’s validity');
    }
  }
  const parsed = JSON.parse(payload.toString('utf8')) as {
    critical: { image: { 'docker-manifest-digest': string }; type: string };
  };
  if (parsed.critical.type !== 'cosign container image signature') fail('wrong payload type');
  return parsed.critical.image['docker-manifest-digest'];
}
