// What one run did, as the report needs it: assembled by publish-result.ts, rendered into outputs and the summary.
import type { Plan } from '../plan/plan.js';
import type { Review } from '../review/review-result.js';
import type { SigstoreServices } from '../sign/types.js';

export interface Target {
  /** `oci://<registry>/<repository>` or `oci-layout:<dir>` */
  url: string;
  /** `<registry>/<repository>` (what cosign and crane take), or the layout directory. */
  name: string;
  kind: 'registry' | 'layout';
}

export interface SignatureReport {
  /** Keyless (Fulcio certificate) or with a cosign key. */
  method: 'keyless' | 'key';
  signatureTag: string | undefined;
  bundleDigest: string | undefined;
  rekorLogIndexes: number[];
  /** For keyless: the identity Flux should match. */
  identity?: { issuer: string; subjectRegex: string };
  /** For a cosign key: the public key (PEM) Flux's `secretRef` Secret should hold. */
  publicKey?: string;
  /** Keyless, not with public-good Sigstore: the services whose trusted root Flux needs. */
  privateSigstore?: SigstoreServices;
  /** How long the Sign phase took, waits for other signers included. */
  durationMs: number;
}

export interface PublishResult {
  plan: Plan;
  target: Target;
  /** The artifact's manifest digest; undefined on a dry run. */
  digest: string | undefined;
  /** Every tag that now points at `digest`. */
  tags: string[];
  /** False on a dry run, or when `diff-tag` found the same content already published. */
  pushed: boolean;
  /** Set when `diff-tag` found this content already published. */
  unchangedSince: string | undefined;
  size: number | undefined;
  fileCount: number | undefined;
  source: string | undefined;
  revision: string;
  signature: SignatureReport | undefined;
  /**
   * What differs from the artifact compared with: the base on dry runs (src/review/review.ts),
   * `diff-tag` or a chart's version otherwise; undefined when nothing was compared.
   */
  review?: Review;
}
