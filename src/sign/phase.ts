// The Sign phase. Signing (index.ts, and Sigstore with it) is loaded only when the run signs, so
// unsigned runs never load it; its prerequisites (a key that decrypts, or an OIDC token) are
// checked before anything is pushed.
import { phase } from '../log.js';
import type { Repository, StoredManifest } from '../oci/repository.js';
import type { SignatureReport, Target } from '../report/result.js';
import { signatureReport } from '../report/signature.js';
import { networkOverrides, type Run } from '../run.js';
import type { CosignKey } from './cosign-key.js';
import type * as sign from './index.js';

/** Signing, ready before anything is pushed: its module loaded, its key decrypted. */
export interface Signing {
  module: typeof sign;
  key: CosignKey | undefined;
  /** Fulcio, Rekor and the TSAs: the URL inputs', or a signing config's (services.ts). */
  services: sign.SigstoreServices;
}

export async function prepareSigning({ inputs, runtime, log }: Run): Promise<Signing> {
  const module = await import('./index.js');
  const key = inputs.cosignKey
    ? await module.loadCosignKey(inputs.cosignKey, inputs.cosignPassword, (s) => log.setSecret(s))
    : undefined;
  const services = await module.sigstoreServices(inputs, runtime.workspace);
  if (!key) runtime.identity.check();
  return { module, key, services };
}

/** Signs `manifest` (by digest) in `repository`, whose name `target` gives the signed payload. */
export function signPhase(
  { inputs, context, runtime, log }: Run,
  signing: Signing,
  repository: Repository,
  manifest: StoredManifest,
  target: Target,
): Promise<SignatureReport> {
  return phase(log, 'Sign', async () => {
    const started = performance.now();
    // What was just pushed (or found unchanged): no need to ask the registry for it again.
    const subject = {
      mediaType: manifest.mediaType,
      digest: manifest.digest,
      size: manifest.bytes.length,
    };
    const signed = await signing.module.signArtifact(repository, subject, {
      format: inputs.signatureFormat,
      key: signing.key,
      keyTlogUpload: inputs.keyTlogUpload,
      services: signing.services,
      dockerReference: target.name,
      identity: runtime.identity,
      privateRepository: context.privateRepository,
      log,
      retry: networkOverrides(runtime.env),
    });
    const method = signing.key ? 'key' : 'keyless';
    return signatureReport(signed, method, Math.round(performance.now() - started));
  });
}
