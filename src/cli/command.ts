// What every command (publish included) shares: the one flag parser (its flags declared once,
// parsed strictly, listed by `--help`), one line on stderr for any error in the CLI's words (flags
// and files, describeFailure's CLI surface), and the exit codes of exit-codes.ts. A command is a
// spec and a `run` that returns an exit code; what it prints for scripts goes to stdout, logs to
// stderr.
import { basename, relative } from 'node:path';
import { parseArgs, type ParseArgsOptionDescriptor } from 'node:util';
import { cancelled } from '../cancellation.js';
import { describeFailure, ErrorCode, UserError, type Surface } from '../errors.js';
import type { Log } from '../log.js';
import { consoleLog } from './console-log.js';
import { EXIT, exitStatusHelp, type ExitCode } from './exit-codes.js';

export interface Flag {
  name: string;
  /** `boolean` flags take no value. */
  type: 'string' | 'boolean';
  short?: string;
  /** Given more than once, every value is kept. */
  multiple?: boolean;
  /** What the value is, for the help: `<dir>`, `<range>`. */
  value?: string;
  description: string;
}

export interface CommandSpec {
  name: string;
  /** One line: `pull <url> --output <dir> [flags]`. */
  usage: string;
  /** What the command does, a few lines. */
  description: string;
  /** Positional arguments, by name, in order; all required. */
  positionals: string[];
  flags: Flag[];
  /** Lines printed after the flags (examples, outputs). */
  notes?: string[];
  /** What exit status 1 means for this command (`not verified`), when it has one. */
  negative?: string;
}

export type Values = Record<string, string | boolean | string[] | undefined>;

export interface Invocation {
  args: string[];
  values: Values;
  log: Log;
}

/** Every subcommand has these. */
const COMMON: Flag[] = [
  { name: 'debug', type: 'boolean', description: 'Print debug lines and stack traces.' },
  { name: 'help', type: 'boolean', short: 'h', description: 'Print this help.' },
];

/** A usage mistake: reported with the way to the help, exit 2. */
export function usageError(message: string): UserError {
  return new UserError(ErrorCode.USAGE_INVALID, message);
}

/**
 * How the user ran this CLI, to name it in advice: `publish-oci-artifact` when installed under
 * that name, else `node <script>` (a clone's dist/cli/index.js is on no PATH).
 */
export function invocation(): string {
  const script = process.argv[1] ?? '';
  if (basename(script) === 'publish-oci-artifact') return 'publish-oci-artifact';
  return `node ${relative(process.cwd(), script) || script}`;
}

function helpText(spec: CommandSpec): string {
  const flags = [...spec.flags, ...COMMON].map((flag) => {
    const short = flag.short ? `-${flag.short}, ` : '';
    const value = flag.type === 'string' ? ` ${flag.value ?? '<value>'}` : '';
    const repeat = flag.multiple ? ' (repeatable)' : '';
    return `  ${short}--${flag.name}${value}${repeat}\n      ${flag.description}`;
  });
  return [
    `Usage: publish-oci-artifact ${spec.usage}`,
    '',
    spec.description,
    '',
    'Flags:',
    ...flags,
    ...(spec.notes ? ['', ...spec.notes] : []),
    '',
    exitStatusHelp(spec.negative),
  ].join('\n');
}

function parse(spec: CommandSpec, argv: string[]): { args: string[]; values: Values } {
  const options: Record<string, ParseArgsOptionDescriptor> = {};
  for (const flag of [...spec.flags, ...COMMON]) {
    options[flag.name] = {
      type: flag.type,
      ...(flag.short ? { short: flag.short } : {}),
      ...(flag.multiple ? { multiple: true } : {}),
    };
  }
  const { values, positionals } = parseArgs({
    args: argv,
    options,
    allowPositionals: true,
    allowNegative: true,
    strict: true,
  });
  return { args: positionals, values: values as Values };
}

