// A repository in an OCI registry, spoken to over the distribution API through the transport.
import { pipeline, type Readable } from 'node:stream';
import { UserError, ErrorCode } from '../errors.js';
import type { Scope } from './auth.js';
import { DigestVerifier, digestOf, isDigest, splitDigest } from './digest.js';
import { RegistryError, registryError, protocolError, type RequestContext } from './errors.js';
import {
  MANIFEST_MEDIA_TYPES,
  MAX_MANIFEST_BYTES,
  manifestMediaType,
  OCI_INDEX,
} from './media-types.js';
import type { Log } from '../log.js';
import { isValidRepository, isValidTag } from './reference.js';
import {
  fallbackIndexChange,
  fallbackTag,
  listFromFallbackIndex,
  referrersOf,
} from './referrers.js';
import type {
  BlobSource,
  Descriptor,
  Repository,
  SharedTagChange,
  StoredManifest,
  UploadProgress,
} from './repository.js';
import {
  isRetryableStatus,
  isTransientNetworkError,
  retryAfterMs,
  retrying,
  type RetryPolicy,
} from './retry.js';
import {
  updateSharedTag,
  type ConditionalWrites,
  type SharedTagStore,
  type WriteConditions,
  type WriteOutcome,
} from './shared-tag.js';
import type { Transport } from './transport.js';
import { BlobUpload, type UploadSettings } from './upload.js';
import type { HttpResponse } from './http.js';

export interface RegistryRepositoryConfig {
  transport: Transport;
  /** `host[:port]` as the user named it (`docker.io` for Docker Hub). */
  registry: string;
  repository: string;
  policy: RetryPolicy;
  upload: UploadSettings;
  log: Log;
}

/** A tag list or referrers page links the next as `Link: <url>; rel="next"`. */
function nextLink(response: HttpResponse, current: URL): URL | undefined {
  const header = response.headers.get('link');
  const match = header && /<([^>]+)>\s*;\s*rel="?next"?/i.exec(header);
  return match ? new URL(match[1]!, current) : undefined;
}

/** Sanity bound on pages, for a registry that links in a circle. */
const MAX_PAGES = 10_000;
/** One page of tags or referrers; ghcr.io sends up to 10,000 tags in one (about 300 kB). */
const MAX_LIST_PAGE_BYTES = 16 * 1024 * 1024;

/** MANIFEST_BLOB_UNKNOWN: the registry has not caught up with a blob pushed just before. */
function isBlobUnknown(error: unknown): boolean {
  return (
    error instanceof RegistryError && error.errors.some((e) => e.code === 'MANIFEST_BLOB_UNKNOWN')
  );
}

export class RegistryRepository implements Repository {
  readonly displayName: string;
  private readonly pull: Scope;
  private readonly push: Scope;
  /** Whether the registry answers the referrers API, once a query has shown it. */
  private referrersApi: boolean | undefined;
  /** Whether the registry honours conditional manifest PUTs, as its answers have shown. */
  private readonly conditional: ConditionalWrites = { ifMatch: undefined, ifNoneMatch: false };
  /** Shared tags are read with their ETag and written once per read (shared-tag.ts). */
  private readonly sharedTags: SharedTagStore;

  constructor(private readonly config: RegistryRepositoryConfig) {
    this.displayName = `${config.registry}/${config.repository}`;
    this.pull = { repository: config.repository, push: false };
    this.push = { repository: config.repository, push: true };
    this.sharedTags = {
      displayName: this.displayName,
      read: (tag) => this.fetchManifest(tag),
      putBlob: (blob) => this.putBlob(blob),
      write: (tag, manifest, conditions) => this.putManifestOnce(manifest, tag, conditions),
    };
  }

  prepareToWrite(): Promise<void> {
    return this.config.transport.authorize(this.push);
  }

  private path(suffix: string): URL {
    return new URL(`/v2/${this.config.repository}/${suffix}`, this.config.transport.origin);
  }

  private context(operation: string, method: string, url: URL | string): RequestContext {
    return {
      operation,
      displayName: this.displayName,
      registry: this.config.registry,
      repository: this.config.repository,
      method,
      url,
      authenticated: this.config.transport.authenticated,
      credentialSource: this.config.transport.credentialSource,
    };
  }

  private checkReference(reference: string): void {
    if (!isValidTag(reference) && !isDigest(reference)) {
      throw new UserError(
        ErrorCode.REFERENCE_INVALID,
        `'${reference}' is neither a tag ([a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}) nor a digest.`,
      );
    }
  }

