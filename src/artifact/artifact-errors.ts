// Errors shared by the walk and the tar writer. They name the path as the user knows it, relative to
// the workspace, and say which input changes the outcome.
import type { Stats } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { UserError, ErrorCode } from '../errors.js';

/** A path relative to the workspace when it lies inside, else absolute. */
export function displayPath(path: string, workspace: string): string {
  const inside = relative(workspace, path);
  if (inside === '') return '.';
  return inside.startsWith('..') || isAbsolute(inside) ? path : inside;
}

export function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** How a user leaves a file out of a Flux artifact; a Helm chart's errors say `.helmignore`. */
const LEAVE_OUT_OF_FLUX_ARTIFACT = "add it to 'ignore-paths'";

export function unreadableError(
  shownPath: string,
  cause: unknown,
  leaveOut = LEAVE_OUT_OF_FLUX_ARTIFACT,
): UserError {
  return new UserError(
    ErrorCode.ARTIFACT_UNREADABLE,
    `${shownPath} cannot be read (${errorCode(cause) ?? String(cause)}). Make it readable by ` +
      `the job's user, or ${leaveOut}.`,
    { input: 'path', cause },
  );
}

/** A file whose size changed between the walk and the read would make a tar that lies. */
export function changedWhilePackagingError(shownPath: string): UserError {
  return new UserError(
    ErrorCode.ARTIFACT_FILE_CHANGED,
    `${shownPath} changed while it was being packaged. Make sure no other step writes to the ` +
      `path while this one runs.`,
    { input: 'path' },
  );
}

/** What a file that is neither regular nor a directory is, for a message. */
export function irregularKind(stats: Stats): string {
  return stats.isFIFO()
    ? 'a named pipe (FIFO)'
    : stats.isSocket()
      ? 'a socket'
      : stats.isCharacterDevice() || stats.isBlockDevice()
        ? 'a device'
        : 'neither a regular file nor a directory';
}

/** Flux refuses a whole artifact holding anything but regular files and directories. */
export function unsupportedFileError(
  shownPath: string,
  stats: Stats,
  leaveOut = LEAVE_OUT_OF_FLUX_ARTIFACT,
): UserError {
  return new UserError(
    ErrorCode.ARTIFACT_UNSUPPORTED_FILE,
    `${shownPath} is ${irregularKind(stats)}; an artifact holds only regular files and ` +
      `directories (Flux refuses the whole artifact otherwise, Helm refuses to load it). Remove ` +
      `it or ${leaveOut}.`,
    { input: 'path' },
  );
}
