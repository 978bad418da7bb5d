// The OIDC issuer a Fulcio certificate names: the v2 extension (a DER UTF8String) wins over the
// v1 one (the raw bytes). Part of a certificate's identity (format.ts), which signing reads to
// find its own signatures (sign/existing-signature.ts, sign/index.ts) and verification to describe
// a signature it did not accept (verify/signer.ts).
import type { X509Certificate } from '@sigstore/core';

const OID_ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
const OID_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';

export function fulcioIssuer(certificate: X509Certificate): string | undefined {
  return (
    certificate.extension(OID_ISSUER_V2)?.valueObj.subs[0]?.value.toString('utf8') ??
    certificate.extension(OID_ISSUER_V1)?.value.toString('utf8')
  );
}
