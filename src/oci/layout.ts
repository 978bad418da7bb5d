// An OCI image layout on disk (image-spec image-layout.md): `oci-layout`, `index.json` whose
// descriptors carry tags as `org.opencontainers.image.ref.name`, and `blobs/<alg>/<hex>`. Every
// file is written atomically and `index.json` is updated under a lock, so `skopeo` (`oci:<dir>:<tag>`)
// reads a consistent layout at any moment. Manifests pushed by digest only are stored as blobs:
// they are reachable through whatever references them (a referrers index).
import { createReadStream } from 'node:fs';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline, type Readable } from 'node:stream';
import { UserError, ErrorCode } from '../errors.js';
import { DigestVerifier, digestOf, isDigest, splitDigest } from './digest.js';
import { withFileLock, writeFileAtomic, writeStreamAtomic } from './files.js';
import { manifestMediaType, OCI_INDEX, REF_NAME_ANNOTATION } from './media-types.js';
import type { Log } from '../log.js';
import { countingTransform } from './progress.js';
import { isValidTag } from './reference.js';
import { fallbackIndexChange, fallbackTag, listFromFallbackIndex } from './referrers.js';
import type {
  BlobSource,
  Descriptor,
  Repository,
  SharedTagChange,
  StoredManifest,
  UploadProgress,
} from './repository.js';

const LAYOUT_FILE = 'oci-layout';
const LAYOUT_VERSION = '1.0.0';

interface IndexFile extends Record<string, unknown> {
  manifests: (Record<string, unknown> & Partial<Descriptor>)[];
}

const emptyIndex = (): IndexFile => ({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [] });

const tagOf = (entry: Partial<Descriptor>) => entry.annotations?.[REF_NAME_ANNOTATION];

export class OciLayoutRepository implements Repository {
  readonly displayName: string;
  private readonly indexPath: string;
  private ready: Promise<void> | undefined;

  constructor(
    readonly directory: string,
    private readonly log: Log,
  ) {
    this.displayName = `oci-layout:${directory}`;
    this.indexPath = join(directory, 'index.json');
  }

