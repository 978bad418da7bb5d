// The one place the subcommands open a repository: credentials from --creds or REGISTRY_USERNAME and
// REGISTRY_PASSWORD, else the Docker config; a terminal's patience for retries.
import { UserError, ErrorCode } from '../errors.js';
import type { Log } from '../log.js';
import {
  dockerConfigCredentials,
  firstCredential,
  givenCredential,
  type CredentialFunc,
} from '../oci/credentials.js';
import { openRepository } from '../oci/open.js';
import type { Location } from '../oci/location.js';
import type { Repository } from '../oci/repository.js';

/** `--creds <username>:<password>`, as Flux's flag takes them. */
function parseCreds(creds: string): { username: string; password: string } {
  const colon = creds.indexOf(':');
  if (colon <= 0 || colon === creds.length - 1) {
    throw new UserError(
      ErrorCode.USAGE_INVALID,
      "--creds must be '<username>:<password>'. Prefer REGISTRY_USERNAME and REGISTRY_PASSWORD " +
        'or docker login: a flag shows in the process list.',
      { input: 'creds' },
    );
  }
  return { username: creds.slice(0, colon), password: creds.slice(colon + 1) };
}

export interface OpenOptions {
  /** `--creds`, when given. */
  creds?: string;
  log: Log;
}

/** Opens `location` for a subcommand; nothing is sent until the first operation. */
export function openTarget(location: Location, options: OpenOptions): Promise<Repository> {
  const { log } = options;
  const explicit = options.creds
    ? { ...parseCreds(options.creds), source: '--creds' }
    : process.env.REGISTRY_PASSWORD
      ? {
          username: process.env.REGISTRY_USERNAME ?? '',
          password: process.env.REGISTRY_PASSWORD,
          source: 'REGISTRY_USERNAME and REGISTRY_PASSWORD',
        }
      : undefined;
  // Retries are noted at info level for publish's log; here they are detail (--debug), the
  // error that ends the command says what happened.
  const quiet: Log = { ...log, info: (m) => log.debug(m) };
  const given: CredentialFunc[] = explicit
    ? [givenCredential(explicit.username, explicit.password, explicit.source, quiet)]
    : [];
  return openRepository(location, {
    credentials: firstCredential(...given, dockerConfigCredentials({ log: quiet })),
    log: quiet,
    userAgent: 'publish-oci-artifact-cli',
    // Someone is waiting at a terminal: a registry that does not answer is reported in seconds,
    // not after publish's patient schedule (eight attempts over up to two minutes).
    retry: { attempts: 3, maxElapsedMs: 20_000 },
  });
}
