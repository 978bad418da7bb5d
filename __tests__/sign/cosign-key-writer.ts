// Writes a private key the way `cosign generate-key-pair` does, so tests can make their own keys.
import { randomBytes, scryptSync, type KeyObject } from 'node:crypto';
import { secretbox } from '@noble/ciphers/salsa.js';

export function encryptCosignKey(
  privateKey: KeyObject,
  password: string,
  label = 'ENCRYPTED SIGSTORE PRIVATE KEY',
): string {
  const params = { N: 32768, r: 8, p: 1 };
  const salt = randomBytes(32);
  const nonce = randomBytes(24);
  const key = scryptSync(password, salt, 32, { ...params, maxmem: 64 * 1024 * 1024 });
  const der = privateKey.export({ format: 'der', type: 'pkcs8' });
  const body = {
    kdf: { name: 'scrypt', params, salt: salt.toString('base64') },
    cipher: { name: 'nacl/secretbox', nonce: nonce.toString('base64') },
    ciphertext: Buffer.from(secretbox(key, nonce).seal(der)).toString('base64'),
  };
  const lines = Buffer.from(JSON.stringify(body))
    .toString('base64')
    .match(/.{1,64}/g)!;
  return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`, ''].join('\n');
}