  private checkDigestSyntax(digest: string): void {
    if (!isDigest(digest)) {
      throw new UserError(
        ErrorCode.REFERENCE_INVALID,
        `'${digest}' is not a digest (sha256:<64 hex>).`,
      );
    }
  }

  async hasBlob(digest: string): Promise<boolean> {
    this.checkDigestSyntax(digest);
    const url = this.path(`blobs/${digest}`);
    const response = await this.config.transport.send({ method: 'HEAD', url, scope: this.pull });
    response.discard();
    if (response.status === 200) return true;
    if (response.status === 404) return false;
    throw await registryError(response, this.context(`check blob ${digest} in`, 'HEAD', url));
  }

  async putBlob(
    blob: BlobSource,
    options: { mountFrom?: string; onProgress?: (progress: UploadProgress) => void } = {},
  ): Promise<void> {
    this.checkDigestSyntax(blob.digest);
    if (await this.hasBlob(blob.digest)) {
      options.onProgress?.({ digest: blob.digest, sent: blob.size, total: blob.size });
      return;
    }
    const mountFrom =
      options.mountFrom &&
      options.mountFrom !== this.config.repository &&
      isValidRepository(options.mountFrom)
        ? options.mountFrom
        : undefined;
    const upload = new BlobUpload(
      {
        transport: this.config.transport,
        repository: this.config.repository,
        policy: this.config.policy,
        log: this.config.log,
        settings: this.config.upload,
        context: (method, url) => this.context(`push blob ${blob.digest} to`, method, url),
      },
      blob,
      mountFrom,
      options.onProgress,
    );
    await upload.run();
  }

  async getBlob(digest: string): Promise<Readable> {
    this.checkDigestSyntax(digest);
    const url = this.path(`blobs/${digest}`);
    const response = await this.config.transport.send({
      method: 'GET',
      url,
      // The digest and Content-Length are of the stored bytes, not of a compressed transfer.
      headers: { 'accept-encoding': 'identity' },
      scope: this.pull,
    });
    if (response.status !== 200) {
      throw await registryError(response, this.context(`read blob ${digest} from`, 'GET', url));
    }
    const length = Number(response.headers.get('content-length'));
    const verifier = new DigestVerifier(
      digest,
      Number.isFinite(length) && length > 0 ? length : undefined,
      `blob ${digest} from ${this.displayName}`,
    );
    return pipeline(response.body, verifier, () => undefined);
  }

  /** The manifest and its ETag; `undefined` when the reference does not exist. */
  private async fetchManifest(
    reference: string,
  ): Promise<{ manifest: StoredManifest; etag?: string } | undefined> {
    this.checkReference(reference);
    const url = this.path(`manifests/${reference}`);
    const context = this.context(`read manifest ${reference} from`, 'GET', url);
    const response = await this.config.transport.send({
      method: 'GET',
      url,
      headers: { accept: MANIFEST_MEDIA_TYPES.join(', ') },
      scope: this.pull,
      readLimit: MAX_MANIFEST_BYTES,
    });
    if (response.status === 404) return undefined;
    if (response.status !== 200) throw await registryError(response, context);
    const bytes = await response.bytes();
    const declared = response.headers.get('docker-content-digest');
    const expected = isDigest(reference)
      ? reference
      : declared && isDigest(declared)
        ? declared
        : undefined;
    const digest = digestOf(bytes, expected ? splitDigest(expected).algorithm : 'sha256');
    if (expected && expected !== digest) {
      throw protocolError(context, `the manifest's content has digest ${digest}, not ${expected}`);
    }
    const etag = response.headers.get('etag');
    return {
      manifest: {
        mediaType: manifestMediaType(bytes, response.headers.get('content-type')),
        digest,
        bytes,
      },
      ...(etag ? { etag } : {}),
    };
  }

  async getManifest(reference: string): Promise<StoredManifest | undefined> {
    return (await this.fetchManifest(reference))?.manifest;
  }

  async headManifest(reference: string): Promise<Descriptor | undefined> {
    this.checkReference(reference);
    const url = this.path(`manifests/${reference}`);
    const response = await this.config.transport.send({
      method: 'HEAD',
      url,
      headers: { accept: MANIFEST_MEDIA_TYPES.join(', ') },
      scope: this.pull,
    });
    response.discard();
    if (response.status === 404) return undefined;
    if (response.status !== 200) {
      throw await registryError(
        response,
        this.context(`check manifest ${reference} in`, 'HEAD', url),
      );
    }
    const digest = response.headers.get('docker-content-digest');
    const size = Number(response.headers.get('content-length'));
    const mediaType = response.headers.get('content-type')?.split(';')[0]?.trim();
    if (
      digest &&
      isDigest(digest) &&
      size > 0 &&
      mediaType &&
      MANIFEST_MEDIA_TYPES.includes(mediaType)
    ) {
      return { mediaType, digest, size };
    }
    // Not every registry answers HEAD fully; the manifest itself says everything.
    const manifest = await this.getManifest(reference);
    return (
      manifest && {
        mediaType: manifest.mediaType,
        digest: manifest.digest,
        size: manifest.bytes.length,
      }
    );
  }

