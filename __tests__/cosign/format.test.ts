// The legacy `.sig` layer read back is the message-signature bundle it was made from: the inverse
// of its writing (src/cosign/format.ts), field by field, but for the RFC 3161 timestamp, which cosign and
// Flux read only when told to use signed timestamps.
import { createHash } from 'node:crypto';
import type { BundleWithMessageSignature } from '@sigstore/bundle';
import { HashAlgorithm } from '@sigstore/protobuf-specs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { legacyBundle, legacyLayer } from '../../src/cosign/format.js';
import { startSigstore, type SigstoreStack } from '../support/sigstore.js';

let stack: SigstoreStack;
beforeAll(async () => {
  stack = await startSigstore();
});
afterAll(() => stack?.stop());

const payload = Buffer.from('{"critical":{}}');

function signedBundle(certificate: Buffer | undefined): BundleWithMessageSignature {
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: {
      content: certificate
        ? { $case: 'certificate', certificate: { rawBytes: certificate } }
        : { $case: 'publicKey', publicKey: { hint: '' } },
      tlogEntries: [
        {
          logIndex: '42',
          logId: { keyId: Buffer.from('0a0b0c', 'hex') },
          kindVersion: { kind: 'hashedrekord', version: '0.0.1' },
          integratedTime: '1767225600',
          inclusionPromise: { signedEntryTimestamp: Buffer.from('signed entry timestamp') },
          inclusionProof: undefined,
          canonicalizedBody: Buffer.from('{"apiVersion":"0.0.1","kind":"hashedrekord","spec":{}}'),
        },
      ],
      timestampVerificationData: undefined,
    },
    content: {
      $case: 'messageSignature',
      messageSignature: {
        messageDigest: {
          algorithm: HashAlgorithm.SHA2_256,
          digest: createHash('sha256').update(payload).digest(),
        },
        signature: Buffer.from('the signature'),
      },
    },
  };
}

it.each([
  { signer: 'keyless', certificate: true },
  { signer: 'a key', certificate: false },
])('reads back the bundle of a layer signed by $signer', ({ certificate }) => {
  const der = certificate
    ? Buffer.from(stack.trustedRoot.certificateAuthorities[0]!.certChain!.certificates[0]!.rawBytes)
    : undefined;
  const original = signedBundle(der);
  const read = legacyBundle(legacyLayer(payload, original), payload);
  expect(read.content).toEqual(original.content);
  expect(read.verificationMaterial.tlogEntries).toEqual(original.verificationMaterial.tlogEntries);
  expect(read.verificationMaterial.content).toEqual(
    der
      ? {
          $case: 'x509CertificateChain',
          x509CertificateChain: { certificates: [{ rawBytes: der }] },
        }
      : original.verificationMaterial.content,
  );
});
