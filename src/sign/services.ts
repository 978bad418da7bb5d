// The Sigstore services a run signs with: the service URL inputs, or a signing config's choice
// (signing-config.ts). Decided when signing is prepared, before anything is pushed, with the
// checks that need both the services and the other inputs.
import { inputError } from '../errors.js';
import { readSigningConfig, selectSigningServices } from './signing-config.js';
import type { SignatureFormat, SigstoreServices } from './types.js';

/** The inputs that say where signing goes (a subset of `Inputs`). */
export interface ServiceSettings {
  fulcioUrl: string;
  rekorUrl: string;
  tsaUrl: string | undefined;
  signingConfig: string | undefined;
  signatureFormat: SignatureFormat;
  cosignKey: string | undefined;
  keyTlogUpload: boolean;
}

export async function sigstoreServices(
  settings: ServiceSettings,
  workspace: string,
): Promise<SigstoreServices> {
  const keyless = settings.cosignKey === undefined;
  if (settings.signingConfig === undefined) {
    return {
      fulcioURL: settings.fulcioUrl,
      tlogs: [{ url: settings.rekorUrl, apiVersion: 1 }],
      tsaURLs: settings.tsaUrl ? [settings.tsaUrl] : [],
    };
  }
  const path = settings.signingConfig;
  const services = selectSigningServices(await readSigningConfig(path, workspace), path, keyless);
  const v2 = services.tlogs.find((log) => log.apiVersion === 2);
  if (!v2 || (!keyless && !settings.keyTlogUpload)) return services;
  // cosign's rule (pkg/cosign/bundle/sign.go): a short-lived certificate needs a signed time, and
  // Rekor v2 gives none.
  if (keyless && services.tsaURLs.length === 0) {
    throw inputError(
      'signing-config',
      `${path} selects Rekor v2 (${v2.url}), which records no signed time, and no TSA: keyless ` +
        'signing needs a timestamp authority (tsaUrls) beside Rekor v2, as cosign does.',
    );
  }
  // cosign's legacy `.sig` carries Rekor v1's signed entry timestamp (cosign/format.ts).
  if (settings.signatureFormat !== 'bundle') {
    throw inputError(
      'signature-format',
      `'${settings.signatureFormat}' writes the legacy .sig, which needs a Rekor v1 entry, and ` +
        `the signing config ${path} selects Rekor v2 (${v2.url}): set 'signature-format: bundle'.`,
    );
  }
  return services;
}