  /** Checks what is on disk is a layout (or nothing); writing creates what is missing. */
  async check(): Promise<void> {
    const marker = await readFile(join(this.directory, LAYOUT_FILE), 'utf8').catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw error;
      },
    );
    if (marker === undefined) {
      const entries = await readdir(this.directory).catch(() => []);
      if (entries.length > 0) {
        throw new UserError(
          ErrorCode.LAYOUT_INVALID,
          `${this.directory} is not empty and is not an OCI image layout (no ${LAYOUT_FILE} file): ` +
            'choose an empty or new directory for oci-layout:.',
        );
      }
      return;
    }
    let version: unknown;
    try {
      version = (JSON.parse(marker) as { imageLayoutVersion?: unknown }).imageLayoutVersion;
    } catch {
      version = undefined;
    }
    if (version !== LAYOUT_VERSION) {
      throw new UserError(
        ErrorCode.LAYOUT_INVALID,
        `${join(this.directory, LAYOUT_FILE)} does not declare imageLayoutVersion ${LAYOUT_VERSION}.`,
      );
    }
  }

  /** Creates the layout's skeleton once, before the first write. */
  private prepare(): Promise<void> {
    this.ready ??= (async () => {
      await mkdir(join(this.directory, 'blobs', 'sha256'), { recursive: true });
      const marker = join(this.directory, LAYOUT_FILE);
      if (!(await exists(marker))) {
        await writeFileAtomic(marker, JSON.stringify({ imageLayoutVersion: LAYOUT_VERSION }));
      }
    })();
    return this.ready;
  }

  private blobPath(digest: string): string {
    if (!isDigest(digest)) {
      throw new UserError(
        ErrorCode.REFERENCE_INVALID,
        `'${digest}' is not a digest (sha256:<64 hex>).`,
      );
    }
    const { algorithm, hex } = splitDigest(digest);
    return join(this.directory, 'blobs', algorithm, hex);
  }

  private async readIndex(): Promise<IndexFile> {
    let text: string;
    try {
      text = await readFile(this.indexPath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyIndex();
      throw error;
    }
    const parsed = JSON.parse(text) as Partial<IndexFile>;
    if (!Array.isArray(parsed.manifests)) {
      throw new UserError(ErrorCode.LAYOUT_INVALID, `${this.indexPath} is not an OCI image index.`);
    }
    return parsed as IndexFile;
  }

  /** A directory needs nothing ahead of its first write. */
  prepareToWrite(): Promise<void> {
    return Promise.resolve();
  }

  async hasBlob(digest: string): Promise<boolean> {
    return exists(this.blobPath(digest));
  }

  async putBlob(
    blob: BlobSource,
    options: { mountFrom?: string; onProgress?: (progress: UploadProgress) => void } = {},
  ): Promise<void> {
    const path = this.blobPath(blob.digest);
    const report = (sent: number) =>
      options.onProgress?.({ digest: blob.digest, sent, total: blob.size });
    if (await exists(path)) {
      report(blob.size);
      return;
    }
    await this.prepare();
    await mkdir(join(path, '..'), { recursive: true });
    await writeStreamAtomic(
      path,
      blob.open(),
      new DigestVerifier(blob.digest, blob.size, `blob ${blob.digest}`),
      countingTransform(report),
    );
  }

  async getBlob(digest: string): Promise<Readable> {
    const path = this.blobPath(digest);
    const size = await stat(path).then(
      (s) => s.size,
      () => undefined,
    );
    if (size === undefined) {
      throw new UserError(
        ErrorCode.BLOB_UNKNOWN,
        `The blob ${digest} is not in ${this.displayName}.`,
      );
    }
    const verifier = new DigestVerifier(digest, size, `blob ${digest} in ${this.displayName}`);
    return pipeline(createReadStream(path), verifier, () => undefined);
  }

  /**
   * The descriptor a tag or digest points at in `index.json`, or from the blob itself (whose
   * bytes then come along, read once).
   */
  private async resolve(
    reference: string,
  ): Promise<{ descriptor: Descriptor; bytes?: Buffer } | undefined> {
    if (isDigest(reference)) {
      const bytes = await readFile(this.blobPath(reference)).catch(() => undefined);
      if (!bytes) return undefined;
      const mediaType = manifestMediaType(bytes);
      return { descriptor: { mediaType, digest: reference, size: bytes.length }, bytes };
    }
    this.checkTag(reference);
    const entry = (await this.readIndex()).manifests.findLast((m) => tagOf(m) === reference);
    if (!entry?.digest || !entry.mediaType || entry.size === undefined) return undefined;
    return { descriptor: { mediaType: entry.mediaType, digest: entry.digest, size: entry.size } };
  }

  private checkTag(tag: string): void {
    if (!isValidTag(tag)) {
      throw new UserError(
        ErrorCode.REFERENCE_INVALID,
        `'${tag}' is neither a tag ([a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}) nor a digest.`,
      );
    }
  }

  async headManifest(reference: string): Promise<Descriptor | undefined> {
    return (await this.resolve(reference))?.descriptor;
  }

  async getManifest(reference: string): Promise<StoredManifest | undefined> {
    const resolved = await this.resolve(reference);
    if (!resolved) return undefined;
    const { descriptor } = resolved;
    const bytes = resolved.bytes ?? (await readFile(this.blobPath(descriptor.digest)));
    if (digestOf(bytes, splitDigest(descriptor.digest).algorithm) !== descriptor.digest) {
      throw new UserError(
        ErrorCode.DIGEST_MISMATCH,
        `The manifest ${descriptor.digest} in ${this.displayName} does not match its digest: the layout is corrupt.`,
      );
    }
    return { mediaType: descriptor.mediaType, digest: descriptor.digest, bytes };
  }

  async putManifest(manifest: Omit<StoredManifest, 'digest'>, reference: string): Promise<string> {
    const digest = digestOf(manifest.bytes);
    if (isDigest(reference) && reference !== digest) {
      throw new UserError(
        ErrorCode.DIGEST_MISMATCH,
        `A manifest with digest ${digest} cannot be stored under the digest ${reference}.`,
      );
    }
    if (!isDigest(reference)) this.checkTag(reference);
    await this.prepare();
    const path = this.blobPath(digest);
    if (!(await exists(path))) await writeFileAtomic(path, manifest.bytes);
    if (!isDigest(reference)) {
      await withFileLock(this.indexPath, () => this.tag(reference, manifest, digest));
    }
    return digest;
  }

  /** Points `tag` at the manifest in `index.json`; the caller holds the index lock. */
  private async tag(
    tag: string,
    manifest: Omit<StoredManifest, 'digest'>,
    digest: string,
  ): Promise<void> {
    const index = await this.readIndex();
    const artifactType = (JSON.parse(manifest.bytes.toString('utf8')) as { artifactType?: unknown })
      .artifactType;
    index.manifests = index.manifests.filter((entry) => tagOf(entry) !== tag);
    index.manifests.push({
      mediaType: manifest.mediaType,
      digest,
      size: manifest.bytes.length,
      ...(typeof artifactType === 'string' ? { artifactType } : {}),
      annotations: { [REF_NAME_ANNOTATION]: tag },
    });
    await writeFileAtomic(this.indexPath, JSON.stringify(index));
    this.log.debug(`${this.displayName}: ${tag} → ${digest}`);
  }

  async listTags(): Promise<string[]> {
    const tags = (await this.readIndex()).manifests.map(tagOf);
    return [...new Set(tags.filter((t): t is string => typeof t === 'string'))];
  }

  /** Read, change and write under the index lock: nothing can come between, so one round. */
  async updateSharedTag(tag: string, change: SharedTagChange): Promise<void> {
    this.checkTag(tag);
    await this.prepare();
    await withFileLock(this.indexPath, async () => {
      const current = await this.getManifest(tag);
      if (change.holds(current)) return;
      const { manifest, blobs } = change.apply(current);
      for (const blob of blobs) await this.putBlob(blob);
      const digest = digestOf(manifest.bytes);
      const path = this.blobPath(digest);
      if (!(await exists(path))) await writeFileAtomic(path, manifest.bytes);
      await this.tag(tag, manifest, digest);
    });
  }

  async addReferrer(subject: Descriptor, referrer: Descriptor): Promise<void> {
    const tag = fallbackTag(subject.digest);
    await this.updateSharedTag(tag, fallbackIndexChange(this.displayName, tag, referrer));
  }

  listReferrers(subjectDigest: string, artifactType?: string): Promise<Descriptor[]> {
    return listFromFallbackIndex(this, subjectDigest, artifactType);
  }
}

function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** The layout at `directory` (created on the first write), checked to be one if it exists. */
export async function openLayout(directory: string, log: Log): Promise<OciLayoutRepository> {
  const layout = new OciLayoutRepository(directory, log);
  await layout.check();
  return layout;
}
