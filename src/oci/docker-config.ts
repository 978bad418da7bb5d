// Docker's `config.json`: the parts that say where a registry's credentials are (`credHelpers`,
// `credsStore`) or hold them (`auths`). Keys are matched the way Docker matches them: by host, with
// or without scheme and path, Docker Hub under any of its names.
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { UserError, ErrorCode } from '../errors.js';
import { isDockerHub } from './reference.js';

export interface DockerAuthEntry {
  auth?: string;
  username?: string;
  password?: string;
  identitytoken?: string;
  registrytoken?: string;
}

export interface DockerConfig {
  path: string;
  auths: Record<string, DockerAuthEntry>;
  credHelpers: Record<string, string>;
  credsStore?: string;
}

/** The key Docker itself uses for Docker Hub, and the server URL its helpers expect. */
export const DOCKER_HUB_SERVER = 'https://index.docker.io/v1/';

export function dockerConfigDir(explicit?: string): string {
  return explicit ?? process.env.DOCKER_CONFIG ?? join(homedir(), '.docker');
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The config in `dir`, or `undefined` when there is none. */
export async function readDockerConfig(dir: string): Promise<DockerConfig | undefined> {
  const path = join(dir, 'config.json');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UserError(
      ErrorCode.DOCKER_CONFIG_INVALID,
      `Could not read the Docker config ${path}.`,
      {
        cause: error,
      },
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    throw new UserError(
      ErrorCode.DOCKER_CONFIG_INVALID,
      `The Docker config ${path} is not valid JSON; fix or remove it.`,
      { cause },
    );
  }
  if (!isRecord(parsed)) {
    throw new UserError(
      ErrorCode.DOCKER_CONFIG_INVALID,
      `The Docker config ${path} is not a JSON object.`,
    );
  }
  const auths = isRecord(parsed.auths) ? (parsed.auths as Record<string, DockerAuthEntry>) : {};
  const credHelpers = isRecord(parsed.credHelpers)
    ? (Object.fromEntries(
        Object.entries(parsed.credHelpers).filter(([, v]) => typeof v === 'string'),
      ) as Record<string, string>)
    : {};
  const credsStore =
    typeof parsed.credsStore === 'string' && parsed.credsStore ? parsed.credsStore : undefined;
  return { path, auths, credHelpers, ...(credsStore ? { credsStore } : {}) };
}

/** `https://index.docker.io/v1/` → `docker.io`; `https://host:5000/x` → `host:5000`. */
export function configKeyHost(key: string): string {
  const host = key
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/\/.*$/, '')
    .toLowerCase();
  return isDockerHub(host) ? 'docker.io' : host;
}

/** The value stored under the key that names `registry`, if any. */
export function lookup<T>(entries: Record<string, T>, registry: string): T | undefined {
  const wanted = configKeyHost(registry);
  for (const [key, value] of Object.entries(entries)) {
    if (configKeyHost(key) === wanted) return value;
  }
  return undefined;
}
