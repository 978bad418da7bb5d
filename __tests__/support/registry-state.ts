// What a test registry holds, read straight from it (never through a proxy or our own client):
// its catalog and tags, whether every tag resolves to content that is all there, and a proxy
// handler that checks, at the moment a tag is written, that the artifact it names is complete.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256 } from './blobs.js';
import type { ProxyHandler } from './proxy.js';
import { rawRequest } from './raw-client.js';
import type { TestRegistry } from './registry.js';

const ACCEPT = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
].join(', ');

const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';

interface Descriptor {
  mediaType?: string;
  digest: string;
  size: number;
  artifactType?: string;
}

interface AnyManifest {
  config?: Descriptor;
  layers?: Descriptor[];
  manifests?: Descriptor[];
  subject?: Descriptor;
}

async function get(registry: TestRegistry, path: string, method = 'GET') {
  return rawRequest(registry, registry.users.writer, method, path, {
    headers: { accept: ACCEPT },
  });
}

/** Repositories in the registry (`GET /v2/_catalog`). */
export async function catalog(registry: TestRegistry): Promise<string[]> {
  const response = await get(registry, '/v2/_catalog?n=1000');
  if (response.status !== 200) throw new Error(`catalog: ${response.status}`);
  return ((await response.json()) as { repositories: string[] | null }).repositories ?? [];
}

/**
 * The upload sessions the registry holds for a repository: the folders of distribution's
 * `_uploads` that still have a start time or data (a session exists while `startedat` does).
 * A cancelled session leaves its folder with one 108-byte hash state, of the empty hash
 * (measured: 2.8 stores the writer's state again when it closes it after the DELETE); its data
 * and the session are gone.
 */
export async function uploadSessions(
  registry: TestRegistry,
  repository: string,
): Promise<string[]> {
  if (!registry.storage) throw new Error(`${registry.host} keeps no storage on disk`);
  const folder = join(registry.storage, 'docker/registry/v2/repositories', repository, '_uploads');
  const sessions = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const open: string[] = [];
  for (const session of sessions) {
    const files = await readdir(join(folder, session));
    const held = files.filter((f) => f === 'data' || f === 'startedat');
    if (held.length) open.push(`${session}: ${held.join(', ')}`);
  }
  return open;
}

/** The tags of a repository; none when the registry does not know it. */
export async function tags(registry: TestRegistry, repository: string): Promise<string[]> {
  const response = await get(registry, `/v2/${repository}/tags/list`);
  if (response.status === 404) return [];
  if (response.status !== 200) throw new Error(`tags of ${repository}: ${response.status}`);
  return (((await response.json()) as { tags: string[] | null }).tags ?? []).sort();
}

/** The manifest at a tag or digest, with its digest; undefined when there is none. */
export async function manifest(
  registry: TestRegistry,
  repository: string,
  reference: string,
): Promise<{ digest: string; bytes: Buffer; parsed: AnyManifest } | undefined> {
  const response = await get(registry, `/v2/${repository}/manifests/${reference}`);
  if (response.status !== 200) return undefined;
  const bytes = Buffer.from(await response.arrayBuffer());
  return { digest: sha256(bytes), bytes, parsed: JSON.parse(bytes.toString()) as AnyManifest };
}

/** What the registry holds for `repository`: each tag and the digest it points at. */
export async function holdings(
  registry: TestRegistry,
  repository: string,
): Promise<Record<string, string | undefined>> {
  const held: Record<string, string | undefined> = {};
  for (const tag of await tags(registry, repository)) {
    held[tag] = (await manifest(registry, repository, tag))?.digest;
  }
  return held;
}

async function blobProblem(registry: TestRegistry, repository: string, blob: Descriptor) {
  const response = await get(registry, `/v2/${repository}/blobs/${blob.digest}`, 'HEAD');
  if (response.status !== 200) return `blob ${blob.digest} is missing (${response.status})`;
  const length = Number(response.headers.get('content-length'));
  return length === blob.size
    ? undefined
    : `blob ${blob.digest} has ${length} bytes, not ${blob.size}`;
}

