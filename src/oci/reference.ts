// Registry references: `oci://host[:port]/repository[:tag|@digest]`, parsed, validated against the
// distribution spec's grammar and normalised the way Docker and Flux name the same thing.
import { UserError, ErrorCode } from '../errors.js';
import { isDigest } from './digest.js';

export interface Reference {
  /** `host[:port]`, lower-case; `docker.io` for every Docker Hub alias. */
  registry: string;
  /** The repository path, lower-case; `library/<name>` for one-part Docker Hub names. */
  repository: string;
  tag?: string;
  digest?: string;
  /** The repository exactly as written, when it held upper-case letters and was lower-cased. */
  lowercasedFrom?: string;
}

const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_ALIASES = new Set([DOCKER_HUB, 'index.docker.io', 'registry-1.docker.io']);
/** Docker Hub's API does not answer on `docker.io` itself. */
const DOCKER_HUB_API = 'registry-1.docker.io';

// distribution-spec: a path component is lower-case alphanumerics joined by `.`, `_`, `__` or `-`s.
const PATH_COMPONENT = '[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*';
const REPOSITORY_PATTERN = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
const TAG_PATTERN = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;
const HOST_LABEL = '[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?';
const HOST_PATTERN = new RegExp(
  `^(?:${HOST_LABEL}(?:\\.${HOST_LABEL})*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]{1,5})?$`,
);
/** Docker's limit on `<registry>/<repository>`, which registries enforce too. */
export const MAX_NAME_LENGTH = 255;

export function isValidTag(tag: string): boolean {
  return TAG_PATTERN.test(tag);
}

export function isValidRepository(repository: string): boolean {
  return REPOSITORY_PATTERN.test(repository);
}

function invalid(url: string, why: string): UserError {
  return new UserError(
    ErrorCode.REFERENCE_INVALID,
    `'${url}' is not a valid OCI reference: ${why}. ` +
      'Expected oci://<host>[:<port>]/<repository>[:<tag>], e.g. oci://ghcr.io/my-org/manifests.',
  );
}

/** Whether the first path component names a registry, by Docker's rule (a dot, a port, localhost). */
function looksLikeHost(component: string): boolean {
  return (
    component.includes('.') ||
    component.includes(':') ||
    component.startsWith('[') ||
    component === 'localhost'
  );
}

/**
 * Parses `oci://host[:port]/repository[:tag][@sha256:…]` (the `oci://` prefix may be left out).
 * Without a host the reference is Docker Hub's, as for `docker pull`. An upper-case repository is
 * lower-cased and reported in `lowercasedFrom`.
 */
export function parseReference(url: string): Reference {
  const schemeMatch = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//.exec(url);
  if (schemeMatch && schemeMatch[1]!.toLowerCase() !== 'oci') {
    throw invalid(url, `the scheme must be oci://, not ${schemeMatch[1]}://`);
  }
  let rest = schemeMatch ? url.slice(schemeMatch[0].length) : url;
  if (rest.trim() !== rest || rest === '') throw invalid(url, 'it is empty or has spaces');

  let digest: string | undefined;
  const at = rest.lastIndexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!isDigest(digest)) {
      throw invalid(url, `'${digest}' is not a digest (sha256:<64 hex digits>)`);
    }
  }

  let tag: string | undefined;
  const lastColon = rest.lastIndexOf(':');
  if (lastColon > rest.lastIndexOf('/') && !rest.slice(lastColon).includes(']')) {
    tag = rest.slice(lastColon + 1);
    rest = rest.slice(0, lastColon);
    if (!isValidTag(tag)) {
      throw invalid(
        url,
        `the tag '${tag}' must match [a-zA-Z0-9_][a-zA-Z0-9._-]{0,127} (at most 128 characters)`,
      );
    }
  }

  const slash = rest.indexOf('/');
  let registry: string;
  let written: string;
  if (slash !== -1 && looksLikeHost(rest.slice(0, slash))) {
    registry = rest.slice(0, slash).toLowerCase();
    written = rest.slice(slash + 1);
  } else if (slash === -1 && looksLikeHost(rest)) {
    throw invalid(url, 'the repository is missing after the registry host');
  } else {
    registry = DOCKER_HUB;
    written = rest;
  }
  if (!HOST_PATTERN.test(registry)) {
    throw invalid(url, `'${registry}' is not a registry host name`);
  }
  if (DOCKER_HUB_ALIASES.has(registry)) {
    registry = DOCKER_HUB;
    if (!written.includes('/')) written = `library/${written}`;
  }

  const repository = written.toLowerCase();
  if (!isValidRepository(repository)) {
    throw invalid(
      url,
      `the repository '${written}' must be lower-case letters, digits and separators ` +
        "('.', '_', '__', '-') in '/'-separated components",
    );
  }
  if (registry.length + 1 + repository.length > MAX_NAME_LENGTH) {
    throw invalid(url, `'${registry}/${repository}' is longer than ${MAX_NAME_LENGTH} characters`);
  }
  return {
    registry,
    repository,
    ...(tag === undefined ? {} : { tag }),
    ...(digest === undefined ? {} : { digest }),
    ...(repository === written ? {} : { lowercasedFrom: written }),
  };
}

/** The host that answers the registry API for a registry name. */
export function apiHost(registry: string): string {
  return registry === DOCKER_HUB ? DOCKER_HUB_API : registry;
}

export function isDockerHub(registry: string): boolean {
  return DOCKER_HUB_ALIASES.has(registry);
}

/** The host name without port or IPv6 brackets, lower-case. */
export function hostName(host: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(host);
  if (bracketed) return bracketed[1]!.toLowerCase();
  return host.replace(/:\d+$/, '').toLowerCase();
}

/** `localhost`, `127.0.0.0/8` or `::1`: traffic that never leaves the machine. */
export function isLoopbackHost(host: string): boolean {
  const name = hostName(host);
  return (
    name === 'localhost' ||
    name.endsWith('.localhost') ||
    /^127(?:\.\d{1,3}){3}$/.test(name) ||
    name === '::1'
  );
}
