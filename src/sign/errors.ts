// `@sigstore/sign` reports failures as an InternalError with a code; these say which service
// failed, its answer, and which input to look at.
import { InternalError } from '@sigstore/sign';
import { UserError, ErrorCode } from '../errors.js';
import type { SigstoreServices } from './types.js';

function detail(error: InternalError): string {
  const cause: unknown = error.cause;
  return cause instanceof Error ? cause.message : error.message;
}

/** The input that named the failing service: the URL input, or the signing config. */
function inputAbout(
  services: SigstoreServices,
  urlInput: string,
): { input: string; check: string } {
  return services.signingConfig === undefined
    ? { input: urlInput, check: `'${urlInput}'` }
    : { input: 'signing-config', check: `the signing config ${services.signingConfig}` };
}

const urls = (list: string[]) => list.join(' or ');

/** The error to report for a failure of `@sigstore/sign`; anything else is returned unchanged. */
export function sigstoreFailure(error: unknown, services: SigstoreServices): unknown {
  if (!(error instanceof InternalError)) return error;
  // Errors of our own identity provider arrive wrapped; they are already written for the user.
  if (error.cause instanceof UserError) return error.cause;
  switch (error.code) {
    case 'CA_CREATE_SIGNING_CERTIFICATE_ERROR': {
      const { input, check } = inputAbout(services, 'fulcio-url');
      return new UserError(
        ErrorCode.SIGN_FULCIO_FAILED,
        `Fulcio at ${services.fulcioURL} did not issue a signing certificate: ${detail(error)}. ` +
          `Check ${check}, and that the OIDC token's issuer is one this Fulcio trusts.`,
        { input, cause: error },
      );
    }
    case 'TLOG_CREATE_ENTRY_ERROR':
    case 'TLOG_FETCH_ENTRY_ERROR': {
      const { input, check } = inputAbout(services, 'rekor-url');
      return new UserError(
        ErrorCode.SIGN_REKOR_FAILED,
        `Rekor at ${urls(services.tlogs.map((log) => log.url))} did not record the signature: ` +
          `${detail(error)}. Check ${check}; re-run the job if Rekor had an outage.`,
        { input, cause: error },
      );
    }
    case 'TSA_CREATE_TIMESTAMP_ERROR': {
      const { input, check } = inputAbout(services, 'tsa-url');
      return new UserError(
        ErrorCode.SIGN_TSA_FAILED,
        `The timestamp authority at ${urls(services.tsaURLs)} did not timestamp the signature: ` +
          `${detail(error)}. Check ${check} (a TSA's full endpoint, e.g. …/api/v1/timestamp).`,
        { input, cause: error },
      );
    }
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
