// The one interface the rest of the code publishes through. A registry repository and an OCI image
// layout on disk both implement it, so every flow runs, and is tested, against either.
import type { Readable } from 'node:stream';

export interface Descriptor {
  mediaType: string;
  /** `sha256:<hex>` */
  digest: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
}

/** Blob content that can be opened more than once, so an upload can be retried from the start. */
export interface BlobSource {
  digest: string;
  size: number;
  open(): Readable;
}

/** Manifest bytes exactly as stored; the digest is the sha256 of `bytes`. */
export interface StoredManifest {
  mediaType: string;
  digest: string;
  bytes: Buffer;
}

export interface UploadProgress {
  digest: string;
  sent: number;
  total: number;
}

/** One writer's change to a shared manifest. */
export interface SharedTagChange {
  /** What the change adds, for messages: `signature …`, `referrer sha256:…`. */
  description: string;
  /** Whether `current` (undefined: the tag does not exist) holds the change already. */
  holds(current: StoredManifest | undefined): boolean;
  /**
   * The manifest to write in place of `current`, which does not hold the change, and the blobs
   * it names that are not in the repository yet. Throws a UserError when `current` is not a
   * manifest the change can be added to.
   */
  apply(current: StoredManifest | undefined): {
    manifest: Omit<StoredManifest, 'digest'>;
    blobs: BlobSource[];
  };
}

export interface Repository {
  /** For messages: `<registry>/<repository>` or `oci-layout:<dir>`. */
  readonly displayName: string;

  /**
   * Gets ready to write (a registry: the ping, the credentials, a push token), so that this can run
   * beside other work. A failure here is met again, and reported, by the first write.
   */
  prepareToWrite(): Promise<void>;

  hasBlob(digest: string): Promise<boolean>;
  /** Uploads unless present (or mounted from `mountFrom`); checks the stored digest equals ours. */
  putBlob(
    blob: BlobSource,
    options?: { mountFrom?: string; onProgress?: (progress: UploadProgress) => void },
  ): Promise<void>;
  /** Streams a blob's content; rejects when it does not exist. */
  getBlob(digest: string): Promise<Readable>;

  /** The manifest at a tag or digest, or `undefined` when there is none. */
  getManifest(reference: string): Promise<StoredManifest | undefined>;
  /** The descriptor of the manifest at a tag or digest, or `undefined`. */
  headManifest(reference: string): Promise<Descriptor | undefined>;
  /** Stores the exact bytes under a tag or digest; returns the digest, checked against ours. */
  putManifest(manifest: Omit<StoredManifest, 'digest'>, reference: string): Promise<string>;

  /**
   * Adds `change` to the manifest at a tag that other writers update too (a `.sig` manifest, a
   * referrers index), keeping what they wrote; resolves once the change is known to be kept
   * (shared-tag.ts says how).
   */
  updateSharedTag(tag: string, change: SharedTagChange): Promise<void>;

  /** Every tag, following pagination. */
  listTags(): Promise<string[]>;

  /** Records `referrer` (a manifest already stored, with `subject` set) as a referrer of `subject`. */
  addReferrer(subject: Descriptor, referrer: Descriptor): Promise<void>;
  /** The referrers of a manifest digest, optionally only those of one artifact type. */
  listReferrers(subjectDigest: string, artifactType?: string): Promise<Descriptor[]>;
}
