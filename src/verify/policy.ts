// What a signature must satisfy, as cosign's and Flux's options say it: public keys (Flux's
// `secretRef`, cosign's `--key`), or a keyless identity (Flux's `matchOIDCIdentity`, cosign's
// `--certificate-identity[-regexp]` and `--certificate-oidc-issuer[-regexp]`) trusted through a
// Sigstore trusted root (Flux's `trustedRootSecretRef`, cosign's `--trusted-root`).
import type { KeyObject } from 'node:crypto';
import type { TrustedRoot } from '@sigstore/protobuf-specs';

/** An exact value, or a regular expression matched anywhere in the value (as Go's MatchString). */
export type Matcher = { exact: string } | { regexp: string };

export interface PublicKeyPolicy {
  kind: 'key';
  /** Each key is tried; one that verifies a signature is enough (Flux's `.pub` entries). */
  keys: { name: string; key: KeyObject; fingerprint: string }[];
}

export interface KeylessPolicy {
  kind: 'keyless';
  subject: Matcher;
  issuer: Matcher;
  trustedRoot: TrustedRoot;
  /** The file `--trusted-root` named (a private Sigstore's): Flux needs it too, as a Secret. */
  trustedRootFile?: string;
}

export type VerifyPolicy = PublicKeyPolicy | KeylessPolicy;

export function matches(matcher: Matcher, value: string | undefined): boolean {
  if (value === undefined) return false;
  return 'exact' in matcher ? matcher.exact === value : new RegExp(matcher.regexp, 'u').test(value);
}

export function describeMatcher(matcher: Matcher): string {
  return 'exact' in matcher ? `'${matcher.exact}'` : `/${matcher.regexp}/`;
}
