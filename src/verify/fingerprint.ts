// A public key named by what it is: the sha256 of its SubjectPublicKeyInfo, whatever PEM wraps it.
import { createHash, createPublicKey, type KeyObject } from 'node:crypto';

export function keyFingerprint(key: KeyObject): string {
  const der = key.export({ format: 'der', type: 'spki' });
  return `sha256:${createHash('sha256').update(der).digest('hex')}`;
}

/** The fingerprint of a PEM public key or certificate's key, or `undefined` when it is neither. */
export function pemFingerprint(pem: string): string | undefined {
  try {
    return keyFingerprint(createPublicKey(pem));
  } catch {
    return undefined;
  }
}
