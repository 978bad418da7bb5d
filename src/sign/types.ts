// The options and result of signing, shared by the modules of `src/sign/`.
import type { Log } from '../log.js';
import type { RetryOptions } from '../oci/options.js';
import type { CosignKey } from './cosign-key.js';

/**
 * Which on-registry forms to write: the legacy `.sig` tag (cosign/format.ts, signature-manifest.ts)
 * and the Sigstore bundle referrer (bundle-referrer.ts).
 */
export type SignatureFormat = 'both' | 'legacy' | 'bundle';

/**
 * Where keyless signing gets its OIDC token (`@sigstore/sign`'s `IdentityProvider`, plus a check):
 * GitHub Actions' token in the action (github/oidc.ts), `SIGSTORE_ID_TOKEN` in the CLI
 * (identity-token.ts).
 */
export interface IdentityTokenSource {
  /** Fails, before anything is pushed, when no token can be had here, saying how to get one. */
  check(): void;
  getToken(): Promise<string>;
}

/** A transparency log: Rekor's API v1, or v2 (rekor-tiles), whose entries carry no signed time. */
export interface TransparencyLog {
  url: string;
  apiVersion: 1 | 2;
}

/** Where signing goes: the service URL inputs, or what a signing config selects (services.ts). */
export interface SigstoreServices {
  /** Fulcio's base URL (keyless). */
  fulcioURL: string;
  /** Each records every signature (a signing config's `ALL` or `EXACT` may select several). */
  tlogs: TransparencyLog[];
  /** RFC 3161 timestamp authorities: full endpoints, or base URLs served at `/api/v1/timestamp`. */
  tsaURLs: string[];
  /** The signing config they were taken from, for messages; undefined: the URL inputs. */
  signingConfig?: string;
}

export interface SignOptions {
  /** The forms to write, keyless or with a key alike. */
  format: SignatureFormat;
  /** Sign with this key (from `loadCosignKey`) instead of keyless: no OIDC token, no Fulcio. */
  key?: CosignKey;
  /** Key-based: record the signature in Rekor too (a public log, for public-good Rekor). */
  keyTlogUpload?: boolean;
  /** Fulcio, the transparency logs (for a key, only with `keyTlogUpload`) and the TSAs. */
  services: SigstoreServices;
  /** `<registry>/<repository>`: the legacy payload's `docker-reference`. */
  dockerReference: string;
  /** Keyless: the OIDC token for Fulcio. Required unless `key` is given. */
  identity?: IdentityTokenSource;
  /** Signing from a private repository: warn that the transparency log records its names. */
  privateRepository?: boolean;
  /** Progress and warnings; the OIDC token is masked through it as soon as it is obtained. */
  log?: Log;
  /** Overrides of the Sigstore retry policy (network.ts). */
  retry?: RetryOptions;
}

export interface SignResult {
  /** The legacy signature's tag, `sha256-<hex>.sig`, when that form was written. */
  signatureTag?: string;
  /** The digest of the bundle's referrer manifest, when that form was written. */
  bundleDigest?: string;
  /** The Rekor log index of each signature written, legacy first. */
  rekorLogIndexes: number[];
  /** Keyless: the certified identity, what Flux's `matchOIDCIdentity` and cosign's flags name. */
  identity?: { issuer: string; subject: string };
  /** Key-based: the public key (SPKI PEM) that verifies the signature, for Flux's `secretRef`. */
  publicKey?: string;
  /**
   * Keyless with services other than public-good Sigstore's (public-good.ts): verifiers need their
   * trusted root, which names these services.
   */
  privateSigstore?: SigstoreServices;
}
