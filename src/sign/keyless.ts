// The keyless signer: an ephemeral key that Fulcio certifies for the workflow's identity.
import { generateKeyPairSync, X509Certificate } from 'node:crypto';
import { FulcioSigner, type IdentityProvider, type Signature, type Signer } from '@sigstore/sign';
import { PrivateKeySigner } from './key-signer.js';
import { sigstoreFetchOptions } from './network.js';
import type { RetryPolicy } from '../oci/retry.js';

export interface KeylessSignerOptions {
  fulcioURL: string;
  identityProvider: IdentityProvider;
  policy: RetryPolicy;
}

/**
 * Fulcio certifies the key once, and every signature of the run (legacy and bundle) reuses that
 * certificate: one OIDC token and one certificate per run, and both forms name the same identity.
 */
export class KeylessSigner implements Signer {
  private readonly key = new PrivateKeySigner(
    generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey,
  );
  private certificate: Promise<string> | undefined;

  constructor(private readonly options: KeylessSignerOptions) {}

  async sign(data: Buffer): Promise<Signature> {
    this.certificate ??= this.certify();
    const certificate = await this.certificate;
    const { signature } = await this.key.sign(data);
    return { signature, key: { $case: 'x509Certificate', certificate } };
  }

  /** The identity Fulcio certified (the certificate's URI SAN), once a signature was made. */
  async subject(): Promise<string | undefined> {
    const certificate = await this.certificate;
    const san = certificate && new X509Certificate(certificate).subjectAltName;
    return san?.startsWith('URI:') ? san.slice('URI:'.length) : san;
  }

  private async certify(): Promise<string> {
    const fulcio = new FulcioSigner({
      fulcioBaseURL: this.options.fulcioURL,
      identityProvider: this.options.identityProvider,
      keyHolder: this.key,
      ...sigstoreFetchOptions(this.options.policy),
    });
    // FulcioSigner returns a certificate only with a signature; this one is thrown away.
    const { key } = await fulcio.sign(Buffer.alloc(0));
    if (key.$case !== 'x509Certificate') throw new Error('Fulcio returned no certificate');
    return key.certificate;
  }
}
