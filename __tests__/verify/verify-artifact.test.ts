// verifyArtifact reads back what src/sign/ writes, on an in-memory repository and the loopback
// Sigstore: both forms verify under the signer's identity and key, and each way a signature can
// fail says why, in terms of what is there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import { createPublicKey } from 'node:crypto';
import type { Descriptor } from '../../src/oci/repository.js';
import { loadCosignKey, signArtifact, type SignOptions } from '../../src/sign/index.js';
import {
  keyFingerprint,
  verifyArtifact,
  type KeylessPolicy,
  type VerifyPolicy,
} from '../../src/verify/index.js';
import { bufferBlob, manifestOf } from '../support/blobs.js';
import { testCosignKey } from '../support/end-to-end.js';
import { MemoryRepository } from '../support/memory-repository.js';
import { startSigstore, type SigstoreStack } from '../support/sigstore.js';

let stack: SigstoreStack;
beforeAll(async () => {
  stack = await startSigstore();
});
afterAll(() => stack?.stop());

async function artifact(name: string) {
  const repository = new MemoryRepository();
  const config = bufferBlob(Buffer.from('{}'));
  const layer = bufferBlob(Buffer.from(`content of ${name}`));
  await repository.putBlob(config);
  await repository.putBlob(layer);
  const manifest = manifestOf(config, layer);
  await repository.putManifest(manifest, 'latest');
  const subject: Descriptor = {
    mediaType: manifest.mediaType,
    digest: manifest.digest,
    size: manifest.bytes.length,
  };
  return { repository, subject };
}

function keylessOptions(format: SignOptions['format'], extra: Partial<SignOptions> = {}) {
  return {
    format,
    services: stack.services(),
    dockerReference: 'registry.example/acme/app',
    identity: stack.identityToken,
    retry: { baseDelayMs: 10 },
    ...extra,
  } satisfies SignOptions;
}

function keylessPolicy(trustedRoot: TrustedRoot = stack.trustedRoot): KeylessPolicy {
  return {
    kind: 'keyless',
    subject: { exact: stack.identity.subject },
    issuer: { exact: stack.identity.issuer },
    trustedRoot,
  };
}

