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

/**
 * Failures of the layers that know no input names (the registry client), by code: the input they
 * are about, so that the message and the annotation name it as for every other bad input.
 */
const INPUT_OF_CODE: Readonly<Record<string, string>> = {
  REFERENCE_INVALID: 'url',
  REGISTRY_UNREACHABLE: 'url',
};

/** How an entry point reports a failure: one message, and the input at fault when there is one. */
export function describeFailure(error: unknown): {
  message: string;
  code?: string;
  input?: string;
} {
  if (!(error instanceof UserError)) {
    const message = error instanceof Error ? error.message : String(error);
    return { message: error instanceof Error ? `Unexpected error: ${message}` : message };
  }
  const input = error.input ?? INPUT_OF_CODE[error.code];
  const named = input === undefined || error.message.startsWith(`Input '${input}'`);
  return {
    message: named ? error.message : `Input '${input}': ${error.message}`,
    code: error.code,
    ...(input === undefined ? {} : { input }),
  };
}
