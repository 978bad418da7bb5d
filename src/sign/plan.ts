// The first step of signing (index.ts): who signs and how, before anything is asked of the
// registry, Fulcio or Rekor. Keyless, with one OIDC token whose claims name the signer; or with a
// cosign key. A digest cosign cannot name a signature after is refused here.
import type { Signer } from '@sigstore/sign';
import { UserError, ErrorCode } from '../errors.js';
import { silentLog, type Log } from '../log.js';
import type { RetryPolicy } from '../oci/retry.js';
import type { ExpectedSigner } from './existing-signature.js';
import { IdentityToken } from './identity-token.js';
import { KeylessSigner } from './keyless.js';
import { sigstoreRetryPolicy } from './network.js';
import type { SignatureRequest } from './signatures.js';
import type { SignOptions, SignResult, SigstoreServices } from './types.js';

export interface SigningPlan {
  signer: Signer;
  /** Keyless: who signed, known once the signatures are made. */
  identity?: () => Promise<SignResult['identity']>;
  /** Who is about to sign, before anything is signed (keyless: from the OIDC token). */
  whoSigns: () => Promise<ExpectedSigner>;
  request: SignatureRequest;
  /** Where the names of the repository and workflow end up, when somewhere public. */
  publicLog?: string;
  description: string;
  policy: RetryPolicy;
  log: Log | undefined;
}

/**
 * How `digest` is to be signed as `options` ask. Warns when the signature would make a private
 * repository's names public.
 */
export function planSigning(options: SignOptions, digest: string): SigningPlan {
  if (!/^sha256:[0-9a-f]{64}$/.test(digest)) {
    throw new UserError(
      ErrorCode.SIGN_DIGEST_UNSUPPORTED,
      `Only sha256 manifest digests can be signed (cosign names signatures after them), not ${digest}.`,
    );
  }
  const policy = sigstoreRetryPolicy(options.retry);
  const plan = { ...signers(options, digest, policy), policy, log: options.log };
  if (options.privateRepository && plan.publicLog) {
    plan.log?.warning(
      `Signing from a private repository: the transparency log at ${plan.publicLog} records this ` +
        "repository's and workflow's names, and public-good Rekor is public. Sign with " +
        "'cosign-key' (and no key-tlog-upload) to keep them out of it.",
    );
  }
  return plan;
}

function signers(
  options: SignOptions,
  digest: string,
  policy: RetryPolicy,
): Omit<SigningPlan, 'policy' | 'log'> {
  const { key, services } = options;
  const common = { digest, dockerReference: options.dockerReference, format: options.format };
  const logs = (tlogs: SigstoreServices['tlogs']) => tlogs.map((log) => log.url).join(', ');
  if (key) {
    // Both forms as keyless does: cosign v3 and Flux ≥ 2.9 read only the bundles when any exist,
    // so a key signature beside someone's keyless bundle must be a bundle too to be seen.
    const tlogs = options.keyTlogUpload ? services.tlogs : [];
    return {
      signer: key.signer,
      whoSigns: () => Promise.resolve({ kind: 'key', publicKeyPEM: key.publicKeyPEM }),
      request: { ...common, services: { ...services, tlogs }, keyHint: key.signer.publicKeyHint },
      publicLog: tlogs.length > 0 ? logs(tlogs) : undefined,
      description: `with a cosign key${tlogs.length > 0 ? ` (Rekor ${logs(tlogs)})` : ', no transparency log'}`,
    };
  }
  if (!options.identity) {
    throw new Error('keyless signing needs an identity token source (SignOptions.identity)');
  }
  // One token: its claims name the signer before Fulcio is asked, then Fulcio gets it.
  const identityProvider = new IdentityToken(options.identity, options.log ?? silentLog);
  const signer = new KeylessSigner({ fulcioURL: services.fulcioURL, identityProvider, policy });
  const witnesses = [
    ...(services.tlogs.length > 0 ? [`Rekor ${logs(services.tlogs)}`] : []),
    ...(services.tsaURLs.length > 0 ? [`TSA ${services.tsaURLs.join(', ')}`] : []),
  ];
  return {
    signer,
    identity: async () => {
      const subject = await signer.subject();
      const named = await identityProvider.identity();
      // Nothing signed this time (a re-run): the identity the token names.
      return subject ? { issuer: named.issuer, subject } : named;
    },
    whoSigns: async () => ({ kind: 'keyless', identity: await identityProvider.identity() }),
    request: { ...common, services },
    publicLog: services.tlogs.length > 0 ? logs(services.tlogs) : undefined,
    description: `keyless (${[`Fulcio ${services.fulcioURL}`, ...witnesses].join(', ')})`,
  };
}