function checkPositionals(spec: CommandSpec, args: string[]): void {
  if (args.length < spec.positionals.length) {
    const missing = spec.positionals.slice(args.length).join(' and ');
    throw usageError(`${spec.name} needs ${missing}: ${spec.usage}`);
  }
  if (args.length > spec.positionals.length) {
    const extra = args.slice(spec.positionals.length).join(' ');
    throw usageError(
      spec.positionals.length === 0
        ? `${spec.name} takes no arguments, not '${extra}'`
        : `${spec.name} takes ${spec.positionals.length} argument${spec.positionals.length === 1 ? '' : 's'} ` +
            `(${spec.positionals.join(', ')}), not '${extra}'`,
    );
  }
}

/** The CLI's words for a failure: an input is named as this command's flag of that name. */
function cliSurface(spec: CommandSpec): Surface {
  const flags = new Set([...spec.flags, ...COMMON].map((flag) => flag.name));
  return { kind: 'cli', flag: (input) => (flags.has(input) ? `--${input}` : undefined) };
}

/**
 * Parses `argv` by `spec` and runs the command: `--help` prints the help (exit 0); a flag error or
 * any UserError prints one line on stderr (exit 2); anything else is reported as unexpected (exit 2,
 * the stack with `--debug`).
 */
export async function runCommand(
  spec: CommandSpec,
  argv: string[],
  run: (invocation: Invocation) => Promise<ExitCode>,
): Promise<ExitCode> {
  let parsed: { args: string[]; values: Values };
  try {
    parsed = parse(spec, argv);
    if (parsed.values.help) {
      process.stdout.write(`${helpText(spec)}\n`);
      return EXIT.ok;
    }
    checkPositionals(spec, parsed.args);
  } catch (error) {
    const help = `${invocation()} ${spec.name} --help`;
    process.stderr.write(
      `error: ${usageMessage(error)} (see '${help}') [${ErrorCode.USAGE_INVALID}]\n`,
    );
    return EXIT.error;
  }
  const log = consoleLog({ debug: parsed.values.debug === true });
  try {
    return await run({ ...parsed, log });
  } catch (error) {
    // A cancelled run's requests fail on purpose: exitWhenCancelled reports it, then exits.
    if (cancelled.aborted) await new Promise(() => undefined);
    if (parsed.values.debug && error instanceof Error && error.stack) log.debug(error.stack);
    // The code, as the action's annotation titles it: docs/errors.md says what it means and what to do.
    const { message, code } = describeFailure(error, cliSurface(spec));
    log.info(`error: ${message}${code ? ` [${code}]` : ''}`);
    return EXIT.error;
  }
}

/** node:util's parse errors, shortened to what the user typed wrong. */
function usageMessage(error: unknown): string {
  const { code, message } = error as { code?: string; message: string };
  const flag = /'(-[^']*)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && flag) return `unknown flag '${flag}'`;
  return message;
}

/** A string flag's value, `undefined` when not given. */
export function stringFlag(values: Values, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** A repeatable flag's values; Flux's comma-separated lists are split too. */
export function listFlag(
  values: Values,
  name: string,
  options: { commas?: boolean } = {},
): string[] {
  const value = values[name];
  const list = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  return options.commas ? list.flatMap((v) => v.split(',')).filter((v) => v !== '') : list;
}

/** `--output json` or the default text. */
export function outputFormat(values: Values): 'text' | 'json' {
  const value = stringFlag(values, 'output') ?? 'text';
  if (value !== 'text' && value !== 'json') {
    throw usageError(`--output must be 'text' or 'json', not '${value}'`);
  }
  return value;
}

/** The `--output json|text` flag of commands that print a result a script may parse. */
export const OUTPUT_FORMAT_FLAG: Flag = {
  name: 'output',
  short: 'o',
  type: 'string',
  value: '<text|json>',
  description: "How to print the result: 'text' (default) or 'json' (one JSON document on stdout).",
};
