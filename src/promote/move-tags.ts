// Moving tags: the last step of a publish. Tags move only once the manifest, its content and (when
// signing) its signatures are all in the repository, so nothing that follows a tag (Flux, cosign)
// ever meets a partial or unsigned artifact. Which tags is the plan's decision (plan/plan.ts).
import type { Log } from '../log.js';
import type { Repository, StoredManifest } from '../oci/repository.js';

/**
 * Points every tag at `manifest`, in order (the primary tag first, then the promotions). `current`
 * was just read pointing at the manifest (the diff-tag): putting it there again is a request for
 * nothing, and would undo a move made since by a newer run. Returns the tags that now point at it.
 */
export async function moveTags(
  repository: Repository,
  manifest: StoredManifest,
  tags: readonly string[],
  log: Log,
  current?: string,
): Promise<string[]> {
  for (const tag of tags) {
    if (tag === current) {
      log.info(`${tag} already → ${manifest.digest}`);
      continue;
    }
    await repository.putManifest(manifest, tag);
    log.info(`tagged ${tag} → ${manifest.digest}`);
  }
  return [...tags];
}
