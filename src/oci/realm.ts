// Where a registry may send us for a token. Credentials go to the realm, so a challenge must not be
// able to point them at an arbitrary host: the realm must be the registry's own host, a parent or a
// sub-domain of it, or a pairing known from the big registries; and HTTPS unless on loopback.
import { UserError, ErrorCode } from '../errors.js';
import { hostName, isLoopbackHost } from './reference.js';

/** Registries whose token service lives on an unrelated host: registry suffix → realm hosts. */
const KNOWN_REALMS: { registry: RegExp; realms: string[] }[] = [
  { registry: /(^|\.)docker\.io$/, realms: ['auth.docker.io'] },
  { registry: /(^|\.)(pkg\.dev|gcr\.io)$/, realms: ['oauth2.googleapis.com'] },
];

const isIpAddress = (name: string) => /^[\d.]+$/.test(name) || name.includes(':');

function related(registry: string, realm: string): boolean {
  if (registry === realm) return true;
  if (isIpAddress(registry) || isIpAddress(realm)) return false;
  if (realm.endsWith(`.${registry}`)) return true;
  // A parent domain, but never a bare top-level one (`com`).
  if (registry.endsWith(`.${realm}`) && realm.includes('.')) return true;
  return KNOWN_REALMS.some((k) => k.registry.test(registry) && k.realms.includes(realm));
}

/**
 * The realm as a URL, or a refusal that names both hosts. Nothing has been sent when it throws.
 * `plainHttpRegistry`: the registry itself is spoken to over HTTP (loopback, or the user's
 * `insecure-registry` opt-in), so its own token service may be too.
 */
export function checkRealm(registry: string, realm: string, plainHttpRegistry = false): URL {
  let url: URL;
  try {
    url = new URL(realm);
  } catch {
    throw refused(registry, realm, 'it is not a URL');
  }
  const plainHttpAllowed = plainHttpRegistry || isLoopbackHost(url.host);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && plainHttpAllowed)) {
    throw refused(registry, realm, 'a token service must use https');
  }
  if (url.username || url.password) {
    throw refused(registry, realm, 'it carries credentials of its own');
  }
  if (!related(hostName(registry), hostName(url.host))) {
    throw refused(
      registry,
      realm,
      `${url.hostname} is neither ${hostName(registry)} nor a parent or sub-domain of it`,
    );
  }
  return url;
}

function refused(registry: string, realm: string, why: string): UserError {
  let shown: string;
  try {
    const url = new URL(realm);
    shown = `${url.protocol}//${url.host}${url.pathname}`;
  } catch {
    shown = realm.slice(0, 100);
  }
  return new UserError(
    ErrorCode.REGISTRY_REALM_REFUSED,
    `The registry ${registry} asked for a token from ${shown}, which was refused: ${why}. ` +
      'No credentials were sent. If this registry really uses that token service, report it.',
  );
}
