// cosign's "simple signing" payload: the bytes a legacy `.sig` signature covers. Verifiers parse
// it as JSON, but its exact bytes are what is hashed, logged in Rekor and stored as the layer, so
// it is written by hand in cosign's field order rather than left to a serializer.

/** The payload's `critical.type`, which cosign checks. */
export const SIMPLE_SIGNING_TYPE = 'cosign container image signature';

/**
 * The payload signing `digest` (`sha256:<hex>`) as found in `dockerReference`
 * (`<registry>/<repository>`, no tag or digest).
 */
export function simpleSigningPayload(dockerReference: string, digest: string): Buffer {
  const payload = {
    critical: {
      identity: { 'docker-reference': dockerReference },
      image: { 'docker-manifest-digest': digest },
      type: SIMPLE_SIGNING_TYPE,
    },
    optional: null,
  };
  return Buffer.from(JSON.stringify(payload));
}