  /** The checks every manifest PUT makes first; returns the manifest's digest. */
  private checkManifestReference(manifest: Omit<StoredManifest, 'digest'>, reference: string) {
    this.checkReference(reference);
    const ours = digestOf(manifest.bytes);
    if (isDigest(reference) && reference !== ours) {
      throw new UserError(
        ErrorCode.DIGEST_MISMATCH,
        `A manifest with digest ${ours} cannot be stored under the digest ${reference}.`,
      );
    }
    return ours;
  }

  private sendManifest(
    manifest: Omit<StoredManifest, 'digest'>,
    url: URL,
    extraHeaders: Record<string, string>,
    retry: boolean,
  ): Promise<HttpResponse> {
    return this.config.transport.send({
      method: 'PUT',
      url,
      headers: { 'content-type': manifest.mediaType, ...extraHeaders },
      body: { length: manifest.bytes.length, open: () => manifest.bytes },
      scope: this.push,
      retry,
    });
  }

  /** The registry stored what we sent (2xx), as the digest we computed. */
  private async checkStored(response: HttpResponse, context: RequestContext, ours: string) {
    if (response.status !== 201 && response.status !== 200 && response.status !== 204) {
      throw await registryError(response, context);
    }
    response.discard();
    const stored = response.headers.get('docker-content-digest');
    if (stored && stored !== ours) {
      throw protocolError(context, `the registry stored the manifest as ${stored}, not ${ours}`);
    }
  }

  async putManifest(manifest: Omit<StoredManifest, 'digest'>, reference: string): Promise<string> {
    const ours = this.checkManifestReference(manifest, reference);
    const url = this.path(`manifests/${reference}`);
    const context = this.context(`push manifest ${reference} to`, 'PUT', url);
    // Every blob a manifest names is pushed (and found) before it, so a registry that does not
    // know one has not caught up: distribution rewrites a repository's blob link in place while
    // a concurrent upload of the same blob commits, and replicated stores lag. Asked again.
    const response = await retrying(
      this.config.policy,
      `PUT ${url.pathname}`,
      this.config.log,
      async () => {
        const answer = await this.sendManifest(manifest, url, {}, true);
        if (answer.status !== 400) return answer;
        throw await registryError(answer, context);
      },
      (outcome) =>
        'error' in outcome && isBlobUnknown(outcome.error)
          ? { reason: 'the registry does not know one of its blobs yet' }
          : undefined,
    );
    await this.checkStored(response, context, ours);
    return ours;
  }

  /**
   * One PUT of a shared tag, with `conditions`, sent once: a stale PUT sent again later is what
   * drops other writers' entries, so every failure goes back to the caller, which reads again.
   */
  private async putManifestOnce(
    manifest: Omit<StoredManifest, 'digest'>,
    tag: string,
    conditions: WriteConditions,
  ): Promise<WriteOutcome> {
    const ours = this.checkManifestReference(manifest, tag);
    const url = this.path(`manifests/${tag}`);
    const context = this.context(`push manifest ${tag} to`, 'PUT', url);
    const headers: Record<string, string> = {};
    if (conditions.ifMatch) headers['if-match'] = conditions.ifMatch;
    if (conditions.ifNoneMatch) headers['if-none-match'] = '*';
    let response: HttpResponse;
    try {
      response = await this.sendManifest(manifest, url, headers, false);
    } catch (error) {
      if (!isTransientNetworkError(error)) throw error;
      return { kind: 'failed', reason: `the PUT failed (${(error as Error).message})` };
    }
    if (response.status === 412) {
      response.discard();
      return { kind: 'refused' };
    }
    if (isRetryableStatus(response.status)) {
      response.discard();
      const afterMs = retryAfterMs(response.headers.get('retry-after'));
      return {
        kind: 'failed',
        reason: `the registry answered ${response.status}`,
        ...(afterMs === undefined ? {} : { afterMs }),
      };
    }
    if (response.status === 400) {
      const error = await registryError(response, context);
      if (isBlobUnknown(error)) {
        return { kind: 'failed', reason: 'the registry does not know one of its blobs yet' };
      }
      throw error;
    }
    await this.checkStored(response, context, ours);
    return { kind: 'written' };
  }

