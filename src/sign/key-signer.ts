// A signer holding a private key in memory: the ephemeral key of a keyless signature, or a cosign
// key. `@sigstore/sign` hands its public key to Fulcio or records it in Rekor.
import { createHash, sign, createPublicKey, type KeyObject } from 'node:crypto';
import type { Signature, Signer } from '@sigstore/sign';

export class PrivateKeySigner implements Signer {
  readonly publicKeyPEM: string;
  /**
   * What a key bundle names its key by, as cosign v3 writes it: base64 of the SHA-256 of the
   * public key's DER SubjectPublicKeyInfo (sigstore/cosign internal/key/svkeypair.go).
   */
  readonly publicKeyHint: string;

  constructor(private readonly privateKey: KeyObject) {
    const publicKey = createPublicKey(privateKey);
    this.publicKeyPEM = publicKey.export({ format: 'pem', type: 'spki' }).toString();
    this.publicKeyHint = createHash('sha256')
      .update(publicKey.export({ format: 'der', type: 'spki' }))
      .digest('base64');
  }

  sign(data: Buffer): Promise<Signature> {
    // SHA-256 whatever the key: cosign and Flux verify every key type with it.
    const signature = sign('sha256', data, this.privateKey);
    return Promise.resolve({
      signature,
      key: { $case: 'publicKey', publicKey: this.publicKeyPEM },
    });
  }
}
