// Signing a published manifest so that Flux and cosign accept it: keyless with Sigstore, in the
// legacy `.sig` form (legacy-layer.ts), as a Sigstore bundle referrer (bundle-referrer.ts), or both;
// or with a cosign key, in the same forms. Loaded only when signing is on (main.ts imports it on
// demand), so unsigned runs never load Sigstore.
import { verify, X509Certificate } from 'node:crypto';
import type { Signer } from '@sigstore/sign';
import type { Descriptor, Repository } from '../oci/repository.js';
import { UserError } from '../errors.js';
import { silentLog } from '../log.js';
import type { RetryPolicy } from '../oci/retry.js';
import { attachBundle, type SameSigner } from './bundle-referrer.js';
import type { CosignKey } from './cosign-key.js';
import {
  findExistingSignatures,
  formatsToSign,
  type ExpectedSigner,
} from './existing-signature.js';
import { IdentityToken } from './identity-token.js';
import { KeylessSigner } from './keyless.js';
import { LegacyAnnotation } from './legacy-layer.js';
import { usesPublicGood } from './public-good.js';
import { sigstoreRetryPolicy } from './network.js';
import { addLegacySignature, type Supersedes } from './signature-manifest.js';
import { createSignatures, type SignatureRequest } from './signatures.js';
import type { SignOptions, SignResult, SigstoreServices } from './types.js';

export { loadCosignKey, type CosignKey } from './cosign-key.js';
export { environmentIdentityToken } from './identity-token.js';
export { sigstoreServices, type ServiceSettings } from './services.js';
export type {
  IdentityTokenSource,
  SignatureFormat,
  SignOptions,
  SignResult,
  SigstoreServices,
} from './types.js';

/** The certificate's SAN: the workflow identity Fulcio bound the key to. */
function certificateIdentity(certificate: string | Buffer | undefined): string | undefined {
  if (!certificate) return undefined;
  try {
    return new X509Certificate(certificate).subjectAltName;
  } catch {
    return undefined;
  }
}

// A re-run signs the same payload again. Its new layer replaces the earlier one of the same signer
// instead of piling up beside it (cosign reads at most 1000); other signers' layers always stay.

/**
 * Keyless: the same workflow identity. The SAN is a GitHub workflow URL, which Fulcio certifies
 * only from GitHub's own tokens.
 */
function sameWorkflow(layer: Descriptor): Supersedes {
  const identity = certificateIdentity(layer.annotations?.[LegacyAnnotation.certificate]);
  return (existing) =>
    identity !== undefined &&
    existing.digest === layer.digest &&
    certificateIdentity(existing.annotations?.[LegacyAnnotation.certificate]) === identity;
}

/** The certificate SAN in a Sigstore bundle (v0.3, or an older bundle's certificate chain). */
function bundleIdentity(bundleJSON: Buffer): string | undefined {
  let material:
    | {
        certificate?: { rawBytes?: string };
        x509CertificateChain?: { certificates?: { rawBytes?: string }[] };
      }
    | undefined;
  try {
    material = (
      JSON.parse(bundleJSON.toString('utf8')) as { verificationMaterial?: typeof material }
    ).verificationMaterial;
  } catch {
    return undefined;
  }
  const raw =
    material?.certificate?.rawBytes ?? material?.x509CertificateChain?.certificates?.[0]?.rawBytes;
  return certificateIdentity(raw === undefined ? undefined : Buffer.from(raw, 'base64'));
}

/** Keyless bundles: the same workflow identity, as for the legacy layers. */
function sameBundleSigner(ours: Buffer): SameSigner | undefined {
  const identity = bundleIdentity(ours);
  return identity === undefined ? undefined : (existing) => bundleIdentity(existing) === identity;
}

/** Key bundles: the same key, named by the hint cosign writes (as keyless ones by their SAN). */
function sameKeyBundle(key: CosignKey): SameSigner {
  return (existing) => bundleKeyHint(existing) === key.signer.publicKeyHint;
}

function bundleKeyHint(bundleJSON: Buffer): string | undefined {
  try {
    const bundle = JSON.parse(bundleJSON.toString('utf8')) as {
      verificationMaterial?: { publicKey?: { hint?: string } };
    };
    return bundle.verificationMaterial?.publicKey?.hint || undefined;
  } catch {
    return undefined;
  }
}

/** Key-based: a signature of the same payload that our key verifies. */
function sameKey(layer: Descriptor, payload: Buffer, key: CosignKey): Supersedes {
  return (existing) => {
    const signature = existing.annotations?.[LegacyAnnotation.signature];
    return (
      existing.digest === layer.digest &&
      existing.annotations?.[LegacyAnnotation.certificate] === undefined &&
      signature !== undefined &&
      verify('sha256', payload, key.publicKeyPEM, Buffer.from(signature, 'base64'))
    );
  };
}

