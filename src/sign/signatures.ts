// The Sigstore half of signing, before anything is written to the registry: the signatures of one
// manifest digest in the requested forms, each witnessed by Rekor (and the TSA when configured).
import {
  DSSEBundleBuilder,
  MessageSignatureBundleBuilder,
  RekorWitness,
  TSAWitness,
  type Signer,
  type Witness,
} from '@sigstore/sign';
import { bundleToJSON, type TransparencyLogEntry } from '@sigstore/bundle';
import type { Descriptor } from '../oci/repository.js';
import { sigstoreFailure } from './errors.js';
import { legacyLayer } from '../cosign/format.js';
import { sigstoreFetchOptions } from './network.js';
import { simpleSigningPayload } from './payload.js';
import { RekorV2Witness } from './rekor-v2.js';
import { cosignSignStatement, IN_TOTO_PAYLOAD_TYPE } from './statement.js';
import type { RetryPolicy } from '../oci/retry.js';
import type { SignatureFormat, SigstoreServices } from './types.js';

export interface SignatureRequest {
  format: SignatureFormat;
  /** `sha256:<hex>` of the manifest. */
  digest: string;
  dockerReference: string;
  /**
   * The logs and TSAs that witness each signature (no log: key-based signing that keeps out of
   * it); Fulcio's URL only for messages, the signer holds its own.
   */
  services: SigstoreServices;
  /** A key's hint for the bundle's verification material (keyless bundles carry a certificate). */
  keyHint?: string;
}

export interface Signatures {
  /** The `.sig` layer and its blob, the simple-signing payload. */
  legacy?: { payload: Buffer; layer: Descriptor; logIndexes: number[] };
  /** The serialized DSSE bundle. */
  bundle?: { json: Buffer; logIndexes: number[] };
}

function witnesses({ tlogs, tsaURLs }: SigstoreServices, policy: RetryPolicy): Witness[] {
  const fetchOptions = sigstoreFetchOptions(policy);
  return [
    // Rekor v1 answers 409 when a retried request had in fact been logged: the client fetches it.
    ...tlogs.map((log) =>
      log.apiVersion === 2
        ? new RekorV2Witness(log.url, policy)
        : new RekorWitness({ rekorBaseURL: log.url, fetchOnConflict: true, ...fetchOptions }),
    ),
    ...tsaURLs.map((url) => new TSAWitness({ tsaBaseURL: url, ...fetchOptions })),
  ];
}

const logIndexes = (entries: TransparencyLogEntry[]) => entries.map((e) => Number(e.logIndex));

export async function createSignatures(
  signer: Signer,
  request: SignatureRequest,
  policy: RetryPolicy,
): Promise<Signatures> {
  const options = { signer, witnesses: witnesses(request.services, policy) };
  const payload = simpleSigningPayload(request.dockerReference, request.digest);
  const [legacy, bundle] = await Promise.all([
    request.format === 'bundle'
      ? undefined
      : new MessageSignatureBundleBuilder(options).create({ data: payload }),
    request.format === 'legacy'
      ? undefined
      : new DSSEBundleBuilder(options).create({
          data: cosignSignStatement(request.digest),
          type: IN_TOTO_PAYLOAD_TYPE,
        }),
  ]).catch((error: unknown) => {
    throw sigstoreFailure(error, request.services);
  });
  // Set here, not as the signer's hint: @sigstore/sign would also write it as the DSSE signature's
  // keyid, and cosign then skips a signature whose keyid is not the key's SSH fingerprint.
  const material = bundle?.verificationMaterial.content;
  if (request.keyHint && material?.$case === 'publicKey') material.publicKey.hint = request.keyHint;
  return {
    legacy: legacy && {
      payload,
      layer: legacyLayer(payload, legacy),
      logIndexes: logIndexes(legacy.verificationMaterial.tlogEntries),
    },
    bundle: bundle && {
      json: Buffer.from(JSON.stringify(bundleToJSON(bundle))),
      logIndexes: logIndexes(bundle.verificationMaterial.tlogEntries),
    },
  };
}
