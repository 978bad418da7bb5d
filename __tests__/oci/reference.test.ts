// References as users write them: normalised the way Docker and Flux name the same repository,
// and refused with a message that says what is wrong.
import { describe, expect, it } from 'vitest';
import { apiHost, isLoopbackHost, parseReference } from '../../src/oci/reference.js';
import { parseLocation } from '../../src/oci/location.js';

const digest = `sha256:${'a'.repeat(64)}`;

describe('parseReference', () => {
  it.each([
    ['oci://ghcr.io/org/app', { registry: 'ghcr.io', repository: 'org/app' }],
    ['oci://ghcr.io/org/app:v1.2.3', { registry: 'ghcr.io', repository: 'org/app', tag: 'v1.2.3' }],
    [
      `oci://localhost:5000/a/b/c@${digest}`,
      { registry: 'localhost:5000', repository: 'a/b/c', digest },
    ],
    [
      `oci://127.0.0.1:5000/app:latest@${digest}`,
      { registry: '127.0.0.1:5000', repository: 'app', tag: 'latest', digest },
    ],
    ['oci://[::1]:5000/app:v1', { registry: '[::1]:5000', repository: 'app', tag: 'v1' }],
    ['ghcr.io/org/app', { registry: 'ghcr.io', repository: 'org/app' }],
    ['oci://GHCR.io/org/app', { registry: 'ghcr.io', repository: 'org/app' }],
  ])('parses %s', (url, expected) => {
    expect(parseReference(url)).toEqual(expected);
  });

  it.each([
    ['oci://docker.io/nginx', 'library/nginx'],
    ['oci://index.docker.io/nginx', 'library/nginx'],
    ['oci://registry-1.docker.io/user/app', 'user/app'],
    ['oci://stefanprodan/podinfo', 'stefanprodan/podinfo'],
    ['oci://podinfo:6.1.5', 'library/podinfo'],
  ])('normalises the Docker Hub reference %s', (url, repository) => {
    expect(parseReference(url)).toMatchObject({ registry: 'docker.io', repository });
  });

  it('lower-cases a repository with upper-case letters and says it did', () => {
    expect(parseReference('oci://ghcr.io/My-Org/App:Tag')).toEqual({
      registry: 'ghcr.io',
      repository: 'my-org/app',
      tag: 'Tag',
      lowercasedFrom: 'My-Org/App',
    });
  });

  it.each([
    ['https://ghcr.io/org/app', 'scheme must be oci://'],
    ['oci://ghcr.io/', 'repository'],
    ['oci://ghcr.io', 'repository is missing'],
    ['oci://ghcr.io/org/app:-bad', 'tag'],
    [`oci://ghcr.io/org/app:${'x'.repeat(129)}`, 'tag'],
    ['oci://ghcr.io/org/app@sha256:abc', 'not a digest'],
    ['oci://ghcr.io/org//app', 'repository'],
    ['oci://ghcr.io/org/app_', 'repository'],
    ['oci://ghcr.io/org/app ', 'spaces'],
    ['oci://bad_host.io/app', 'host'],
  ])('refuses %s', (url, why) => {
    let error: unknown;
    try {
      parseReference(url);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'REFERENCE_INVALID' });
    expect((error as Error).message).toContain(why);
  });
});

describe('apiHost', () => {
  it('sends Docker Hub requests to registry-1.docker.io and others to their own host', () => {
    expect(apiHost(parseReference('oci://nginx').registry)).toBe('registry-1.docker.io');
    expect(apiHost('ghcr.io')).toBe('ghcr.io');
  });
});

describe('isLoopbackHost', () => {
  it.each([
    ['localhost:5000', true],
    ['127.0.0.1', true],
    ['127.1.2.3:80', true],
    ['[::1]:5000', true],
    ['ghcr.io', false],
    ['127.0.0.1.example.com', false],
    ['10.0.0.1', false],
  ])('%s → %s', (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });
});

describe('parseLocation', () => {
  it('resolves a layout directory against the workspace', () => {
    expect(parseLocation('oci-layout:out/oci', '/home/runner/work/repo')).toEqual({
      kind: 'layout',
      directory: '/home/runner/work/repo/out/oci',
    });
  });

  it('parses a registry target into its reference', () => {
    expect(parseLocation('oci://ghcr.io/org/app')).toEqual({
      kind: 'registry',
      registry: 'ghcr.io',
      repository: 'org/app',
    });
  });
});
