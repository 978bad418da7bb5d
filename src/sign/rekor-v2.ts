// A Rekor v2 (rekor-tiles) witness: records a signature as the `hashedrekord` v0.0.2 entry that
// Rekor v2 and its verifiers take. Ours, not @sigstore/sign's `RekorWitness({ majorApiVersion: 2 })`:
// that one (5.1) proposes a `dsse` entry for a DSSE envelope, a type rekor-tiles dropped in v2.3.0
// (its CLIENTS.md: the PAE's digest and the signature, as a hashedrekord), and cosign v3.1
// (sigstore-go 1.2 `reconstructV2EntryHash`) rebuilds a hashedrekord entry of the PAE to check the
// inclusion proof; it also names every key a certificate, where a cosign key is a public key.
import { createHash, createPublicKey, X509Certificate } from 'node:crypto';
import { dsse } from '@sigstore/core';
import { PublicKeyDetails, TransparencyLogEntry } from '@sigstore/protobuf-specs';
import { CreateEntryRequest } from '@sigstore/protobuf-specs/rekor/v2';
import {
  InternalError,
  type SignatureBundle,
  type VerificationMaterial,
  type Witness,
} from '@sigstore/sign';
import { silentLog } from '../log.js';
import {
  isRetryableStatus,
  isTransientNetworkError,
  retrying,
  type RetryPolicy,
} from '../oci/retry.js';

/** What was signed: the digest of the signed bytes (a DSSE envelope's PAE) and the signature. */
function signed(content: SignatureBundle): { digest: Buffer; signature: Buffer } {
  if (content.$case === 'messageSignature') {
    const { messageDigest, signature } = content.messageSignature;
    return { digest: messageDigest.digest, signature };
  }
  const envelope = content.dsseEnvelope;
  const pae = dsse.preAuthEncoding(envelope.payloadType, envelope.payload);
  return {
    digest: createHash('sha256').update(pae).digest(),
    signature: envelope.signatures[0]!.sig,
  };
}

/**
 * The verifier as Rekor v2 takes it: a certificate (keyless) or a public key (a cosign key), with
 * its algorithm. Our keys are P-256 and sign SHA-256 digests (key-signer.ts).
 */
function verifier(publicKey: string) {
  const certificate = publicKey.includes('-----BEGIN CERTIFICATE-----');
  const key = createPublicKey(publicKey);
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new InternalError({
      code: 'TLOG_CREATE_ENTRY_ERROR',
      message: 'Rekor v2 entries are made here for ECDSA P-256 keys only',
    });
  }
  return {
    keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256,
    verifier: certificate
      ? {
          $case: 'x509Certificate' as const,
          x509Certificate: { rawBytes: new X509Certificate(publicKey).raw },
        }
      : {
          $case: 'publicKey' as const,
          publicKey: { rawBytes: key.export({ format: 'der', type: 'spki' }) },
        },
  };
}

export class RekorV2Witness implements Witness {
  constructor(
    private readonly url: string,
    private readonly policy: RetryPolicy,
  ) {}

  async testify(content: SignatureBundle, publicKey: string): Promise<VerificationMaterial> {
    const { digest, signature } = signed(content);
    const request = CreateEntryRequest.toJSON({
      spec: {
        $case: 'hashedRekordRequestV002',
        hashedRekordRequestV002: {
          digest,
          signature: { content: signature, verifier: verifier(publicKey) },
        },
      },
    });
    const endpoint = `${this.url}/api/v2/log/entries`;
    let response: Response;
    try {
      response = await retrying(
        this.policy,
        `Rekor v2 ${endpoint}`,
        silentLog,
        () =>
          fetch(endpoint, {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            body: JSON.stringify(request),
            signal: AbortSignal.timeout(this.policy.timeoutMs),
          }),
        (outcome) => {
          if ('error' in outcome) {
            return isTransientNetworkError(outcome.error)
              ? { reason: String(outcome.error) }
              : undefined;
          }
          const { status } = outcome.value;
          return isRetryableStatus(status)
            ? { reason: `HTTP ${status}`, discard: () => outcome.value.body?.cancel() }
            : undefined;
        },
      );
    } catch (cause) {
      throw new InternalError({ code: 'TLOG_CREATE_ENTRY_ERROR', message: String(cause), cause });
    }
    const text = await response.text();
    if (!response.ok) {
      const cause = new Error(`HTTP ${response.status}: ${text.slice(0, 200)}`);
      throw new InternalError({ code: 'TLOG_CREATE_ENTRY_ERROR', message: cause.message, cause });
    }
    let entry: TransparencyLogEntry | undefined;
    try {
      entry = TransparencyLogEntry.fromJSON(JSON.parse(text));
    } catch {
      entry = undefined;
    }
    const { logId, kindVersion } = entry ?? {};
    if (!entry || !logId || !kindVersion || !entry.inclusionProof) {
      throw new InternalError({
        code: 'TLOG_CREATE_ENTRY_ERROR',
        message: 'Rekor v2 answered with no transparency log entry and inclusion proof',
      });
    }
    return { tlogEntries: [{ ...entry, logId, kindVersion }] };
  }
}
