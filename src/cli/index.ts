#!/usr/bin/env node
// The CLI's entry: `publish-oci-artifact [<command>] [flags]` (dispatch.ts), logs on stderr, what
// scripts read on stdout, the exit status of exit-codes.ts.
import { exitWhenCancelled } from '../cancellation.js';
import { dispatch } from './dispatch.js';

// Ctrl-C or a CI system's cancel: give back open upload sessions (cancellation.ts), then exit.
exitWhenCancelled((signal) =>
  process.stderr.write(
    `error: cancelled (${signal}) before the command finished: no tag points at a partial artifact.\n`,
  ),
);

process.exitCode = await dispatch(process.argv.slice(2));
