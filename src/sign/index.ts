// Signing a published manifest so that Flux and cosign accept it: keyless with Sigstore, in the
// legacy `.sig` form, as a Sigstore bundle referrer, or both (formats.md §2). Loaded only when
// signing is on (`await import('./sign/index.js')`), so unsigned runs never load Sigstore.
import { X509Certificate } from 'node:crypto';
import type { Descriptor, Repository } from '../oci/repository.js';
import { inputError } from '../errors.js';
import { ActionsIdentityProvider } from './actions-oidc.js';
import { attachBundle } from './bundle-referrer.js';
import { KeylessSigner } from './keyless.js';
import { LegacyAnnotation } from './legacy-layer.js';
import { networkPolicy } from './network.js';
import { addLegacySignature } from './signature-manifest.js';
import { createSignatures } from './signatures.js';
import type { SignOptions, SignResult } from './types.js';

export { checkKeylessPrerequisites } from './actions-oidc.js';
export { signatureTag } from './signature-manifest.js';
export type { NetworkPolicy, SignatureFormat, SignLog, SignOptions, SignResult } from './types.js';

/** The certificate's SAN: the workflow identity Fulcio bound the key to. */
function certificateIdentity(pem: string | undefined): string | undefined {
  if (!pem) return undefined;
  try {
    return new X509Certificate(pem).subjectAltName;
  } catch {
    return undefined;
  }
}

/**
 * Whether an existing `.sig` layer is an earlier signature of the same payload by the same
 * workflow identity (a re-run): the new layer replaces it instead of piling up beside it. The SAN
 * is a GitHub workflow URL, which Fulcio certifies only from GitHub's own tokens.
 */
function sameKeylessSigner(layer: Descriptor) {
  const identity = certificateIdentity(layer.annotations?.[LegacyAnnotation.certificate]);
  return (existing: Descriptor) =>
    identity !== undefined &&
    existing.digest === layer.digest &&
    certificateIdentity(existing.annotations?.[LegacyAnnotation.certificate]) === identity;
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
    throw inputError('sign', `only sha256 manifest digests can be signed, not ${subject.digest}`);
  }
  const { log } = options;
  const policy = networkPolicy(options.network);
  if (options.privateRepository) {
    log?.warning(
      `Signing from a private repository: the transparency log at ${options.rekorURL} records ` +
        "this repository's and workflow's names, and public-good Rekor is public. Sign with " +
        "'cosign-key' to keep them out of it.",
    );
  }
  const identityProvider = new ActionsIdentityProvider(
    options.env ?? process.env,
    policy,
    options.maskSecret,
  );
  const signer = new KeylessSigner({ fulcioURL: options.fulcioURL, identityProvider, policy });
  log?.info(
    `Signing ${subject.digest} keyless (Fulcio ${options.fulcioURL}, Rekor ${options.rekorURL}).`,
  );
  const signatures = await createSignatures(signer, { ...options, digest: subject.digest }, policy);

  const result: SignResult = { rekorLogIndexes: [] };
  if (signatures.legacy) {
    const { payload, layer, logIndexes } = signatures.legacy;
    const supersedes = sameKeylessSigner(layer);
    result.signatureTag = await addLegacySignature(
      repository,
      subject.digest,
      payload,
      layer,
      supersedes,
    );
    result.rekorLogIndexes.push(...logIndexes);
    log?.info(`Legacy signature stored at tag ${result.signatureTag}.`);
  }
  if (signatures.bundle) {
    const referrer = await attachBundle(repository, subject, signatures.bundle.json, new Date());
    result.bundleDigest = referrer.digest;
    result.rekorLogIndexes.push(...signatures.bundle.logIndexes);
    log?.info(`Sigstore bundle attached as referrer ${referrer.digest}.`);
  }
  return result;
}
