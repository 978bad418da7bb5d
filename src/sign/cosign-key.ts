// cosign's private key files (`cosign generate-key-pair`): a PEM block whose body is JSON naming
// the key derivation (scrypt with its N, r, p and salt) and the cipher (nacl/secretbox with its
// nonce) over a PKCS#8 private key. Unencrypted PKCS#8 and SEC1 EC keys are accepted as well.
import { createPrivateKey, scrypt, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import { secretbox } from '@noble/ciphers/salsa.js';
import { inputError } from '../errors.js';
import { PrivateKeySigner } from './key-signer.js';

const KEY_INPUT = 'cosign-key';
const PASSWORD_INPUT = 'cosign-password';
const ENCRYPTED_LABELS = ['ENCRYPTED SIGSTORE PRIVATE KEY', 'ENCRYPTED COSIGN PRIVATE KEY'];
const PLAIN_LABELS = ['PRIVATE KEY', 'EC PRIVATE KEY', 'RSA PRIVATE KEY'];
/** Far above cosign's N = 32768, r = 8, p = 1; far below what would let a crafted key hang us. */
const MAX_SCRYPT = { N: 2 ** 20, r: 32, p: 16 };

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  length: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

/** A loaded signing key. Its private half never leaves this module's signer. */
export interface CosignKey {
  /** The public key, SPKI PEM: what Flux's `verify.secretRef` Secret and `cosign verify --key` take. */
  readonly publicKeyPEM: string;
  readonly signer: PrivateKeySigner;
}

interface EncryptedKey {
  kdf?: { name?: unknown; params?: { N?: unknown; r?: unknown; p?: unknown }; salt?: unknown };
  cipher?: { name?: unknown; nonce?: unknown };
  ciphertext?: unknown;
}

function pemBlock(text: string): { label: string; body: Buffer } | undefined {
  const match = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/.exec(text);
  if (!match) return undefined;
  return { label: match[1]!, body: Buffer.from(match[2]!.replace(/\s+/g, ''), 'base64') };
}

const isCost = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) > 0;

async function decrypt(body: Buffer, password: string): Promise<Buffer> {
  let parsed: EncryptedKey;
  try {
    parsed = JSON.parse(body.toString('utf8')) as EncryptedKey;
  } catch (error) {
    throw inputError(KEY_INPUT, 'the encrypted key is not cosign’s JSON format.', error);
  }
  const { kdf, cipher, ciphertext } = parsed;
  const { N, r, p } = kdf?.params ?? {};
  if (kdf?.name !== 'scrypt' || cipher?.name !== 'nacl/secretbox') {
    throw inputError(
      KEY_INPUT,
      `the key is encrypted with ${String(kdf?.name)} and ${String(cipher?.name)}; only cosign's ` +
        'scrypt and nacl/secretbox are supported.',
    );
  }
  const valid =
    isCost(N) &&
    isCost(r) &&
    isCost(p) &&
    (N & (N - 1)) === 0 &&
    N <= MAX_SCRYPT.N &&
    r <= MAX_SCRYPT.r &&
    p <= MAX_SCRYPT.p;
  const encoded = [kdf.salt, cipher.nonce, ciphertext].every((v) => typeof v === 'string');
  if (!valid || !encoded) {
    throw inputError(
      KEY_INPUT,
      'the scrypt parameters, salt, nonce or ciphertext of the encrypted key are missing or invalid.',
    );
  }
  const nonce = Buffer.from(cipher.nonce as string, 'base64');
  if (nonce.length !== 24) throw inputError(KEY_INPUT, 'the secretbox nonce is not 24 bytes.');
  const key = await scryptAsync(password, Buffer.from(kdf.salt as string, 'base64'), 32, {
    N,
    r,
    p,
    maxmem: 256 * N * r,
  });
  try {
    return Buffer.from(secretbox(key, nonce).open(Buffer.from(ciphertext as string, 'base64')));
  } catch {
    // An empty password is one cosign allows at generate-key-pair; it failed, so one is needed.
    throw inputError(
      PASSWORD_INPUT,
      password === ''
        ? {
            action: `not given, and '${KEY_INPUT}' is encrypted: give the password the key was generated with (cosign’s COSIGN_PASSWORD).`,
            cli: 'COSIGN_PASSWORD is not set (nor --cosign-password), and the key file is encrypted: set it to the password the key was generated with.',
          }
        : {
            action: `it does not decrypt '${KEY_INPUT}'. Give the password the key was generated with (cosign’s COSIGN_PASSWORD), and check that the key secret is complete.`,
            cli: 'it does not decrypt the key file (--cosign-key). Give the password the key was generated with (COSIGN_PASSWORD), and check that the file is cosign.key, complete.',
          },
    );
  }
}

function usable(key: KeyObject): KeyObject {
  const type = key.asymmetricKeyType;
  // cosign and Flux verify ECDSA and RSA keys over SHA-256; nothing else is signed that way.
  if (type === 'ec' || type === 'rsa') return key;
  throw inputError(
    KEY_INPUT,
    `${type ?? 'this'} keys are not supported: use an ECDSA key (cosign generate-key-pair) or RSA.`,
  );
}

/**
 * Reads and decrypts a cosign private key before anything is pushed. `maskSecret` is called with
 * the password and every line of the key as they arrive. Errors name `cosign-key` or
 * `cosign-password`, never their values.
 */
export async function loadCosignKey(
  pem: string,
  password = '',
  maskSecret: (secret: string) => void = () => {},
): Promise<CosignKey> {
  for (const line of pem.split(/\r?\n/)) {
    const text = line.trim();
    if (text && !text.startsWith('-----')) maskSecret(text);
  }
  if (password) maskSecret(password);
  const block = pemBlock(pem);
  if (!block || block.label.includes('PUBLIC KEY')) {
    throw inputError(KEY_INPUT, {
      action:
        `it is not a private key${block ? ` (it is a ${block.label})` : ''}. Give the contents of ` +
        'cosign.key (PEM labelled ENCRYPTED SIGSTORE PRIVATE KEY), not cosign.pub.',
      cli:
        `the file is not a private key${block ? ` (it is a ${block.label})` : ''}. Give the ` +
        'file cosign.key (PEM labelled ENCRYPTED SIGSTORE PRIVATE KEY), not cosign.pub.',
    });
  }
  let privateKey: KeyObject;
  if (ENCRYPTED_LABELS.includes(block.label)) {
    const der = await decrypt(block.body, password);
    try {
      privateKey = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
    } catch (error) {
      throw inputError(KEY_INPUT, 'it decrypts, but not to a PKCS#8 private key.', error);
    }
  } else if (PLAIN_LABELS.includes(block.label)) {
    try {
      privateKey = createPrivateKey(pem);
    } catch (error) {
      throw inputError(KEY_INPUT, `its ${block.label} block could not be read.`, error);
    }
  } else {
    throw inputError(KEY_INPUT, `a PEM block labelled ${block.label} is not a supported key.`);
  }
  const signer = new PrivateKeySigner(usable(privateKey));
  return { publicKeyPEM: signer.publicKeyPEM, signer };
}
