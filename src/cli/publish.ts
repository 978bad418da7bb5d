// `publish` (the default command): the action's flow outside GitHub Actions. Every input is a flag
// of the same name, the context comes from `git` (context/git.ts), logs go to stderr and the outputs
// that have a value to stdout, as `name=value` lines or with `--output json` one JSON document.
import { readFileSync } from 'node:fs';
import { gitContext } from '../context/git.js';
import { inputError } from '../errors.js';
import { INPUTS, parseInputs } from '../inputs.js';
import { publish } from '../main.js';
import { OUTPUTS } from '../report/outputs.js';
import type { PublishResult } from '../report/result.js';
import { environmentIdentityToken } from '../sign/identity-token.js';
import {
  OUTPUT_FORMAT_FLAG,
  outputFormat,
  runCommand,
  stringFlag,
  type CommandSpec,
  type Flag,
} from './command.js';
import { COMMAND_NAMES } from './dispatch.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { CREDS_FLAG, givenCredentials, REGISTRY_ENV } from './repository.js';

/**
 * Secrets on a command line show in `ps` and shell history: the CLI also takes them from the
 * environment, and `--cosign-key` names the key file (as cosign's `--key` does).
 */
const SECRET_ENV: Record<string, string> = {
  ...REGISTRY_ENV,
  'cosign-password': 'COSIGN_PASSWORD',
  'github-token': 'GITHUB_TOKEN',
};

/** Where a flag means something other than its action input does. */
const CLI_DESCRIPTIONS: Record<string, string> = {
  'cosign-key': 'The cosign private key file to sign with (cosign.key).',
  sign:
    'Sign the manifest digest with Sigstore: keyless, with the OIDC token in SIGSTORE_ID_TOKEN ' +
    "(your CI system's token for the 'sigstore' audience), or with --cosign-key when given.",
};

/** Inputs that take one value a line in the action take the flag once per value here. */
const MULTI_LINE = new Set(['promote', 'ignore-paths', 'annotations']);
const BOOLEAN = new Set(INPUTS.filter((i) => i.default === 'false').map((i) => i.name));

const INPUT_FLAGS: Flag[] = INPUTS.map((input) => {
  const fallback = input.cliDefault ?? input.default;
  const shown =
    fallback && !fallback.startsWith('${{') ? ` (default: ${fallback.replace(/\n/g, '; ')})` : '';
  const env = SECRET_ENV[input.name] ? ` Or set ${SECRET_ENV[input.name]}.` : '';
  return {
    name: input.name,
    type: BOOLEAN.has(input.name) ? 'boolean' : 'string',
    ...(MULTI_LINE.has(input.name) ? { multiple: true } : {}),
    description: `${CLI_DESCRIPTIONS[input.name] ?? input.description}${shown}${env}`,
  };
});

const CURRENT_OUTPUTS = OUTPUTS.filter((output) => !output.deprecated);

const SPEC: CommandSpec = {
  name: 'publish',
  usage: 'publish [--url oci://<registry>/<repository>] [--path <dir>] [flags]',
  description: [
    'Packages a directory as a Flux OCI artifact (or, with --artifact-type helm-chart, a Helm',
    'chart as helm package and helm push do) and publishes it. With no --url it writes to the OCI',
    `layout directory ./oci-layout. Flags repeat for one value a line (${[...MULTI_LINE].join(', ')}).`,
    'publish is the default command: `publish-oci-artifact --path deploy` is the same run.',
  ].join('\n'),
  positionals: [],
  flags: [
    ...INPUT_FLAGS,
    CREDS_FLAG,
    {
      name: 'git-tag',
      type: 'string',
      value: '<tag>',
      description:
        'The Git tag to publish as, among those pointing at HEAD (default: the newest of them; ' +
        'with none, the checked-out branch).',
    },
    OUTPUT_FORMAT_FLAG,
  ],
  notes: [
    `Outputs (stdout, name=value, those with a value): ${CURRENT_OUTPUTS.map((o) => o.name).join(', ')}.`,
    'With --output json, all of them in one JSON document (the plan as an object).',
    `Other commands (each with --help): ${COMMAND_NAMES.filter((n) => n !== 'publish').join(', ')}.`,
  ],
};

function readKeyFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw inputError('cosign-key', `cannot read the key file ${path}: ${(error as Error).message}`);
  }
}

/** What a script reads: the outputs that have a value, or all of them as JSON. */
function printOutputs(result: PublishResult, format: 'text' | 'json'): void {
  if (format === 'json') {
    const values = Object.fromEntries(CURRENT_OUTPUTS.map((o) => [o.name, o.value(result)]));
    process.stdout.write(`${JSON.stringify({ ...values, plan: result.plan })}\n`);
    return;
  }
  for (const output of CURRENT_OUTPUTS) {
    // The plan is logged, line by line, on stderr; as one line of JSON here it is noise.
    if (output.name === 'plan') continue;
    const value = output.value(result);
    if (value !== '') process.stdout.write(`${output.name}=${value.replace(/\n/g, ' ')}\n`);
  }
}

export function run(argv: string[]): Promise<ExitCode> {
  return runCommand(SPEC, argv, async ({ values, log }) => {
    const format = outputFormat(values);
    const credentials = givenCredentials(values);
    const read = (name: string): string => {
      if (name === 'username' || name === 'password') return credentials[name];
      const value = values[name];
      if (value === undefined) return process.env[SECRET_ENV[name] ?? ''] ?? '';
      if (name === 'cosign-key') return readKeyFile(String(value));
      return Array.isArray(value) ? value.join('\n') : String(value);
    };
    const cwd = process.cwd();
    const inputs = parseInputs(read, { forCli: true, log, workspace: cwd });
    const gitTag = stringFlag(values, 'git-tag');
    const context = await gitContext(cwd, process.env, { ...(gitTag ? { gitTag } : {}), log });
    const result = await publish(inputs, context, log, {
      workspace: cwd,
      env: process.env,
      userAgent: 'publish-oci-artifact-cli',
      identity: environmentIdentityToken(process.env),
    });
    printOutputs(result, format);
    return EXIT.ok;
  });
}
