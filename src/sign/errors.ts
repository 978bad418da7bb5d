// `@sigstore/sign` reports failures as an InternalError with a code; these say which service
// failed, its answer, and which input to look at.
import { InternalError } from '@sigstore/sign';
import { UserError, ErrorCode } from '../errors.js';

export interface SigstoreServices {
  fulcioURL?: string;
  rekorURL?: string;
  tsaURL?: string;
}

function detail(error: InternalError): string {
  const cause: unknown = error.cause;
  return cause instanceof Error ? cause.message : error.message;
}

/** The error to report for a failure of `@sigstore/sign`; anything else is returned unchanged. */
export function sigstoreFailure(error: unknown, services: SigstoreServices): unknown {
  if (!(error instanceof InternalError)) return error;
  // Errors of our own identity provider arrive wrapped; they are already written for the user.
  if (error.cause instanceof UserError) return error.cause;
  switch (error.code) {
    case 'CA_CREATE_SIGNING_CERTIFICATE_ERROR':
      return new UserError(
        ErrorCode.SIGN_FULCIO_FAILED,
        `Fulcio at ${services.fulcioURL} did not issue a signing certificate: ${detail(error)}. ` +
          "Check 'fulcio-url', and that the OIDC token's issuer is one this Fulcio trusts.",
        { input: 'fulcio-url', cause: error },
      );
    case 'TLOG_CREATE_ENTRY_ERROR':
    case 'TLOG_FETCH_ENTRY_ERROR':
      return new UserError(
        ErrorCode.SIGN_REKOR_FAILED,
        `Rekor at ${services.rekorURL} did not record the signature: ${detail(error)}. ` +
          "Check 'rekor-url' (a Rekor v1 API); re-run the job if Rekor had an outage.",
        { input: 'rekor-url', cause: error },
      );
    case 'TSA_CREATE_TIMESTAMP_ERROR':
      return new UserError(
        ErrorCode.SIGN_TSA_FAILED,
        `The timestamp authority at ${services.tsaURL} did not timestamp the signature: ` +
          `${detail(error)}. Check 'tsa-url' (its full endpoint, e.g. …/api/v1/timestamp).`,
        { input: 'tsa-url', cause: error },
      );
    case 'IDENTITY_TOKEN_READ_ERROR':
    case 'IDENTITY_TOKEN_PARSE_ERROR':
      // The parse error's message contains the token itself: never pass it on.
      return new UserError(
        ErrorCode.SIGN_ID_TOKEN_FAILED,
        'The OIDC identity token could not be read as a JWT: give a token issued for the sigstore audience.',
        { input: 'sign' },
      );
  }
  return error;
}
