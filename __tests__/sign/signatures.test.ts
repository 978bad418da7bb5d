// The Sigstore half of keyless signing, against the loopback Fulcio, Rekor and TSA: what each form
// holds, and how failures of the services are survived or reported.
import { createPublicKey, verify, X509Certificate } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { loadCosignKey } from '../../src/sign/cosign-key.js';
import { KeylessSigner } from '../../src/sign/keyless.js';
import type { RetryPolicy } from '../../src/oci/retry.js';
import { IdentityToken } from '../../src/sign/identity-token.js';
import { sigstoreRetryPolicy } from '../../src/sign/network.js';
import { createSignatures, type SignatureRequest } from '../../src/sign/signatures.js';
import type { SignatureFormat } from '../../src/sign/types.js';
import { testCosignKey } from '../support/end-to-end.js';
import { recordingLog } from '../support/recording-log.js';
import { startSigstore, type SigstoreStack } from '../support/sigstore.js';
import { verifyBundle, verifyLegacySignature } from './verifiers.js';

const digest = 'sha256:6b86b273ff34fce19d6b804eff5a3f5747ada4eaa22f1d49c01e52ddb7875b4b';
// A key in cosign's format, made for this run.
const fixtureKey = testCosignKey('signatures-test-password');
const fast = sigstoreRetryPolicy({ timeoutMs: 1_000, attempts: 3, baseDelayMs: 10 });

let stack: SigstoreStack;
let fulcioRoot: X509Certificate;
beforeAll(async () => {
  stack = await startSigstore();
  const root = stack.trustedRoot.certificateAuthorities[0]!.certChain!.certificates[0]!;
  fulcioRoot = new X509Certificate(Buffer.from(root.rawBytes));
});
afterAll(() => stack?.stop());

function sign(
  format: SignatureFormat,
  policy: RetryPolicy = fast,
  extra: Partial<SignatureRequest> = {},
) {
  const identityProvider = new IdentityToken(stack.identityToken, recordingLog());
  const signer = new KeylessSigner({ fulcioURL: stack.fulcioURL, identityProvider, policy });
  const request: SignatureRequest = {
    format,
    digest,
    dockerReference: '127.0.0.1:5000/acme/podinfo',
    services: stack.services(),
    ...extra,
  };
  return createSignatures(signer, request, policy);
}

const requestsSince = (start: number) => stack.requests().slice(start);

it('makes both forms with one token and one certificate, each logged in Rekor', async () => {
  const start = stack.requests().length;
  const { legacy, bundle } = await sign('both');
  const requests = requestsSince(start);
  expect(requests.filter((r) => r.includes('/oidc/'))).toHaveLength(1);
  expect(requests.filter((r) => r.includes('/fulcio/'))).toHaveLength(1);
  expect(requests.filter((r) => r.includes('/rekor/'))).toHaveLength(2);
  expect(legacy!.logIndexes).toHaveLength(1);
  expect(bundle!.logIndexes).toHaveLength(1);
  const legacyCertificate = legacy!.layer.annotations!['dev.sigstore.cosign/certificate']!;
  const bundleCertificate = (
    JSON.parse(bundle!.json.toString()) as {
      verificationMaterial: { certificate: { rawBytes: string } };
    }
  ).verificationMaterial.certificate.rawBytes;
  expect(new X509Certificate(legacyCertificate).raw.toString('base64')).toBe(bundleCertificate);
});

it('makes a DSSE bundle that verifies under the workflow identity and names the digest', async () => {
  const { legacy, bundle } = await sign('bundle');
  expect(legacy).toBeUndefined();
  const { statement } = verifyBundle(bundle!.json, stack.trustedRoot, stack.identity);
  expect(statement.subject).toEqual([{ digest: { sha256: digest.slice(7) } }]);
  expect(statement.predicateType).toBe('https://sigstore.dev/cosign/sign/v1');
});

it('makes a legacy layer that verifies the way cosign’s VerifyBundle does', async () => {
  const { legacy, bundle } = await sign('legacy');
  expect(bundle).toBeUndefined();
  const check = { rekorPublicKey: stack.rekorPublicKey, fulcioRoot, identity: stack.identity };
  expect(verifyLegacySignature(legacy!.payload, legacy!.layer, check)).toBe(digest);
  expect(legacy!.layer.annotations!['dev.sigstore.cosign/chain']).toBe('');
});

