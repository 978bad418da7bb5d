// The options and result of signing, shared by the modules of `src/sign/`.
import type { OciLogger } from '../oci/options.js';
import type { CosignKey } from './cosign-key.js';

/** Which on-registry forms to write: see formats.md §2a (legacy `.sig`) and §2b (bundle). */
export type SignatureFormat = 'both' | 'legacy' | 'bundle';

/** How patient to be with Fulcio, Rekor, the TSA and the OIDC endpoint. */
export interface NetworkPolicy {
  /** Per attempt. */
  timeoutMs: number;
  /** Further attempts after the first, on network errors, timeouts, 408, 429 and 5xx. */
  retries: number;
  /** Before the first retry; doubled for each further one. */
  retryDelayMs: number;
}

export interface SignOptions {
  /** Key-based signing writes the legacy form only: `both` means `legacy`. */
  format: SignatureFormat;
  /** Sign with this key (from `loadCosignKey`) instead of keyless: no OIDC token, no Fulcio. */
  key?: CosignKey;
  /** Key-based: record the signature in Rekor too (a public log, for public-good Rekor). */
  keyTlogUpload?: boolean;
  /** Fulcio's base URL (keyless). */
  fulcioURL: string;
  /** A Rekor v1 API base URL (v2 entries carry no signed entry timestamp for the legacy form). */
  rekorURL: string;
  /** An RFC 3161 timestamp authority: its full endpoint, or a base URL served at `/api/v1/timestamp`. */
  tsaURL?: string;
  /** `<registry>/<repository>`: the legacy payload's `docker-reference`. */
  dockerReference: string;
  /** Where the Actions OIDC request variables come from; `process.env` by default. */
  env?: NodeJS.ProcessEnv;
  /** Signing from a private repository: warn that the transparency log records its names. */
  privateRepository?: boolean;
  log?: OciLogger;
  /** Called with each secret as soon as it is obtained (the OIDC token), before any logging. */
  maskSecret?: (secret: string) => void;
  network?: Partial<NetworkPolicy>;
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
}
