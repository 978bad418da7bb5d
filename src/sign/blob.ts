// Small in-memory content (signature payloads, configs, bundles) as a re-openable blob.
import { Readable } from 'node:stream';
import { digestOf } from '../oci/digest.js';
import type { BlobSource } from '../oci/repository.js';

export function bufferBlob(bytes: Buffer): BlobSource {
  return {
    digest: digestOf(bytes),
    size: bytes.length,
    open: () => Readable.from([bytes]),
  };
}
