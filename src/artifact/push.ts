// Pushing a built artifact: blobs, then the manifest by digest only. No tag points at the artifact
// until its content is all there and, when signing, its signatures too (promote/move-tags.ts).
import { formatBytes, uploadProgress, type Log } from '../log.js';
import type { BlobSource, Repository, StoredManifest } from '../oci/repository.js';
import type { BuiltArtifact } from './build.js';

/** What a push needs of a built artifact, Flux's or a Helm chart (which may carry provenance). */
export type PushableArtifact = Pick<BuiltArtifact, 'config' | 'layer' | 'manifest'> & {
  /** Layers after the first, such as a chart's provenance; pushed beside it. */
  otherLayers?: readonly (BlobSource & { mediaType: string })[];
};

export async function pushArtifact(
  repository: Repository,
  built: PushableArtifact,
  log: Log,
): Promise<StoredManifest> {
  // Side by side: each blob is a few round trips, and the small config need not wait for the
  // layer. Both settle before anything goes on, so no upload still reads a layer file that the
  // caller removes once this fails.
  const blobs = [built.config, built.layer, ...(built.otherLayers ?? [])];
  const pushed = await Promise.allSettled(
    blobs.map((blob) => {
      const onProgress = uploadProgress(log, blob.digest.slice(0, 19), blob.size);
      return repository.putBlob(blob, { onProgress });
    }),
  );
  for (const outcome of pushed) if (outcome.status === 'rejected') throw outcome.reason;
  for (const blob of blobs) log.info(`blob ${blob.digest} (${formatBytes(blob.size)})`);
  await repository.putManifest(built.manifest, built.manifest.digest);
  log.info(`manifest ${built.manifest.digest}`);
  return built.manifest;
}
