// The registry flags every command takes, the same as publish's inputs (`--username`,
// `--password`, `--insecure-registry`; Flux's `--creds` as another spelling) and the same
// environment (REGISTRY_USERNAME, REGISTRY_PASSWORD), and the one place the other commands open a
// repository: with the credential chain the action uses, and a terminal's patience for retries.
import { ErrorCode, UserError } from '../errors.js';
import type { Log } from '../log.js';
import { credentialChain } from '../oci/credentials.js';
import { openRepository } from '../oci/open.js';
import type { Location } from '../oci/location.js';
import type { Repository } from '../oci/repository.js';
import { CREDENTIAL_INPUTS } from '../run.js';
import type { Flag, Values } from './command.js';

/** Secrets on a command line show in `ps` and shell history: these come from the environment too. */
export const REGISTRY_ENV = {
  username: 'REGISTRY_USERNAME',
  password: 'REGISTRY_PASSWORD',
} as const;

/** `--creds`, Flux's spelling of `--username` and `--password` together. */
export const CREDS_FLAG: Flag = {
  name: 'creds',
  type: 'string',
  value: '<username>:<password>',
  description: "--username and --password in one, as Flux's flag takes them.",
};

/** The registry flags of the commands other than publish (whose flags are its inputs). */
export const REGISTRY_FLAGS: Flag[] = [
  {
    name: 'username',
    type: 'string',
    description: `Registry user name. Or set ${REGISTRY_ENV.username}.`,
  },
  {
    name: 'password',
    type: 'string',
    description:
      `Registry password or token, with --username. Or set ${REGISTRY_ENV.password}. Without ` +
      'them: the Docker config (~/.docker/config.json, credential helpers), else anonymous.',
  },
  CREDS_FLAG,
  {
    name: 'insecure-registry',
    type: 'boolean',
    description:
      'Allow plain HTTP to a registry that is not on loopback (loopback always may use HTTP).',
  },
];

/** `--creds <username>:<password>`. */
function parseCreds(creds: string): { username: string; password: string } {
  const colon = creds.indexOf(':');
  if (colon <= 0 || colon === creds.length - 1) {
    throw new UserError(
      ErrorCode.USAGE_INVALID,
      `--creds must be '<username>:<password>'. Prefer ${REGISTRY_ENV.username} and ` +
        `${REGISTRY_ENV.password} or docker login: a flag shows in the process list.`,
      { input: 'creds' },
    );
  }
  return { username: creds.slice(0, colon), password: creds.slice(colon + 1) };
}

/**
 * The username and password given: `--creds`, else `--username` and `--password`, each else its
 * environment variable. Either may be empty; publish's inputs and `openTarget` refuse one alone.
 */
export function givenCredentials(
  values: Values,
  env: NodeJS.ProcessEnv = process.env,
): { username: string; password: string } {
  const creds = values.creds;
  if (typeof creds === 'string') return parseCreds(creds);
  const flag = (name: 'username' | 'password') => {
    const value = values[name];
    return typeof value === 'string' ? value : (env[REGISTRY_ENV[name]] ?? '');
  };
  return { username: flag('username'), password: flag('password') };
}

export interface OpenOptions {
  values: Values;
  log: Log;
}

/** Opens `location` for a command; nothing is sent until the first operation. */
export function openTarget(location: Location, { values, log }: OpenOptions): Promise<Repository> {
  const { username, password } = givenCredentials(values);
  if (Boolean(username) !== Boolean(password)) {
    const missing = username ? 'password' : 'username';
    throw new UserError(
      ErrorCode.USAGE_INVALID,
      `--${missing} (or ${REGISTRY_ENV[missing]}) is not given, but ` +
        `--${missing === 'password' ? 'username' : 'password'} is: give both, or neither to use ` +
        'the Docker config.',
      { input: missing },
    );
  }
  // Retries are noted at info level for publish's log; here they are detail (--debug), the
  // error that ends the command says what happened.
  const quiet: Log = { ...log, info: (m) => log.debug(m) };
  return openRepository(location, {
    credentials: credentialChain({ username, password, source: CREDENTIAL_INPUTS, log: quiet }),
    insecure: values['insecure-registry'] === true,
    log: quiet,
    userAgent: 'publish-oci-artifact-cli',
    // Someone is waiting at a terminal: a registry that does not answer is reported in seconds,
    // not after publish's patient schedule (eight attempts over up to two minutes).
    retry: { attempts: 3, maxElapsedMs: 20_000 },
  });
}
