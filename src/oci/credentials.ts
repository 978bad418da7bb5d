// Where a registry's credentials come from, as functions of the registry host (oras-go's
// `CredentialFunc`, go-containerregistry's keychains): given ones, the Docker config (`credHelpers`,
// `credsStore`, `auths`), and whatever a caller adds; `firstCredential` tries them in order. Each
// secret is handed to the log's mask as soon as it is read, its derived forms too.
import { UserError, ErrorCode } from '../errors.js';
import type { Log } from '../log.js';
import { runCredentialHelper } from './credential-helper.js';
import {
  DOCKER_HUB_SERVER,
  dockerConfigDir,
  lookup,
  readDockerConfig,
  type DockerAuthEntry,
} from './docker-config.js';
import { isDockerHub } from './reference.js';

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

/** The credential for `registry` (`host[:port]`, `docker.io` for Docker Hub), or undefined. */
export type CredentialFunc = (registry: string) => Promise<Credential | undefined>;

export interface DockerConfigOptions {
  /** Where `config.json` lives (default `$DOCKER_CONFIG`, else `~/.docker`). */
  directory?: string;
  /** How long a `docker-credential-*` helper may run (default 30 s). */
  helperTimeoutMs?: number;
  /** Warnings about broken helpers; every secret read is masked through it. */
  log: Log;
}

/** Docker's marker, in a helper's answer or an `auths` entry, for "the secret is an identity token". */
const IDENTITY_TOKEN_USER = '<token>';

/** Masks every secret of `credential`, and the base64 `user:secret` its Basic header carries. */
export function maskCredential(credential: Credential, log: Log): Credential {
  const { username, password, identityToken, registryToken } = credential;
  for (const secret of [password, identityToken, registryToken]) if (secret) log.setSecret(secret);
  // An identity token goes in the Basic header's password place when the token GET falls back to
  // Basic, so its derived form is a secret too.
  const basicPassword = password ?? identityToken;
  if (basicPassword !== undefined) {
    log.setSecret(Buffer.from(`${username ?? ''}:${basicPassword}`).toString('base64'));
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
  options: DockerConfigOptions,
  source: string,
): Promise<Credential | undefined> {
  const serverUrl = isDockerHub(registry) ? DOCKER_HUB_SERVER : registry;
  try {
    const answer = await runCredentialHelper(helper, serverUrl, options.helperTimeoutMs ?? 30_000);
    if (!answer) return undefined;
    return answer.username === IDENTITY_TOKEN_USER
      ? { username: IDENTITY_TOKEN_USER, identityToken: answer.secret, source }
      : { username: answer.username, password: answer.secret, source };
  } catch (error) {
    if (error instanceof UserError && error.code === ErrorCode.CREDENTIAL_HELPER_INVALID)
      throw error;
    // A broken helper is reported, and the next source tried, as Docker users expect from CI.
    options.log.warning(
      `${error instanceof Error ? error.message : String(error)} Trying other credential sources.`,
    );
    return undefined;
  }
}

async function fromDockerConfig(
  registry: string,
  options: DockerConfigOptions,
): Promise<Credential | undefined> {
  const config = await readDockerConfig(dockerConfigDir(options.directory));
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

/** Credentials the user gave for every registry (`source` names them in messages). */
export function givenCredential(
  username: string,
  password: string,
  source: string,
  log: Log,
): CredentialFunc {
  const credential = maskCredential({ username, password, source }, log);
  return () => Promise.resolve(credential);
}

/** The Docker config, as `docker login` and docker/login-action leave it. */
export function dockerConfigCredentials(options: DockerConfigOptions): CredentialFunc {
  return async (registry) => {
    const found = await fromDockerConfig(registry, options);
    return found && maskCredential(found, options.log);
  };
}

/** The first credential any of `sources` finds, asked in order; undefined: anonymous. */
export function firstCredential(...sources: CredentialFunc[]): CredentialFunc {
  return async (registry) => {
    for (const source of sources) {
      const found = await source(registry);
      if (found) return found;
    }
    return undefined;
  };
}

export interface CredentialChainOptions {
  /** Given together or not at all (the entries refuse one without the other). */
  username?: string;
  password?: string;
  /** How messages name them: the entries' input names, `'username' and 'password'`. */
  source: string;
  /** Asked last (the action: the workflow token, for ghcr.io). */
  fallback?: CredentialFunc;
  /** Every secret read is masked through it. */
  log: Log;
}

/**
 * Where the action and every CLI command look for a registry's credentials, in order: the
 * username and password given (inputs, flags or REGISTRY_USERNAME and REGISTRY_PASSWORD), the
 * Docker config, the entry's fallback; else anonymous.
 */
export function credentialChain(options: CredentialChainOptions): CredentialFunc {
  const { username, password, log } = options;
  return firstCredential(
    ...(username && password ? [givenCredential(username, password, options.source, log)] : []),
    dockerConfigCredentials({ log }),
    ...(options.fallback ? [options.fallback] : []),
  );
}