  updateSharedTag(tag: string, change: SharedTagChange): Promise<void> {
    return updateSharedTag(this.sharedTags, tag, change, {
      conditional: this.conditional,
      policy: this.config.policy,
      log: this.config.log,
    });
  }

  async listTags(): Promise<string[]> {
    const tags: string[] = [];
    const seen = new Set<string>();
    let url: URL | undefined = this.path('tags/list');
    for (let page = 0; url && page < MAX_PAGES && !seen.has(url.href); page++) {
      seen.add(url.href);
      const response = await this.config.transport.send({
        method: 'GET',
        url,
        scope: this.pull,
        readLimit: MAX_LIST_PAGE_BYTES,
      });
      // NAME_UNKNOWN: the repository does not exist yet, so it has no tags.
      if (response.status === 404 && page === 0) return [];
      const context = this.context('list the tags of', 'GET', url);
      if (response.status !== 200) throw await registryError(response, context);
      // A list that cannot be read is no list: taken as empty, `highest` would move `stable` back.
      const body = (await response.json().catch(() => undefined)) as { tags?: unknown } | undefined;
      if (!body || (body.tags !== null && body.tags !== undefined && !Array.isArray(body.tags))) {
        throw protocolError(context, 'the answer is not a tag list');
      }
      if (Array.isArray(body.tags)) tags.push(...body.tags.filter((t) => typeof t === 'string'));
      url = nextLink(response, url);
    }
    return tags;
  }

  /**
   * The referrers the API lists, or `undefined` when the registry has no API. The first query
   * also tells whether it has one (200 with an index): a listing never asks twice.
   */
  private async referrersFromApi(
    subjectDigest: string,
    artifactType?: string,
  ): Promise<Descriptor[] | undefined> {
    if (this.referrersApi === false) return undefined;
    const found = await this.queryReferrers(subjectDigest, artifactType);
    if (this.referrersApi) return found ?? [];
    this.referrersApi = found !== undefined;
    return found;
  }

  /** One walk of the referrers API; `undefined` when the registry does not have it. */
  private async queryReferrers(
    subjectDigest: string,
    artifactType?: string,
  ): Promise<Descriptor[] | undefined> {
    let url: URL | undefined = this.path(`referrers/${subjectDigest}`);
    if (artifactType) url.searchParams.set('artifactType', artifactType);
    const found: Descriptor[] = [];
    const seen = new Set<string>();
    for (let page = 0; url && page < MAX_PAGES && !seen.has(url.href); page++) {
      seen.add(url.href);
      const response = await this.config.transport.send({
        method: 'GET',
        url,
        headers: { accept: OCI_INDEX },
        scope: this.pull,
        readLimit: MAX_LIST_PAGE_BYTES,
      });
      if (response.status === 401 || response.status === 403) {
        throw await registryError(response, this.context('list the referrers in', 'GET', url));
      }
      const body =
        response.status === 200
          ? ((await response.json().catch(() => undefined)) as { manifests?: unknown } | undefined)
          : (response.discard(), undefined);
      // Anything but an index (404, 400, 405, or an answer that is not one) means no API.
      if (!body || !Array.isArray(body.manifests)) return page === 0 ? undefined : found;
      // Registries that did not filter say so by leaving `artifactType` out of this header.
      const filtered = response.headers.get('oci-filters-applied')?.includes('artifactType');
      found.push(...referrersOf(body.manifests, filtered ? undefined : artifactType));
      url = nextLink(response, url);
    }
    return found;
  }

  async addReferrer(subject: Descriptor, referrer: Descriptor): Promise<void> {
    this.checkDigestSyntax(subject.digest);
    // With the API the registry indexes the referrer's `subject` itself.
    const hasApi = this.referrersApi ?? (await this.referrersFromApi(subject.digest)) !== undefined;
    if (hasApi) return;
    const tag = fallbackTag(subject.digest);
    await this.updateSharedTag(tag, fallbackIndexChange(this.displayName, tag, referrer));
  }

  async listReferrers(subjectDigest: string, artifactType?: string): Promise<Descriptor[]> {
    this.checkDigestSyntax(subjectDigest);
    return (
      (await this.referrersFromApi(subjectDigest, artifactType)) ??
      listFromFallbackIndex(this, subjectDigest, artifactType)
    );
  }
}
