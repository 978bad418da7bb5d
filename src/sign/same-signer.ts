// Which signatures already in the registry a new one replaces. A re-run signs the same payload
// again: its new legacy layer replaces the earlier one of the same signer instead of piling up
// beside it (cosign reads at most 1000), and its bundle the same signer's; other signers'
// signatures always stay.
import { verify } from 'node:crypto';
import { certificateIdentity, LegacyAnnotation } from '../cosign/format.js';
import type { Descriptor } from '../oci/repository.js';
import type { SameSigner } from './bundle-referrer.js';
import type { CosignKey } from './cosign-key.js';
import type { Supersedes } from './signature-manifest.js';

/** The certificate's SAN: the workflow identity Fulcio bound the key to. */
function certificateSubject(certificate: string | Buffer | undefined): string | undefined {
  return certificate ? certificateIdentity(certificate).subject : undefined;
}

/**
 * Keyless: the same workflow identity. The SAN is a GitHub workflow URL, which Fulcio certifies
 * only from GitHub's own tokens.
 */
function sameWorkflow(layer: Descriptor): Supersedes {
  const identity = certificateSubject(layer.annotations?.[LegacyAnnotation.certificate]);
  return (existing) =>
    identity !== undefined &&
    existing.digest === layer.digest &&
    certificateSubject(existing.annotations?.[LegacyAnnotation.certificate]) === identity;
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
  return certificateSubject(raw === undefined ? undefined : Buffer.from(raw, 'base64'));
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

/** The layers of the `.sig` manifest that `legacy`, ours, replaces. */
export function supersededLayers(
  legacy: { payload: Buffer; layer: Descriptor },
  key: CosignKey | undefined,
): Supersedes {
  return key ? sameKey(legacy.layer, legacy.payload, key) : sameWorkflow(legacy.layer);
}

/** The attached bundles that `bundleJSON`, ours, replaces. */
export function supersededBundles(
  bundleJSON: Buffer,
  key: CosignKey | undefined,
): SameSigner | undefined {
  return key ? sameKeyBundle(key) : sameBundleSigner(bundleJSON);
}
