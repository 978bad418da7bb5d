// A chart's provenance file (`.prov`, helm/helm `pkg/provenance/sign.go`): a PGP clear-signed
// message holding the chart's metadata and, under `files:`, the sha256 of the chart archive it was
// made for. `helm verify` and `helm pull --verify` check the archive against that digest, so a
// `.prov` made by `helm package --sign` (for Helm's own, non-reproducible archive) can never match
// the archive built here: it is refused rather than pushed broken.
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { UserError, ErrorCode } from '../../errors.js';
import { digestOf } from '../../oci/digest.js';
import type { BlobSource } from '../../oci/repository.js';
import { errorCode } from '../artifact-errors.js';
import { HELM_PROVENANCE_MEDIA_TYPE } from './helm-format.js';

const SIGNED_MESSAGE = '-----BEGIN PGP SIGNED MESSAGE-----';
/** Far above any real provenance (a few KiB): a larger file is not one. */
const MAX_PROVENANCE_BYTES = 1024 * 1024;

/** The provenance layer for the archive whose gzip digest is `archiveDigest`. */
export async function provenanceLayer(
  path: string,
  shown: string,
  archiveDigest: string,
  input: string,
): Promise<BlobSource & { mediaType: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new UserError(
      ErrorCode.CHART_PROVENANCE_UNREADABLE,
      `The provenance file ${shown} cannot be read (${errorCode(error) ?? String(error)}).`,
      { input, cause: error },
    );
  }
  const text = bytes.subarray(0, MAX_PROVENANCE_BYTES).toString('utf8');
  if (bytes.length > MAX_PROVENANCE_BYTES || !text.trimStart().startsWith(SIGNED_MESSAGE)) {
    throw new UserError(
      ErrorCode.CHART_PROVENANCE_INVALID,
      `${shown} is not a Helm provenance file (a PGP clear-signed message, as 'helm package ` +
        `--sign' writes).`,
      { input },
    );
  }
  if (!text.includes(archiveDigest)) {
    throw new UserError(
      ErrorCode.CHART_PROVENANCE_MISMATCH,
      `${shown} was not made for the chart archive built here (${archiveDigest}), so ` +
        `'helm verify' would reject the pushed chart. Sign the archive this action builds (the ` +
        `same commit always gives the same one) instead of the one 'helm package' wrote.`,
      { input },
    );
  }
  return {
    mediaType: HELM_PROVENANCE_MEDIA_TYPE,
    digest: digestOf(bytes),
    size: bytes.length,
    open: () => Readable.from([bytes]),
  };
}
