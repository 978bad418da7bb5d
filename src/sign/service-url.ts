// Which Sigstore service URLs signing may use. The OIDC token and the signatures travel to them, so
// plain HTTP is allowed only on loopback (private test deployments), as for registries. Shared by
// the service URL inputs (inputs.ts) and the URLs a signing config lists (signing-config.ts).
import { isLoopbackHost } from '../oci/reference.js';

/** Why `value` may not be used as a service URL, or undefined when it may. */
export function serviceURLProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `'${value}' is not a URL: give an https:// address`;
  }
  const loopbackHttp = url.protocol === 'http:' && isLoopbackHost(url.host);
  if (url.protocol !== 'https:' && !loopbackHttp) {
    return `'${value}' is not an https:// URL (plain HTTP only for loopback)`;
  }
  return undefined;
}

/** `value` without trailing slashes, as signing uses it; when it may not be used, `refuse(problem)`. */
export function usableServiceURL(value: string, refuse: (problem: string) => Error): string {
  const problem = serviceURLProblem(value);
  if (problem) throw refuse(problem);
  return value.replace(/\/+$/, '');
}