interface SigningPlan {
  signer: Signer;
  /** Keyless: who signed, known once the signatures are made. */
  identity?: () => Promise<SignResult['identity']>;
  /** Who is about to sign, before anything is signed (keyless: from the OIDC token). */
  whoSigns: () => Promise<ExpectedSigner>;
  request: SignatureRequest;
  /** Where the names of the repository and workflow end up, when somewhere public. */
  publicLog?: string;
  description: string;
}

function planSigning(options: SignOptions, digest: string, policy: RetryPolicy): SigningPlan {
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
    description: `keyless (Fulcio ${services.fulcioURL}${services.tlogs.length > 0 ? `, Rekor ${logs(services.tlogs)}` : ''}${services.tsaURLs.length > 0 ? `, TSA ${services.tsaURLs.join(', ')}` : ''})`,
  };
}

/**
 * Signs the manifest `subject` (by digest: every tag pointing at it is covered) in `repository`.
 * Call it once per digest. Fails with a UserError naming the service or input at fault; nothing is
 * written to the registry unless every requested signature was made.
 */
export async function signArtifact(
  repository: Repository,
  subject: Descriptor,
  options: SignOptions,
): Promise<SignResult> {
  if (!/^sha256:[0-9a-f]{64}$/.test(subject.digest)) {
    throw new UserError(
      'SIGN_DIGEST_UNSUPPORTED',
      `Only sha256 manifest digests can be signed (cosign names signatures after them), not ${subject.digest}.`,
    );
  }
  const { log, key } = options;
  const policy = sigstoreRetryPolicy(options.retry);
  const { signer, identity, whoSigns, request, publicLog, description } = planSigning(
    options,
    subject.digest,
    policy,
  );
  if (options.privateRepository && publicLog) {
    log?.warning(
      `Signing from a private repository: the transparency log at ${publicLog} records this ` +
        "repository's and workflow's names, and public-good Rekor is public. Sign with " +
        "'cosign-key' (and no key-tlog-upload) to keep them out of it.",
    );
  }
  // A re-run finds its own signatures and signs only the forms that are missing.
  const existing = await findExistingSignatures(repository, subject, {
    format: request.format,
    digest: subject.digest,
    dockerReference: request.dockerReference,
    signer: await whoSigns(),
    tlog: request.services.tlogs.length > 0,
    timestamp: request.services.tsaURLs.length > 0,
  });
  const format = formatsToSign(request.format, existing);
  log?.info(
    format
      ? `Signing ${subject.digest} ${description}.`
      : `${subject.digest} is signed by this signer already, in every form asked for: no new ` +
          'certificate or transparency-log entry.',
  );
  const signatures = format ? await createSignatures(signer, { ...request, format }, policy) : {};

  const result: SignResult = {
    rekorLogIndexes: [],
    identity: await identity?.(),
    publicKey: key?.publicKeyPEM,
    privateSigstore: key || usesPublicGood(options.services) ? undefined : options.services,
  };
  // Both forms side by side: each waits for concurrent writers of its tag (oci/shared-tag.ts).
  const [legacy, bundle] = await Promise.all([
    signatures.legacy &&
      addLegacySignature(
        repository,
        subject.digest,
        signatures.legacy.payload,
        signatures.legacy.layer,
        key
          ? sameKey(signatures.legacy.layer, signatures.legacy.payload, key)
          : sameWorkflow(signatures.legacy.layer),
      ),
    signatures.bundle &&
      attachBundle(
        repository,
        subject,
        signatures.bundle.json,
        new Date(),
        key ? sameKeyBundle(key) : sameBundleSigner(signatures.bundle.json),
      ),
  ]);
  const logged = (index: number | undefined) => {
    if (index !== undefined) result.rekorLogIndexes.push(index);
  };
  if (existing.legacy) {
    result.signatureTag = existing.legacy.tag;
    logged(existing.legacy.logIndex);
    log?.info(`A valid legacy signature by this signer is at ${existing.legacy.tag}: kept.`);
  } else if (signatures.legacy && legacy) {
    result.signatureTag = legacy;
    result.rekorLogIndexes.push(...signatures.legacy.logIndexes);
    log?.info(`Legacy signature stored at tag ${legacy}.`);
  }
  if (existing.bundle) {
    result.bundleDigest = existing.bundle.digest;
    logged(existing.bundle.logIndex);
    log?.info(`A valid Sigstore bundle by this signer is attached: ${existing.bundle.digest}.`);
  } else if (signatures.bundle && bundle) {
    const { referrer, added } = bundle;
    result.bundleDigest = referrer.digest;
    if (added) {
      result.rekorLogIndexes.push(...signatures.bundle.logIndexes);
      log?.info(`Sigstore bundle attached as referrer ${referrer.digest}.`);
    } else {
      log?.info(`A Sigstore bundle of this signer is attached already: ${referrer.digest}.`);
    }
  }
  return result;
}
