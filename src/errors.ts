// Errors written for the person running the action: what went wrong, which input or registry answer
// caused it, and what to do. Only the entry points (index.ts, cli.ts) decide how to print them.

export class UserError extends Error {
  /** A stable, machine-readable code, e.g. `INPUT_INVALID`, `REGISTRY_DENIED`. */
  readonly code: string;
  /** The action input (or CLI flag) the error is about, when there is one. */
  readonly input: string | undefined;

  constructor(code: string, message: string, options: { input?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'UserError';
    this.code = code;
    this.input = options.input;
  }
}

/** An error about one input: the message names it and says what to do. */
export function inputError(input: string, message: string, cause?: unknown): UserError {
  return new UserError('INPUT_INVALID', `Input '${input}': ${message}`, { input, cause });
}
