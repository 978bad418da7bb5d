// Where a target string points: `oci://host[:port]/repository[:tag]` (a registry repository) or
// `oci-layout:<dir>` (an OCI image layout on disk). Parsing only: nothing is opened here.
import { resolve } from 'node:path';
import { UserError, ErrorCode } from '../errors.js';
import { parseReference, type Reference } from './reference.js';

export const LAYOUT_PREFIX = 'oci-layout:';

/** A registry repository, or an OCI image layout directory (absolute). */
export type Location = ({ kind: 'registry' } & Reference) | { kind: 'layout'; directory: string };

/**
 * Parses `oci://host[:port]/repository[:tag]` or `oci-layout:<dir>`; a relative layout directory
 * is resolved against `workspace` (default: the working directory).
 */
export function parseLocation(target: string, workspace = process.cwd()): Location {
  if (target.startsWith(LAYOUT_PREFIX)) {
    const directory = target.slice(LAYOUT_PREFIX.length);
    if (!directory) {
      throw new UserError(
        ErrorCode.REFERENCE_INVALID,
        `'${target}' names no directory: write oci-layout:<dir>, e.g. oci-layout:./oci.`,
      );
    }
    return { kind: 'layout', directory: resolve(workspace, directory) };
  }
  return { kind: 'registry', ...parseReference(target) };
}
