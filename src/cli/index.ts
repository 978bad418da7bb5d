#!/usr/bin/env node
// The CLI: the action's flow outside GitHub Actions. Every input is a flag of the same name, the
// context comes from `git`, logs go to stderr and the outputs to stdout as `name=value` lines.
import { parseArgs, type ParseArgsOptionDescriptor } from 'node:util';
import { readFileSync } from 'node:fs';
import { gitContext } from './context/git.js';
import { consoleLog } from './console-log.js';
import { describeFailure, inputError } from './errors.js';
import { INPUTS, parseInputs } from './inputs.js';
import { cancelled, exitWhenCancelled } from './cancellation.js';
import { SUBCOMMAND_NAMES, subcommand } from './commands/dispatch.js';
import { publish } from './main.js';
import { OUTPUTS, outputValues } from './report/outputs.js';
import { environmentIdentityToken } from './sign/identity-token.js';

/**
 * Secrets on a command line show in `ps` and shell history: the CLI also takes them from the
 * environment, and `--cosign-key` names the key file (as cosign's `--key` does).
 */
const SECRET_ENV: Record<string, string> = {
  password: 'REGISTRY_PASSWORD',
  'cosign-password': 'COSIGN_PASSWORD',
  'github-token': 'GITHUB_TOKEN',
};

/** Where a flag means something other than its action input does. */
const CLI_DESCRIPTIONS = {
  'cosign-key': 'The cosign private key file to sign with (cosign.key).',
  sign:
    'Sign the manifest digest with Sigstore: keyless, with the OIDC token in SIGSTORE_ID_TOKEN ' +
    "(your CI system's token for the 'sigstore' audience), or with --cosign-key when given.",
};

/** Inputs that take one value a line in the action take the flag once per value here. */
const MULTI_LINE = new Set(['promote', 'ignore-paths', 'annotations']);
const BOOLEAN = new Set(INPUTS.filter((i) => i.default === 'false').map((i) => i.name));

function help(): string {
  const flags = INPUTS.map((input) => {
    const value = BOOLEAN.has(input.name) ? '' : ' <value>';
    const fallback = input.cliDefault ?? input.default;
    const shown =
      fallback && !fallback.startsWith('${{') ? ` (default: ${fallback.replace(/\n/g, '; ')})` : '';
    const env = SECRET_ENV[input.name] ? ` Or set ${SECRET_ENV[input.name]}.` : '';
    const description =
      CLI_DESCRIPTIONS[input.name as keyof typeof CLI_DESCRIPTIONS] ?? input.description;
    return `  --${input.name}${value}\n      ${description}${shown}${env}`;
  });
  return [
    'Usage: publish-oci-artifact [--url oci://<registry>/<repository>] [--path <dir>] [flags]',
    `       publish-oci-artifact <${SUBCOMMAND_NAMES.join('|')}> … (each with --help)`,
    '',
    'Packages a directory as a Flux OCI artifact (or, with --artifact-type helm-chart, a Helm',
    'chart as helm package and helm push do) and publishes it. With no --url it writes to the OCI',
    `layout directory ./oci-layout. Flags repeat for one value a line (${[...MULTI_LINE].join(', ')}).`,
    '',
    'Flags:',
    ...flags,
    '  --debug\n      Print debug lines and stack traces.',
    '  --help\n      Print this help.',
    '',
    `Outputs (stdout, name=value): ${OUTPUTS.map((o) => o.name).join(', ')}`,
  ].join('\n');
}

function readKeyFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw inputError('cosign-key', `cannot read the key file ${path}: ${(error as Error).message}`);
  }
}

async function main(argv: string[]): Promise<number> {
  const options: Record<string, ParseArgsOptionDescriptor> = {
    help: { type: 'boolean', short: 'h' },
    debug: { type: 'boolean' },
  };
  for (const input of INPUTS) {
    options[input.name] = BOOLEAN.has(input.name)
      ? { type: 'boolean' }
      : { type: 'string', multiple: MULTI_LINE.has(input.name) };
  }
  const { values } = parseArgs({ args: argv, options, allowNegative: true, strict: true });
  if (values.help) {
    process.stdout.write(`${help()}\n`);
    return 0;
  }
  const log = consoleLog({ debug: values.debug === true });
  const read = (name: string): string => {
    const value = values[name];
    if (value === undefined) return process.env[SECRET_ENV[name] ?? ''] ?? '';
    if (name === 'cosign-key') return readKeyFile(String(value));
    return Array.isArray(value) ? value.join('\n') : String(value);
  };
  try {
    const cwd = process.cwd();
    const inputs = parseInputs(read, {
      forCli: true,
      log,
      workspace: cwd,
    });
    const context = await gitContext(cwd);
    const result = await publish(inputs, context, log, {
      workspace: cwd,
      env: process.env,
      userAgent: 'publish-oci-artifact-cli',
      identity: environmentIdentityToken(process.env),
    });
    for (const [name, value] of Object.entries(outputValues(result))) {
      process.stdout.write(`${name}=${value.replace(/\n/g, ' ')}\n`);
    }
    return 0;
  } catch (error) {
    // A cancelled run's requests fail on purpose: exitWhenCancelled reports it, then exits.
    if (cancelled.aborted) await new Promise(() => undefined);
    if (values.debug && error instanceof Error && error.stack) log.debug(error.stack);
    log.info(`error: ${describeFailure(error).message}`);
    return 1;
  }
}

// Ctrl-C or a CI system's cancel: give back open upload sessions (cancellation.ts), then exit.
exitWhenCancelled((signal) =>
  process.stderr.write(
    `error: cancelled (${signal}) before the publish finished: no tag points at a partial artifact.\n`,
  ),
);

// A subcommand's name first runs it; anything else is publish, as before subcommands existed.
const [first, ...rest] = process.argv.slice(2);
const run = subcommand(first);
if (run) {
  process.exitCode = await run(rest);
} else {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    // Flag parsing errors: one line, and the way to the help.
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.stderr.write('Run with --help to list the flags.\n');
    process.exitCode = 2;
  }
}
