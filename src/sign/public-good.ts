// Sigstore's public-good instance, whose trusted root every verifier already has (cosign and Flux
// read it from Sigstore's TUF repository): signing anywhere else needs the verifier to be given
// that Sigstore's trusted root (report/flux.ts says how, for Flux's trustedRootSecretRef).
import type { SigstoreServices } from './types.js';

export const PUBLIC_FULCIO_URL = 'https://fulcio.sigstore.dev';
export const PUBLIC_REKOR_URL = 'https://rekor.sigstore.dev';
export const PUBLIC_TSA_URL = 'https://timestamp.sigstore.dev/api/v1/timestamp';

/** Whether every service is public-good's given by URL (a signing config counts as private). */
export function usesPublicGood(services: SigstoreServices): boolean {
  return (
    services.signingConfig === undefined &&
    services.fulcioURL === PUBLIC_FULCIO_URL &&
    services.tlogs.every((log) => log.url === PUBLIC_REKOR_URL) &&
    services.tsaURLs.every((url) => url === PUBLIC_TSA_URL)
  );
}
