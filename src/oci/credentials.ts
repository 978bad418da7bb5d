// Where a registry's credentials come from, first hit wins: explicit username and password; the
// Docker config (`credHelpers`, `credsStore`, `auths`); for ghcr.io only, the workflow's token.
// Every secret found is handed to `maskSecret` before anything else sees it.
import { UserError } from '../errors.js';
import { runCredentialHelper } from './credential-helper.js';
import {
  DOCKER_HUB_SERVER,
  dockerConfigDir,
  lookup,
  readDockerConfig,
  type DockerAuthEntry,
} from './docker-config.js';
import type { OciLogger } from './options.js';
import { hostName, isDockerHub } from './reference.js';

export interface Credential {
  username?: string;
  password?: string;
  /** An OAuth2 refresh token (Docker's `identitytoken`, a helper's `<token>` user). */
  identityToken?: string;
  /** A bearer token to send as is (Docker's `registrytoken`). */
  registryToken?: string;
  /** Where it came from, for messages; never the secret. */
  source: string;
}

export interface CredentialOptions {
  username?: string;
  password?: string;
  githubToken?: string;
  githubActor?: string;
  dockerConfigDir?: string;
  credentialHelperTimeoutMs?: number;
  maskSecret: (secret: string) => void;
  log: OciLogger;
}

/** Docker's marker, in a helper's answer or an `auths` entry, for "the secret is an identity token". */
const IDENTITY_TOKEN_USER = '<token>';

function masked(credential: Credential, mask: (secret: string) => void): Credential {
  const { username, password, identityToken, registryToken } = credential;
  for (const secret of [password, identityToken, registryToken]) if (secret) mask(secret);
  // The Basic header carries `user:password` in base64, a derived secret masked as well; an
  // identity token goes in that header's password place when the token GET falls back to Basic.
  const basicPassword = password ?? identityToken;
  if (basicPassword !== undefined) {
    mask(Buffer.from(`${username ?? ''}:${basicPassword}`).toString('base64'));
  }
  return credential;
}

function fromAuthEntry(entry: DockerAuthEntry, source: string): Credential | undefined {
  if (entry.identitytoken) {
    return {
      username: entry.username ?? IDENTITY_TOKEN_USER,
      identityToken: entry.identitytoken,
      source,
    };
  }
  if (entry.registrytoken) return { registryToken: entry.registrytoken, source };
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon === -1) return undefined;
    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source };
  }
  if (entry.username && entry.password) {
    return { username: entry.username, password: entry.password, source };
  }
  return undefined;
}

async function fromHelper(
  helper: string,
  registry: string,
  options: CredentialOptions,
  source: string,
): Promise<Credential | undefined> {
  const serverUrl = isDockerHub(registry) ? DOCKER_HUB_SERVER : registry;
  try {
    const answer = await runCredentialHelper(
      helper,
      serverUrl,
      options.credentialHelperTimeoutMs ?? 30_000,
    );
    if (!answer) return undefined;
    return answer.username === IDENTITY_TOKEN_USER
      ? { username: IDENTITY_TOKEN_USER, identityToken: answer.secret, source }
      : { username: answer.username, password: answer.secret, source };
  } catch (error) {
    if (error instanceof UserError && error.code === 'CREDENTIAL_HELPER_INVALID') throw error;
    // A broken helper is reported, and the next source tried, as Docker users expect from CI.
    options.log.warning(
      `${error instanceof Error ? error.message : String(error)} Trying other credential sources.`,
    );
    return undefined;
  }
}

async function fromDockerConfig(
  registry: string,
  options: CredentialOptions,
): Promise<Credential | undefined> {
  const config = await readDockerConfig(dockerConfigDir(options.dockerConfigDir));
  if (!config) return undefined;
  const helper = lookup(config.credHelpers, registry);
  if (helper) {
    const found = await fromHelper(
      helper,
      registry,
      options,
      `credential helper docker-credential-${helper}`,
    );
    if (found) return found;
  }
  if (config.credsStore) {
    const found = await fromHelper(
      config.credsStore,
      registry,
      options,
      `credential store docker-credential-${config.credsStore}`,
    );
    if (found) return found;
  }
  const entry = lookup(config.auths, registry);
  return entry ? fromAuthEntry(entry, `${config.path} (auths)`) : undefined;
}

/**
 * The credential for `registry` (`host[:port]`, `docker.io` for Docker Hub), or `undefined` to go
 * anonymous. Secrets are masked as soon as they are read.
 */
export async function findCredential(
  registry: string,
  options: CredentialOptions,
): Promise<Credential | undefined> {
  const { username, password } = options;
  // Given together or not at all: parseInputs refuses one without the other.
  if (username && password) {
    return masked({ username, password, source: "'username' and 'password'" }, options.maskSecret);
  }
  const configured = await fromDockerConfig(registry, options);
  if (configured) return masked(configured, options.maskSecret);
  if (hostName(registry) === 'ghcr.io' && options.githubToken) {
    return masked(
      {
        username: options.githubActor || 'github-actions',
        password: options.githubToken,
        source: "the workflow's GITHUB_TOKEN",
      },
      options.maskSecret,
    );
  }
  return undefined;
}