/** What is wrong with the manifest at `reference` and everything it points at. */
async function manifestProblems(
  registry: TestRegistry,
  repository: string,
  reference: string,
  depth = 0,
): Promise<string[]> {
  const found = await manifest(registry, repository, reference);
  if (!found) return [`${reference} does not resolve to a manifest`];
  const { parsed } = found;
  const problems: string[] = [];
  const blobs = [...(parsed.config ? [parsed.config] : []), ...(parsed.layers ?? [])];
  for (const blob of blobs) {
    const problem = await blobProblem(registry, repository, blob);
    if (problem) problems.push(`${reference}: ${problem}`);
  }
  for (const child of depth < 2 ? (parsed.manifests ?? []) : []) {
    problems.push(
      ...(await manifestProblems(registry, repository, child.digest, depth + 1)).map(
        (p) => `${reference} → ${p}`,
      ),
    );
  }
  if (parsed.subject && !(await manifest(registry, repository, parsed.subject.digest))) {
    problems.push(`${reference}: its subject ${parsed.subject.digest} is missing`);
  }
  return problems;
}

/**
 * Every tag of the repository resolves to a manifest whose blobs (and children) all exist.
 * Content is addressed by digest and never deleted here, so a manifest found whole once is not
 * walked again when `verified` is passed from one check to the next.
 */
export async function consistencyProblems(
  registry: TestRegistry,
  repository: string,
  verified = new Set<string>(),
): Promise<string[]> {
  const problems: string[] = [];
  for (const tag of await tags(registry, repository)) {
    const head = await get(registry, `/v2/${repository}/manifests/${tag}`, 'HEAD');
    const digest = head.headers.get('docker-content-digest');
    if (head.status === 200 && digest && verified.has(digest)) continue;
    let found = await manifestProblems(registry, repository, tag);
    // distribution's filesystem driver rewrites link files in place (truncate, then write): a
    // tag's when a publish moves it, a manifest's revision link each time a tag is put on that
    // manifest. A read racing such a write finds the tag, or a manifest by digest, missing for a
    // moment (measured under load: a bundle's subject, while its publish tagged it). What really
    // dangles still dangles a moment later; the order of writes is checked as they happen, by
    // tagWatch.
    for (let retry = 0; retry < 5 && found.length > 0; retry++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      found = await manifestProblems(registry, repository, tag);
    }
    if (found.length === 0 && digest) verified.add(digest);
    problems.push(...found);
  }
  return problems;
}

/** The bundles listed in the referrers fallback index of `digest`. */
export async function bundlesOf(
  registry: TestRegistry,
  repository: string,
  digest: string,
): Promise<string[]> {
  const index = await manifest(registry, repository, digest.replace(':', '-'));
  return (index?.parsed.manifests ?? [])
    .filter((m) => m.artifactType === BUNDLE_MEDIA_TYPE)
    .map((m) => m.digest);
}

/** The signature layers in the `.sig` manifest of `digest`. */
export async function legacySignaturesOf(
  registry: TestRegistry,
  repository: string,
  digest: string,
): Promise<Descriptor[]> {
  return (
    (await manifest(registry, repository, `${digest.replace(':', '-')}.sig`))?.parsed.layers ?? []
  );
}

const SIGNATURE_TAG = /^sha256-[0-9a-f]{64}(\.sig)?$/;

/**
 * Checks every tag written through the proxy at the moment it is written, before the registry
 * sees it: the manifest's blobs are all there and, with `signed`, both signature forms of its
 * digest already exist. Problems are collected in `violations`.
 */
export function tagWatch(
  registry: TestRegistry,
  options: { signed: boolean },
): { handler: ProxyHandler; violations: string[]; checked: () => number } {
  const violations: string[] = [];
  let checked = 0;
  const handler: ProxyHandler = async (req, next) => {
    const match = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(req.url.pathname);
    if (req.method !== 'PUT' || !match || SIGNATURE_TAG.test(match[2]!) || match[2]!.includes(':'))
      return next();
    const [, repository, tag] = match as unknown as [string, string, string];
    const bytes = await req.body();
    const digest = sha256(bytes);
    const parsed = JSON.parse(bytes.toString()) as AnyManifest;
    checked++;
    for (const blob of [parsed.config!, ...(parsed.layers ?? [])]) {
      const problem = await blobProblem(registry, repository, blob);
      if (problem) violations.push(`tag ${tag} → ${digest}: ${problem}`);
    }
    if (options.signed) {
      if ((await legacySignaturesOf(registry, repository, digest)).length === 0)
        violations.push(`tag ${tag} written before ${digest} had a .sig signature`);
      if ((await bundlesOf(registry, repository, digest)).length === 0)
        violations.push(`tag ${tag} written before ${digest} had a Sigstore bundle`);
    }
    return next();
  };
  return { handler, violations, checked: () => checked };
}
