// What each command's exit status means, the same for all of them (publish included), so scripts can tell a negative
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

/** The exit statuses for a command's help; `negative` says what 1 means for it, when it can. */
export function exitStatusHelp(negative?: string): string {
  return (
    `Exit status: ${EXIT.ok} done${negative ? `, ${EXIT.negative} ${negative}` : ''}, ` +
    `${EXIT.error} bad input or an error.`
  );
}
