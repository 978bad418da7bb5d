// Signing a published manifest so that Flux and cosign accept it: keyless with Sigstore, in the
// legacy `.sig` form (cosign/format.ts), as a Sigstore bundle referrer (bundle-referrer.ts), or both;
// or with a cosign key, in the same forms. Loaded only when signing is on (sign/phase.ts imports it
// on demand), so unsigned runs never load Sigstore. The steps: plan (plan.ts), find what this signer
// signed already (existing-signature.ts), sign what is missing (signatures.ts), write, report.
import type { Log } from '../log.js';
import type { Descriptor, Repository } from '../oci/repository.js';
import { attachBundle } from './bundle-referrer.js';
import type { CosignKey } from './cosign-key.js';
import {
  findExistingSignatures,
  formatsToSign,
  type ExistingSignatures,
} from './existing-signature.js';
import { planSigning, type SigningPlan } from './plan.js';
import { usesPublicGood } from './public-good.js';
import { supersededBundles, supersededLayers } from './same-signer.js';
import { addLegacySignature } from './signature-manifest.js';
import { createSignatures, type Signatures } from './signatures.js';
import type { SignatureFormat, SignOptions, SignResult } from './types.js';

export { loadCosignKey, type CosignKey } from './cosign-key.js';
export { sigstoreServices, type ServiceSettings } from './services.js';
export type {
  IdentityTokenSource,
  SignatureFormat,
  SignOptions,
  SignResult,
  SigstoreServices,
} from './types.js';

/** This signer's signatures already there, and the forms still to sign (none: undefined). */
interface Found {
  existing: ExistingSignatures;
  missing: SignatureFormat | undefined;
}

/** Where the new signatures went: the `.sig` tag, the bundle's referrer (and whether it is new). */
interface Written {
  legacy: string | undefined;
  bundle: { referrer: Descriptor; added: boolean } | undefined;
}

/** A re-run finds its own signatures and signs only the forms that are missing. */
async function findSignatures(
  repository: Repository,
  subject: Descriptor,
  { request, whoSigns, description, log }: SigningPlan,
): Promise<Found> {
  const existing = await findExistingSignatures(repository, subject, {
    format: request.format,
    digest: subject.digest,
    dockerReference: request.dockerReference,
    signer: await whoSigns(),
    tlog: request.services.tlogs.length > 0,
    timestamp: request.services.tsaURLs.length > 0,
  });
  const missing = formatsToSign(request.format, existing);
  log?.info(
    missing
      ? `Signing ${subject.digest} ${description}.`
      : `${subject.digest} is signed by this signer already, in every form asked for: no new ` +
          'certificate or transparency-log entry.',
  );
  return { existing, missing };
}

/** Both forms side by side: each waits for concurrent writers of its tag (oci/shared-tag.ts). */
async function writeSignatures(
  repository: Repository,
  subject: Descriptor,
  signatures: Signatures,
  key: CosignKey | undefined,
): Promise<Written> {
  const [legacy, bundle] = await Promise.all([
    signatures.legacy &&
      addLegacySignature(
        repository,
        subject.digest,
        signatures.legacy.payload,
        signatures.legacy.layer,
        supersededLayers(signatures.legacy, key),
      ),
    signatures.bundle &&
      attachBundle(
        repository,
        subject,
        signatures.bundle.json,
        new Date(),
        supersededBundles(signatures.bundle.json, key),
      ),
  ]);
  return { legacy, bundle };
}

/** Each form's signature, found or just written, with its Rekor log indexes; each one logged. */
function reportSignatures(
  { existing }: Found,
  signatures: Signatures,
  written: Written,
  signer: Pick<SignResult, 'identity' | 'publicKey' | 'privateSigstore'>,
  log: Log | undefined,
): SignResult {
  const result: SignResult = { rekorLogIndexes: [], ...signer };
  const logged = (index: number | undefined) => {
    if (index !== undefined) result.rekorLogIndexes.push(index);
  };
  if (existing.legacy) {
    result.signatureTag = existing.legacy.tag;
    logged(existing.legacy.logIndex);
    log?.info(`A valid legacy signature by this signer is at ${existing.legacy.tag}: kept.`);
  } else if (signatures.legacy && written.legacy) {
    result.signatureTag = written.legacy;
    result.rekorLogIndexes.push(...signatures.legacy.logIndexes);
    log?.info(`Legacy signature stored at tag ${written.legacy}.`);
  }
  if (existing.bundle) {
    result.bundleDigest = existing.bundle.digest;
    logged(existing.bundle.logIndex);
    log?.info(`A valid Sigstore bundle by this signer is attached: ${existing.bundle.digest}.`);
  } else if (signatures.bundle && written.bundle) {
    const { referrer, added } = written.bundle;
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
  const plan = planSigning(options, subject.digest);
  const found = await findSignatures(repository, subject, plan);
  const signatures = found.missing
    ? await createSignatures(plan.signer, { ...plan.request, format: found.missing }, plan.policy)
    : {};
  // Who signed, asked before anything is written: a failure to tell leaves nothing half-written.
  const signer = {
    identity: await plan.identity?.(),
    publicKey: options.key?.publicKeyPEM,
    privateSigstore: options.key || usesPublicGood(options.services) ? undefined : options.services,
  };
  const written = await writeSignatures(repository, subject, signatures, options.key);
  return reportSignatures(found, signatures, written, signer, plan.log);
}
