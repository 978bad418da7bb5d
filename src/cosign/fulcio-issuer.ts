// The OIDC issuer a Fulcio certificate names: the v2 extension (a DER UTF8String) wins over the
// v1 one (the raw bytes). Read when deciding whether a signature already there is ours
// (existing-signature.ts) and when describing a signature verification did not accept
// (verify/signer.ts).
import type { X509Certificate } from '@sigstore/core';

const OID_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
const OID_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';

export function fulcioIssuer(certificate: X509Certificate): string | undefined {
  return (
    certificate.extension(OID_ISSUER_V2)?.valueObj.subs[0]?.value.toString('utf8') ??
    certificate.extension(OID_ISSUER_V1)?.value.toString('utf8')
  );
}