it('adds RFC 3161 timestamps to both forms when a TSA is given', async () => {
  const { legacy, bundle } = await sign('both', fast, { services: stack.services({ tsa: true }) });
  const annotation = legacy!.layer.annotations!['dev.sigstore.cosign/rfc3161timestamp']!;
  const timestamp = JSON.parse(annotation) as { SignedRFC3161Timestamp: string };
  expect(Buffer.from(timestamp.SignedRFC3161Timestamp, 'base64').length).toBeGreaterThan(100);
  const parsed = JSON.parse(bundle!.json.toString()) as {
    verificationMaterial: { timestampVerificationData: { rfc3161Timestamps: unknown[] } };
  };
  expect(parsed.verificationMaterial.timestampVerificationData.rfc3161Timestamps).toHaveLength(1);
  verifyBundle(bundle!.json, stack.trustedRoot, stack.identity);
});

it('fetches the entry when Rekor logged a request whose answer was lost (409 on retry)', async () => {
  stack.inject('rekor', { kind: 'lose-answer' });
  const start = stack.requests().length;
  const { legacy } = await sign('legacy');
  expect(requestsSince(start).filter((r) => r.includes('/rekor/'))).toEqual([
    'POST /rekor/api/v1/log/entries',
    'POST /rekor/api/v1/log/entries',
    expect.stringMatching(/^GET \/rekor\/api\/v1\/log\/entries\/[0-9a-f]+$/),
  ]);
  const check = { rekorPublicKey: stack.rekorPublicKey, fulcioRoot, identity: stack.identity };
  expect(verifyLegacySignature(legacy!.payload, legacy!.layer, check)).toBe(digest);
});

it('gives up on a Fulcio that does not answer in time, and tries again', async () => {
  stack.inject('fulcio', { kind: 'hang' });
  const { bundle } = await sign('bundle', sigstoreRetryPolicy({ timeoutMs: 300, baseDelayMs: 10 }));
  verifyBundle(bundle!.json, stack.trustedRoot, stack.identity);
});

it('reports a Fulcio refusal as an error naming fulcio-url, without retrying it', async () => {
  stack.inject('fulcio', { kind: 'status', status: 400 });
  const start = stack.requests().length;
  const error = await sign('both').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect(error).toMatchObject({ code: 'SIGN_FULCIO_FAILED', input: 'fulcio-url' });
  expect((error as Error).message).toContain(stack.fulcioURL);
  expect(requestsSince(start).filter((r) => r.includes('/fulcio/'))).toHaveLength(1);
});

it('reports a Rekor that keeps failing as an error naming rekor-url, after the retries', async () => {
  stack.inject('rekor', { kind: 'status', status: 503 }, 3);
  const start = stack.requests().length;
  const error = await sign('legacy').catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'SIGN_REKOR_FAILED', input: 'rekor-url' });
  expect(requestsSince(start).filter((r) => r.includes('/rekor/'))).toHaveLength(3);
});

describe('with a cosign key', () => {
  const request = (logged = false): SignatureRequest => ({
    format: 'legacy',
    digest,
    dockerReference: '127.0.0.1:5000/acme/podinfo',
    services: { ...stack.services(), tlogs: logged ? stack.services().tlogs : [] },
  });

  it('makes a legacy layer with only the signature when nothing goes to a log', async () => {
    const key = await loadCosignKey(fixtureKey.pem, fixtureKey.password);
    const start = stack.requests().length;
    const { legacy } = await createSignatures(key.signer, request(), fast);
    expect(requestsSince(start)).toEqual([]);
    expect(Object.keys(legacy!.layer.annotations!)).toEqual(['dev.cosignproject.cosign/signature']);
    const annotation = legacy!.layer.annotations!['dev.cosignproject.cosign/signature']!;
    const signature = Buffer.from(annotation, 'base64');
    expect(verify('sha256', legacy!.payload, key.publicKeyPEM, signature)).toBe(true);
  });

  it('records the signature with its public key in Rekor when asked to', async () => {
    const key = await loadCosignKey(fixtureKey.pem, fixtureKey.password);
    const { legacy } = await createSignatures(key.signer, request(true), fast);
    expect(legacy!.layer.annotations!['dev.sigstore.cosign/certificate']).toBeUndefined();
    const publicKey = createPublicKey(key.publicKeyPEM);
    const check = { rekorPublicKey: stack.rekorPublicKey, publicKey };
    expect(verifyLegacySignature(legacy!.payload, legacy!.layer, check)).toBe(digest);
    expect(legacy!.logIndexes).toHaveLength(1);
  });
});
