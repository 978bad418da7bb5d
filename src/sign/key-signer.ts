// A signer holding a private key in memory: the ephemeral key of a keyless signature, or a cosign
// key. `@sigstore/sign` hands its public key to Fulcio or records it in Rekor.
import { sign, createPublicKey, type KeyObject } from 'node:crypto';
import type { Signature, Signer } from '@sigstore/sign';

export class PrivateKeySigner implements Signer {
  readonly publicKeyPEM: string;

  constructor(private readonly privateKey: KeyObject) {
    this.publicKeyPEM = createPublicKey(privateKey)
      .export({ format: 'pem', type: 'spki' })
      .toString();
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
