// What signing reports, turned into what the summary and outputs show: the identity as Flux
// matches it. Apart from result.ts so that result.ts (which flux.ts reads) imports nothing back.
import type { SignResult } from '../sign/types.js';
import { keylessSubjectRegex } from './flux.js';
import type { SignatureReport } from './result.js';

/** What signing reports, as the summary and outputs need it (the identity as Flux matches it). */
export function signatureReport(
  signed: SignResult,
  method: SignatureReport['method'],
  durationMs: number,
): SignatureReport {
  return {
    method,
    durationMs,
    signatureTag: signed.signatureTag,
    bundleDigest: signed.bundleDigest,
    rekorLogIndexes: signed.rekorLogIndexes,
    identity: signed.identity && {
      issuer: signed.identity.issuer,
      subjectRegex: keylessSubjectRegex(signed.identity.subject),
    },
    publicKey: signed.publicKey,
    privateSigstore: signed.privateSigstore,
  };
}
