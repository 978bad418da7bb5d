// The Flux side of the job summary for a keyless signature: public-good Sigstore, whose trusted root
// Flux has, needs only matchOIDCIdentity; any other Sigstore needs its trusted root, in the Secret
// `trustedRootSecretRef` names (source-controller ≥ 1.9), and the summary says how to make both.
import { describe, expect, it } from 'vitest';
import type { PublishResult, SignatureReport } from '../../src/report/result.js';
import { jobSummary } from '../../src/report/summary.js';
import type { SigstoreServices } from '../../src/sign/types.js';

const DIGEST = 'sha256:6b86b273ff34fce19d6b804eff5a3f5747ada4eaa22f1d49c01e52ddb7875b4b';

function published(privateSigstore?: SigstoreServices): PublishResult {
  const signature: SignatureReport = {
    method: 'keyless',
    signatureTag: undefined,
    bundleDigest: 'sha256:' + 'b'.repeat(64),
    rekorLogIndexes: [7],
    identity: {
      issuer: 'https://token.actions.githubusercontent.com',
      subjectRegex:
        '^https://github\\.com/acme/app/\\.github/workflows/publish\\.yaml@refs/heads/main$',
    },
    privateSigstore,
    durationMs: 900,
  };
  return {
    plan: {
      primaryTag: 'abc1234',
      promotedTags: ['latest'],
      rules: [],
      dryRun: false,
      dryRunReason: '',
      notices: [],
    },
    target: { kind: 'registry', url: 'oci://ghcr.io/acme/app', name: 'ghcr.io/acme/app' },
    digest: DIGEST,
    tags: ['abc1234', 'latest'],
    pushed: true,
    unchangedSince: undefined,
    size: 1024,
    fileCount: 3,
    source: 'https://github.com/acme/app',
    revision: 'main@sha1:' + 'a'.repeat(40),
    signature,
  };
}

const sectionsOf = (result: PublishResult) => jobSummary(result).sections;
const fluxOf = (result: PublishResult) =>
  sectionsOf(result).find((s) => s.heading === 'Flux')!.code;

describe('signed keyless with public-good Sigstore', () => {
  const result = published();

  it('gives Flux the identity only: it has public-good’s trusted root', () => {
    expect(fluxOf(result)).toContain('    matchOIDCIdentity:');
    expect(fluxOf(result)).not.toContain('trustedRootSecretRef');
  });

  it('says nothing of a trusted root', () => {
    const text = sectionsOf(result)
      .map((s) => `${s.text ?? ''}\n${s.code}`)
      .join('\n');
    expect(text).not.toMatch(/trusted.root/i);
  });
});

describe('signed keyless with a private Sigstore', () => {
  const result = published({
    fulcioURL: 'https://fulcio.internal.example',
    tlogs: [{ url: 'https://log2026-1.rekor.internal.example', apiVersion: 2 }],
    tsaURLs: ['https://tsa.internal.example/api/v1/timestamp'],
    signingConfig: 'sigstore/signing_config.v0.2.json',
  });

  it('names the Secret holding its trusted root in the verify block', () => {
    expect(fluxOf(result)).toContain(
      [
        '  verify:',
        '    provider: cosign',
        '    matchOIDCIdentity:',
        '      - issuer: "^https://token\\\\.actions\\\\.githubusercontent\\\\.com$"',
        '        subject: "^https://github\\\\.com/acme/app/\\\\.github/workflows/publish\\\\.yaml@refs/heads/main$"',
        '    trustedRootSecretRef:',
        '      name: sigstore-trusted-root',
      ].join('\n'),
    );
  });

  it('shows how to write trusted_root.json for its services, and the Secret from it', () => {
    const section = sectionsOf(result).find((s) => s.code.startsWith('cosign trusted-root create'));
    expect(section?.text).toMatch(/trustedRootSecretRef/);
    expect(section?.code).toBe(
      [
        'cosign trusted-root create \\',
        '  --fulcio="url=https://fulcio.internal.example,certificate-chain=fulcio-chain.pem" \\',
        '  --ctfe="url=<CT log URL>,public-key=ctfe.pub,start-time=<RFC 3339 time>" \\',
        '  --rekor="url=https://log2026-1.rekor.internal.example,public-key=rekor.pub,' +
          'start-time=<RFC 3339 time>,origin=log2026-1.rekor.internal.example" \\',
        '  --tsa="url=https://tsa.internal.example/api/v1/timestamp,certificate-chain=tsa-chain.pem" \\',
        '  --out trusted_root.json',
        'kubectl create secret generic sigstore-trusted-root --namespace flux-system ' +
          '--from-file=trusted_root.json=./trusted_root.json',
      ].join('\n'),
    );
  });

  it('checks by hand through that trusted root', () => {
    const byHand = sectionsOf(result).find((s) => s.code.startsWith('cosign verify'));
    expect(byHand?.code).toContain('--trusted-root trusted_root.json');
  });
});
