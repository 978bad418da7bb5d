// The smallest registry client that can answer a challenge, written with plain `fetch` so that the
// harness can be checked without trusting any of the project's own code.
import { createHash } from 'node:crypto';
import type { TestRegistry, TestUser } from './registry.js';

function challengeParams(header: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [, key, value] of header.matchAll(/(\w+)="([^"]*)"/g)) params[key!] = value!;
  return params;
}

async function authorization(
  challenge: string,
  user: TestUser | undefined,
): Promise<string | undefined> {
  const basic = user
    ? `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`
    : undefined;
  if (challenge.startsWith('Basic')) return basic;
  const { realm, service, scope } = challengeParams(challenge);
  const url = new URL(realm!);
  if (service) url.searchParams.set('service', service);
  if (scope) url.searchParams.set('scope', scope);
  const res = await fetch(url, { headers: basic ? { authorization: basic } : {} });
  if (!res.ok) throw new Error(`token request failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { token?: string; access_token?: string };
  return `Bearer ${body.token ?? body.access_token}`;
}

/** One request to a test registry, answering a 401 challenge once. */
export async function rawRequest(
  registry: TestRegistry,
  user: TestUser | undefined,
  method: string,
  path: string,
  init: { headers?: Record<string, string>; body?: Buffer } = {},
): Promise<Response> {
  const url = path.startsWith('http') ? path : `${registry.origin}${path}`;
  const send = (auth?: string) =>
    fetch(url, {
      method,
      headers: { ...init.headers, ...(auth ? { authorization: auth } : {}) },
      body: init.body,
    });
  const first = await send();
  if (first.status !== 401) return first;
  await first.body?.cancel();
  return send(await authorization(first.headers.get('www-authenticate') ?? '', user));
}

export function sha256(data: Buffer | string): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

/** Pushes one blob (monolithic POST + PUT) and returns its digest. */
export async function rawPushBlob(
  registry: TestRegistry,
  user: TestUser | undefined,
  repository: string,
  data: Buffer,
): Promise<string> {
  const digest = sha256(data);
  const start = await rawRequest(registry, user, 'POST', `/v2/${repository}/blobs/uploads/`);
  if (start.status !== 202) throw new Error(`upload start: ${start.status} ${await start.text()}`);
  const location = new URL(start.headers.get('location')!, registry.origin);
  location.searchParams.set('digest', digest);
  const put = await rawRequest(registry, user, 'PUT', location.toString(), {
    headers: { 'content-type': 'application/octet-stream' },
    body: data,
  });
  if (put.status !== 201) throw new Error(`upload: ${put.status} ${await put.text()}`);
  return digest;
}

/** Pushes manifest bytes under a tag and returns the response. */
export function rawPushManifest(
  registry: TestRegistry,
  user: TestUser | undefined,
  repository: string,
  tag: string,
  manifest: Buffer,
  mediaType = 'application/vnd.oci.image.manifest.v1+json',
): Promise<Response> {
  return rawRequest(registry, user, 'PUT', `/v2/${repository}/manifests/${tag}`, {
    headers: { 'content-type': mediaType },
    body: manifest,
  });
}
