// A failed run as the job page shows it: one error annotation, titled with the input at fault,
// with GitHub's own remedy where the cause on GitHub is known; the stack only in debug logs.
import * as core from '@actions/core';
import { describeFailure } from '../errors.js';
import { gitHubHint } from './hints.js';

export function failRun(error: unknown): void {
  if (error instanceof Error && error.stack) core.debug(error.stack);
  const { message, code, input } = describeFailure(error);
  const hint = gitHubHint(error);
  const title = input
    ? `publish-oci-artifact: input '${input}'`
    : `publish-oci-artifact: ${code ?? 'failed'}`;
  core.error(hint ? `${message} ${hint}` : message, { title });
  process.exitCode = 1;
}
