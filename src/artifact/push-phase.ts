// The Push phase: blobs, then the manifest by digest (push.ts); tags are the promote phase's.
import { phase } from '../log.js';
import type { Repository, StoredManifest } from '../oci/repository.js';
import type { Run } from '../run.js';
import type { Built } from './build-phase.js';
import { pushArtifact } from './push.js';

/** The manifest the tags will point at: just pushed, or found unchanged (diff-tag, chart version). */
export interface Stored {
  manifest: StoredManifest;
  pushed: boolean;
  unchangedSince: string | undefined;
}

export async function pushPhase(
  { log }: Run,
  repository: Repository,
  built: Built,
): Promise<Stored> {
  const manifest = await phase(log, 'Push', () => pushArtifact(repository, built, log));
  return { manifest, pushed: true, unchangedSince: undefined };
}
