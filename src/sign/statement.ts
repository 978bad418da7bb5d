// The in-toto statement inside a Sigstore bundle that signs an image the way `cosign sign` v3 does:
// the subject is the manifest digest and the predicate type says "signed", with no claims.

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
export const COSIGN_SIGN_PREDICATE_TYPE = 'https://sigstore.dev/cosign/sign/v1';

/** The statement's bytes for a manifest `digest` (`sha256:<hex>`). */
export function cosignSignStatement(digest: string): Buffer {
  const [algorithm, hex] = digest.split(':');
  const statement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ digest: { [algorithm!]: hex! } }],
    predicateType: COSIGN_SIGN_PREDICATE_TYPE,
    predicate: {},
  };
  return Buffer.from(JSON.stringify(statement));
}
