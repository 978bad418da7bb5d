// Who made a signature, as far as the signature itself says, whether or not it verifies: the
// identity and issuer Fulcio certified (keyless), or the key (the fingerprint of the key Rekor
// logged, or a bundle's key hint). This is what a failed verification lists as "what is there".
import type { Bundle } from '@sigstore/bundle';
import {
  bundleCertificate,
  certificateIdentity,
  layerCertificate,
  loggedKey,
} from '../cosign/format.js';
import type { FoundSignature } from './discover.js';
import { pemFingerprint } from './fingerprint.js';

export type SignerInfo =
  | { kind: 'keyless'; subject?: string; issuer?: string }
  | {
      kind: 'key';
      /** sha256 of the public key, when the signature shows which key (its Rekor entry). */
      fingerprint?: string;
      /** A bundle's key hint, as the signer wrote it. */
      hint?: string;
    }
  | { kind: 'unknown' };

function bundleSigner(bundle: Bundle): SignerInfo {
  const content = bundle.verificationMaterial.content;
  if (content.$case === 'publicKey') {
    return { kind: 'key', ...(content.publicKey.hint ? { hint: content.publicKey.hint } : {}) };
  }
  const leaf = bundleCertificate(bundle);
  return leaf ? { kind: 'keyless', ...certificateIdentity(leaf) } : { kind: 'unknown' };
}

export function describeSigner(found: FoundSignature): SignerInfo {
  if (found.format === 'bundle')
    return found.bundle ? bundleSigner(found.bundle) : { kind: 'unknown' };
  let certificate: Buffer | undefined;
  try {
    certificate = layerCertificate(found.layer);
  } catch {
    return { kind: 'unknown' };
  }
  if (certificate) return { kind: 'keyless', ...certificateIdentity(certificate) };
  const logged = loggedKey(found.layer);
  const fingerprint = logged && pemFingerprint(logged);
  return { kind: 'key', ...(fingerprint ? { fingerprint } : {}) };
}
