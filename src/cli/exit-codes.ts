// What each subcommand's exit status means, the same for all of them, so scripts can tell a negative
// answer (not verified, different) from a failure to answer (bad input, unreachable registry).

export const EXIT = {
  /** Done; verified; equal. */
  ok: 0,
  /** A negative answer: not verified (verify, pull with verification), different (diff). */
  negative: 1,
  /** Bad input or an operational failure: nothing was decided, nothing was written. */
  error: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
