// The one way in: a target string (`oci://…` or `oci-layout:<dir>`) and options become a Repository.
import { Authenticator } from './auth.js';
import { openLayout } from './layout.js';
import { dockerConfigCredentials, type Credential } from './credentials.js';
import { silentLog, type Log } from '../log.js';
import type { RepositoryOptions } from './options.js';
import { parseLocation, type Location } from './location.js';
import { apiHost, isLoopbackHost, type Reference } from './reference.js';
import { RegistryRepository } from './registry.js';
import type { Repository } from './repository.js';
import { retryPolicy } from './retry.js';
import { plainRequest, Transport } from './transport.js';

const DEFAULT_USER_AGENT = 'publish-oci-artifact';
const MiB = 1024 * 1024;

/**
 * A repository in a registry (`oci://host[:port]/repository`; a tag or digest in it is ignored) or
 * an OCI image layout on disk (`oci-layout:<dir>`). Nothing is sent until the first operation.
 */
export async function openRepository(
  target: string | Location,
  options: RepositoryOptions = {},
): Promise<Repository> {
  const log = options.log ?? silentLog;
  const parsed = typeof target === 'string' ? parseLocation(target, options.workspace) : target;
  if (parsed.kind === 'layout') {
    return openLayout(parsed.directory, log);
  }
  return Promise.resolve(openRegistry(parsed, options, log));
}

function openRegistry(reference: Reference, options: RepositoryOptions, log: Log): Repository {
  const { registry, repository } = reference;
  if (reference.lowercasedFrom) {
    log.notice(
      `The repository '${reference.lowercasedFrom}' was lower-cased to '${repository}': ` +
        'OCI repository names are lower-case.',
    );
  }
  const plainHttp = isLoopbackHost(registry) || options.insecure === true;
  if (plainHttp && !isLoopbackHost(registry)) {
    log.warning(
      `Talking plain HTTP to ${registry} as asked: credentials and content are not encrypted.`,
    );
  }
  const origin = `${plainHttp ? 'http' : 'https'}://${apiHost(registry)}`;
  const policy = retryPolicy(options.retry);
  const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
  const credentials = options.credentials ?? dockerConfigCredentials({ log });

  let credential: Promise<Credential | undefined> | undefined;
  const auth = new Authenticator({
    registry,
    origin,
    credential: () =>
      (credential ??= credentials(registry).then((found) => {
        log.debug(
          found
            ? `Using credentials for ${registry} from ${found.source}.`
            : `No credentials for ${registry}: anonymous.`,
        );
        return found;
      })),
    request: plainRequest(registry, policy, log, userAgent),
    log,
    clientId: userAgent,
  });
  const transport = new Transport({
    registry,
    origin,
    auth,
    policy,
    log,
    userAgent,
  });
  return new RegistryRepository({
    transport,
    registry,
    repository,
    policy,
    log,
    upload: {
      chunkThresholdBytes: options.upload?.chunkThresholdBytes ?? 128 * MiB,
      chunkSizeBytes: options.upload?.chunkSizeBytes ?? 32 * MiB,
    },
  });
}
