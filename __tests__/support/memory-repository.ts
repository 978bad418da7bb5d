// A Repository held in memory, for tests that need one without a registry: it stores the bytes it
// is given, computes digests itself, and refuses what a registry would refuse.
import { Readable } from 'node:stream';
import type {
  BlobSource,
  Descriptor,
  Repository,
  SharedTagChange,
  StoredManifest,
} from '../../src/oci/repository.js';
import { readAll, sha256 } from './blobs.js';

export class MemoryRepository implements Repository {
  readonly displayName = 'memory';
  readonly blobs = new Map<string, Buffer>();
  private readonly manifests = new Map<string, StoredManifest>();
  private readonly tags = new Map<string, string>();
  private readonly referrers = new Map<string, Descriptor[]>();

  prepareToWrite(): Promise<void> {
    return Promise.resolve();
  }

  hasBlob(digest: string): Promise<boolean> {
    return Promise.resolve(this.blobs.has(digest));
  }

  async putBlob(blob: BlobSource): Promise<void> {
    const bytes = await readAll(blob.open());
    const digest = sha256(bytes);
    if (digest !== blob.digest || bytes.length !== blob.size) {
      throw new Error(
        `blob ${blob.digest} (${blob.size} bytes) arrived as ${digest} (${bytes.length})`,
      );
    }
    this.blobs.set(digest, bytes);
  }

  /** Stores raw bytes as a blob and returns their digest. */
  putBytes(bytes: Buffer): string {
    const digest = sha256(bytes);
    this.blobs.set(digest, bytes);
    return digest;
  }

  getBlob(digest: string): Promise<Readable> {
    const bytes = this.blobs.get(digest);
    if (!bytes) return Promise.reject(new Error(`blob ${digest} is unknown`));
    return Promise.resolve(Readable.from([bytes]));
  }

  private resolve(reference: string): StoredManifest | undefined {
    const digest = reference.startsWith('sha256:') ? reference : this.tags.get(reference);
    return digest === undefined ? undefined : this.manifests.get(digest);
  }

  getManifest(reference: string): Promise<StoredManifest | undefined> {
    return Promise.resolve(this.resolve(reference));
  }

  headManifest(reference: string): Promise<Descriptor | undefined> {
    const manifest = this.resolve(reference);
    return Promise.resolve(
      manifest && {
        mediaType: manifest.mediaType,
        digest: manifest.digest,
        size: manifest.bytes.length,
      },
    );
  }

  putManifest(manifest: Omit<StoredManifest, 'digest'>, reference: string): Promise<string> {
    const parsed = JSON.parse(manifest.bytes.toString('utf8')) as {
      config?: { digest: string };
      layers?: { digest: string }[];
    };
    for (const { digest } of [
      ...(parsed.config ? [parsed.config] : []),
      ...(parsed.layers ?? []),
    ]) {
      if (!this.blobs.has(digest)) {
        return Promise.reject(new Error(`manifest refers to missing blob ${digest}`));
      }
    }
    const digest = sha256(manifest.bytes);
    const byDigest = reference.startsWith('sha256:');
    if (byDigest && reference !== digest) {
      return Promise.reject(new Error(`manifest digest ${digest} is not ${reference}`));
    }
    this.manifests.set(digest, { ...manifest, digest });
    if (!byDigest) this.tags.set(reference, digest);
    return Promise.resolve(digest);
  }

  /** One writer at a time in one process: a single read, change and write. */
  async updateSharedTag(tag: string, change: SharedTagChange): Promise<void> {
    const current = this.resolve(tag);
    if (change.holds(current)) return;
    const { manifest, blobs } = change.apply(current);
    for (const blob of blobs) await this.putBlob(blob);
    await this.putManifest(manifest, tag);
  }

  listTags(): Promise<string[]> {
    return Promise.resolve([...this.tags.keys()].sort());
  }

  addReferrer(subject: Descriptor, referrer: Descriptor): Promise<void> {
    const list = this.referrers.get(subject.digest) ?? [];
    if (!list.some((d) => d.digest === referrer.digest)) list.push(referrer);
    this.referrers.set(subject.digest, list);
    return Promise.resolve();
  }

  listReferrers(subjectDigest: string, artifactType?: string): Promise<Descriptor[]> {
    const list = this.referrers.get(subjectDigest) ?? [];
    return Promise.resolve(
      artifactType ? list.filter((d) => d.artifactType === artifactType) : list,
    );
  }
}
