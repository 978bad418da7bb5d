// Public-good Sigstore is the one whose trusted root every verifier already has: a signature made
// with anything else (another URL, a TSA other than Sigstore's, any signing config) needs the
// verifier to be given that Sigstore's trusted root.
import { describe, expect, it } from 'vitest';
import {
  PUBLIC_FULCIO_URL,
  PUBLIC_REKOR_URL,
  PUBLIC_TSA_URL,
  usesPublicGood,
} from '../../src/sign/public-good.js';
import type { SigstoreServices } from '../../src/sign/types.js';

const PUBLIC_GOOD: SigstoreServices = {
  fulcioURL: PUBLIC_FULCIO_URL,
  tlogs: [{ url: PUBLIC_REKOR_URL, apiVersion: 1 }],
  tsaURLs: [],
};

describe('public-good Sigstore', () => {
  it("is Sigstore's Fulcio and Rekor, with Sigstore's TSA or none", () => {
    expect(usesPublicGood(PUBLIC_GOOD)).toBe(true);
    expect(usesPublicGood({ ...PUBLIC_GOOD, tsaURLs: [PUBLIC_TSA_URL] })).toBe(true);
  });

  it.each<[string, Partial<SigstoreServices>]>([
    ['another Fulcio', { fulcioURL: 'https://fulcio.example.com' }],
    ['another Rekor', { tlogs: [{ url: 'https://rekor.example.com', apiVersion: 1 }] }],
    ['another TSA', { tsaURLs: ['https://timestamp.example.com/api/v1/timestamp'] }],
    ['a signing config, even of the same URLs', { signingConfig: 'sigstore/signing_config.json' }],
  ])('is not %s', (_, change) => {
    expect(usesPublicGood({ ...PUBLIC_GOOD, ...change })).toBe(false);
  });
});
