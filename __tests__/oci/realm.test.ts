// Which token realms a registry may send credentials to.
import { describe, expect, it } from 'vitest';
import { checkRealm } from '../../src/oci/realm.js';

describe('checkRealm', () => {
  it.each([
    ['ghcr.io', 'https://ghcr.io/token'],
    ['registry-1.docker.io', 'https://auth.docker.io/token'],
    ['registry.gitlab.com', 'https://gitlab.com/jwt/auth'],
    ['myregistry.azurecr.io', 'https://myregistry.azurecr.io/oauth2/token'],
    ['europe-docker.pkg.dev', 'https://oauth2.googleapis.com/token'],
    ['example.com', 'https://auth.example.com/token'],
    ['127.0.0.1:5000', 'http://127.0.0.1:5001/token'],
  ])('lets %s send us to %s', (registry, realm) => {
    expect(checkRealm(registry, realm).href).toBe(realm);
  });

  it.each([
    ['ghcr.io', 'https://evil.example/token', 'neither'],
    ['registry.example.com', 'https://com/token', 'neither'],
    ['a.github.io', 'https://b.github.io/token', 'neither'],
    ['127.0.0.1:5000', 'http://127.0.0.2:5000/token', 'neither'],
    ['ghcr.io', 'http://ghcr.io/token', 'https'],
    ['ghcr.io', 'https://user:pw@ghcr.io/token', 'credentials'],
    ['ghcr.io', 'not a url', 'not a URL'],
  ])('refuses to let %s send us to %s', (registry, realm, why) => {
    expect(() => checkRealm(registry, realm)).toThrow(
      expect.objectContaining({ code: 'REGISTRY_REALM_REFUSED' }) as Error,
    );
    expect(() => checkRealm(registry, realm)).toThrow(why);
  });

  it('lets a registry reached over plain HTTP (insecure-registry) use its own HTTP token service', () => {
    expect(checkRealm('harbor.internal', 'http://harbor.internal/service/token', true).href).toBe(
      'http://harbor.internal/service/token',
    );
  });

  it('still refuses another host to a registry reached over plain HTTP', () => {
    expect(() => checkRealm('harbor.internal', 'http://evil.example/token', true)).toThrow(
      'neither',
    );
  });
});