describe('keyless', () => {
  it('verifies both forms, and names the format each consumer reads', async () => {
    const { repository, subject } = await artifact('both');
    await signArtifact(
      repository,
      subject,
      keylessOptions('both', { services: stack.services({ tsa: true }) }),
    );
    const report = await verifyArtifact(repository, subject.digest, keylessPolicy());
    expect(report.verdicts.flux).toMatchObject({ verified: true, format: 'bundle', read: 1 });
    expect(report.verdicts.legacy).toMatchObject({ verified: true, format: 'legacy', read: 1 });
    expect(report.signatures.map((s) => s.signer)).toEqual([
      { kind: 'keyless', ...stack.identity },
      { kind: 'keyless', ...stack.identity },
    ]);
    expect(report.suggestion).toBeUndefined();
  });

  it('takes a regular expression as matchOIDCIdentity does', async () => {
    const { repository, subject } = await artifact('regexp');
    await signArtifact(repository, subject, keylessOptions('bundle'));
    const policy: VerifyPolicy = {
      ...keylessPolicy(),
      subject: { regexp: '^https://github\\.com/acme/' },
      issuer: { regexp: 'actions' },
    };
    expect((await verifyArtifact(repository, subject.digest, policy)).verdicts.flux.verified).toBe(
      true,
    );
  });

  it('suggests the identity there, with the trusted root as a Secret when one was given by file', async () => {
    const { repository, subject } = await artifact('suggested');
    await signArtifact(repository, subject, keylessOptions('bundle'));
    const otherIssuer = { ...keylessPolicy(), issuer: { exact: 'https://accounts.example.com' } };
    const fromFile = await verifyArtifact(repository, subject.digest, {
      ...otherIssuer,
      trustedRootFile: 'private/trusted_root.json',
    });
    expect(fromFile.suggestion?.yaml).toMatch(
      /matchOIDCIdentity:\n.*\n.*\n {4}trustedRootSecretRef:\n {6}name: sigstore-trusted-root$/,
    );
    expect(fromFile.suggestion?.secrets).toEqual([
      'kubectl create secret generic sigstore-trusted-root --namespace flux-system ' +
        '--from-file=trusted_root.json=private/trusted_root.json',
    ]);
    // No file given (a trusted root Flux has already): matchOIDCIdentity alone.
    const builtIn = await verifyArtifact(repository, subject.digest, otherIssuer);
    expect(builtIn.suggestion?.yaml).toContain('matchOIDCIdentity:');
    expect(builtIn.suggestion?.yaml).not.toContain('trustedRootSecretRef');
    expect(builtIn.suggestion?.secrets).toBeUndefined();
  });

  it('refuses a certificate without an SCT the trusted root can check', async () => {
    const { repository, subject } = await artifact('no-ct');
    await signArtifact(repository, subject, keylessOptions('legacy'));
    const report = await verifyArtifact(
      repository,
      subject.digest,
      keylessPolicy({ ...stack.trustedRoot, ctlogs: [] }),
    );
    expect(report.verdicts.flux.verified).toBe(false);
    expect(report.signatures[0]!.check.reason).toMatch(/SCT/);
    // Not a matter of identity: no verify: block can fix a trust root that lacks the CT log.
    expect(report.suggestion?.yaml).toBeUndefined();
  });

  it('says a changed signature annotation no longer matches its Rekor entry', async () => {
    const { repository, subject } = await artifact('changed');
    await signArtifact(repository, subject, keylessOptions('legacy'));
    const tag = `${subject.digest.replace(':', '-')}.sig`;
    const stored = (await repository.getManifest(tag))!;
    const manifest = JSON.parse(stored.bytes.toString()) as { layers: Descriptor[] };
    const annotations = manifest.layers[0]!.annotations!;
    const signature = Buffer.from(annotations['dev.cosignproject.cosign/signature']!, 'base64');
    signature[signature.length - 1]! ^= 1;
    annotations['dev.cosignproject.cosign/signature'] = signature.toString('base64');
    await repository.putManifest(
      { mediaType: stored.mediaType, bytes: Buffer.from(JSON.stringify(manifest)) },
      tag,
    );
    const report = await verifyArtifact(repository, subject.digest, keylessPolicy());
    expect(report.verdicts.legacy.verified).toBe(false);
    expect(report.signatures[0]!.check.reason).toMatch(/signature/);
  });
});

describe('with a key', () => {
  it('verifies a legacy key signature with its public key only', async () => {
    const { repository, subject } = await artifact('key');
    const fixture = testCosignKey('verify-test');
    const key = await loadCosignKey(fixture.pem, fixture.password);
    await signArtifact(repository, subject, { ...keylessOptions('legacy'), key });
    const policy = (pem: string): VerifyPolicy => {
      const k = createPublicKey(pem);
      return {
        kind: 'key',
        keys: [{ name: 'cosign.pub', key: k, fingerprint: keyFingerprint(k) }],
      };
    };
    const good = await verifyArtifact(repository, subject.digest, policy(fixture.publicKeyPEM));
    expect(good.verdicts.flux).toMatchObject({ verified: true, format: 'legacy' });
    expect(good.verdicts.legacy.verified).toBe(true);
    const other = await verifyArtifact(
      repository,
      subject.digest,
      policy(testCosignKey('other').publicKeyPEM),
    );
    expect(other.verdicts.flux.verified).toBe(false);
    expect(other.signatures[0]!.check.reason).toMatch(
      /^not made by the key given \(sha256:[0-9a-f]{64}\)$/,
    );
    expect(other.suggestion?.yaml).toContain('secretRef:');
  });
});
