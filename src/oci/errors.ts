// Registry answers turned into errors a user can act on: the OCI error body parsed into codes, the
// request named (without its query, which may carry signed upload state), and a hint for the
// registries whose failures have a known cause.
import { UserError, ErrorCode } from '../errors.js';
import { hostName } from './reference.js';
import type { HttpResponse } from './http.js';

/** One entry of the OCI error body `{"errors":[{code,message,detail}]}`. */
export interface RegistryErrorDetail {
  code: string;
  message: string;
  detail?: unknown;
}

/** What the failed request was doing, for the message. */
export interface RequestContext {
  /** e.g. `push blob sha256:… to`, `read manifest v1 from`, completed by the repository name. */
  operation: string;
  /** `<registry>/<repository>` as the user wrote it. */
  displayName: string;
  registry: string;
  repository: string;
  method: string;
  url: string | URL;
  /** Whether credentials were found for the registry (a 401 then means they are wrong). */
  authenticated: boolean;
  /** Where those credentials came from, e.g. `'username' and 'password'`, to name in messages. */
  credentialSource?: string;
}

export class RegistryError extends UserError {
  /** `host[:port]` of the registry that answered. */
  readonly registry: string;
  readonly status: number;
  /** The first OCI error code of the body (`DENIED`, `NAME_UNKNOWN`, …), when there was one. */
  readonly registryCode: string | undefined;
  readonly errors: RegistryErrorDetail[];
  readonly method: string;
  /** The request URL without its query. */
  readonly url: string;

  constructor(
    code: ErrorCode,
    message: string,
    details: {
      registry: string;
      status: number;
      errors: RegistryErrorDetail[];
      method: string;
      url: string;
    },
  ) {
    super(code, message);
    this.name = 'RegistryError';
    this.registry = details.registry;
    this.status = details.status;
    this.errors = details.errors;
    this.registryCode = details.errors[0]?.code;
    this.method = details.method;
    this.url = details.url;
  }
}

/** Parses the OCI error body; anything else yields no entries (the raw text goes in the message). */
export function parseErrorBody(text: string): RegistryErrorDetail[] {
  try {
    const body = JSON.parse(text) as { errors?: unknown };
    if (!Array.isArray(body.errors)) return [];
    return body.errors.flatMap((entry: unknown) => {
      if (!entry || typeof entry !== 'object') return [];
      const { code, message, detail } = entry as Record<string, unknown>;
      return [
        {
          code: typeof code === 'string' ? code : 'UNKNOWN',
          message: typeof message === 'string' ? message : '',
          ...(detail === undefined ? {} : { detail }),
        },
      ];
    });
  } catch {
    return [];
  }
}

function withoutQuery(url: string | URL): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

function errorCode(status: number, registryCode: string | undefined): ErrorCode {
  if (status === 401 || registryCode === 'UNAUTHORIZED') return ErrorCode.REGISTRY_UNAUTHORIZED;
  if (status === 403 || registryCode === 'DENIED') return ErrorCode.REGISTRY_DENIED;
  if (status === 429 || registryCode === 'TOOMANYREQUESTS') return ErrorCode.REGISTRY_RATE_LIMITED;
  if (status === 404) return ErrorCode.REGISTRY_NOT_FOUND;
  if (status >= 500 || status === 408) return ErrorCode.REGISTRY_UNAVAILABLE;
  return ErrorCode.REGISTRY_REJECTED;
}

const isEcr = (registry: string) =>
  /\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/.test(hostName(registry));

/** What the user can do about a failure, for the registries and codes whose cause is known. */
export function hint(
  context: Pick<RequestContext, 'registry' | 'repository' | 'authenticated' | 'credentialSource'>,
  status: number,
  registryCode: string | undefined,
): string {
  const { registry, repository } = context;
  const from = context.credentialSource ? ` from ${context.credentialSource}` : '';
  if (isEcr(registry) && registryCode === 'NAME_UNKNOWN') {
    return (
      `Amazon ECR does not create repositories on push: create '${repository}' first ` +
      `(aws ecr create-repository --repository-name ${repository}).`
    );
  }
  if (status === 401 || registryCode === 'UNAUTHORIZED') {
    return context.authenticated
      ? `The registry refused the credentials${from} for ${registry}: check the username and password ` +
          '(or the docker login that stored them) and that they have not expired.'
      : `No credentials were found for ${registry}: log in first (e.g. docker/login-action) ` +
          'or pass a username and password.';
  }
  if (status === 403 || registryCode === 'DENIED') {
    return `The credentials${from} were accepted but are not allowed to do this on ${registry}/${repository}: grant them push access.`;
  }
  if (status === 429 || registryCode === 'TOOMANYREQUESTS') {
    return 'The registry is rate-limiting these requests: try again later, or authenticate for a higher limit.';
  }
  if (status === 413) {
    return 'The registry refused the size of the request; it may limit blob or manifest sizes.';
  }
  if (registryCode === 'MANIFEST_BLOB_UNKNOWN' || registryCode === 'BLOB_UNKNOWN') {
    return 'The manifest refers to content the repository does not have: push blobs (and listed manifests) first.';
  }
  if (status === 415 || registryCode === 'MANIFEST_INVALID' || registryCode === 'UNSUPPORTED') {
    return (
      'The registry rejected the manifest. Some registries (e.g. GitLab, older Harbor) accept ' +
      'only an allow-list of media types or artifact types; check its documentation.'
    );
  }
  if (status >= 500 || status === 408) {
    return 'The registry failed to answer; it may be down or overloaded. Try again later.';
  }
  return '';
}

/** The `RegistryError` for an unexpected response; reads (and so consumes) its body. */
export async function registryError(
  response: HttpResponse,
  context: RequestContext,
): Promise<RegistryError> {
  const text = await response.text().catch(() => '');
  const errors = parseErrorBody(text);
  const registryCode = errors[0]?.code;
  // Distribution (and others) answer a token without the needed action with 401 and
  // `error="insufficient_scope"`: the credentials are fine, the permission is missing.
  const insufficientScope =
    response.status === 401 &&
    context.authenticated &&
    /error="?insufficient_scope/.test(response.headers.get('www-authenticate') ?? '');
  const meaning = insufficientScope ? 403 : response.status;
  const said = errors.length
    ? errors.map((e) => (e.message ? `${e.code}: ${e.message}` : e.code)).join('; ')
    : text.trim().slice(0, 200) || response.statusText;
  const advice = hint(context, meaning, insufficientScope ? 'DENIED' : registryCode);
  const message =
    `Could not ${context.operation} ${context.displayName}: the registry answered ` +
    `${response.status}${said ? ` (${said})` : ''} to ${context.method} ${withoutQuery(context.url)}.` +
    (advice ? ` ${advice}` : '');
  return new RegistryError(
    errorCode(meaning, insufficientScope ? 'DENIED' : registryCode),
    message,
    {
      registry: context.registry,
      status: response.status,
      errors,
      method: context.method,
      url: withoutQuery(context.url),
    },
  );
}

/** A registry answer that breaks the protocol (a wrong digest, a missing header). */
export function protocolError(context: RequestContext, what: string): RegistryError {
  return new RegistryError(
    ErrorCode.REGISTRY_PROTOCOL,
    `Could not ${context.operation} ${context.displayName}: ${what}.`,
    {
      registry: context.registry,
      status: 0,
      errors: [],
      method: context.method,
      url: withoutQuery(context.url),
    },
  );
}
