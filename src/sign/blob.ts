// Small in-memory content (signature payloads, configs, bundles) as a re-openable blob.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { BlobSource } from '../oci/repository.js';

export function bufferBlob(bytes: Buffer): BlobSource {
  return {
    digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
    size: bytes.length,
    open: () => Readable.from([bytes]),
  };
}
