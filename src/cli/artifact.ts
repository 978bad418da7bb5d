// The artifact a subcommand names, resolved: its repository opened and its manifest read once, so
// that everything after (verification, extraction) is about that one digest.
import { UserError, ErrorCode } from '../errors.js';
import {
  artifactName,
  parseArtifactReference,
  type ArtifactReference,
} from '../oci/artifact-reference.js';
import type { Repository, StoredManifest } from '../oci/repository.js';
import { invocation } from './command.js';
import { openTarget, type OpenOptions } from './repository.js';

export interface ResolvedArtifact {
  artifact: ArtifactReference;
  repository: Repository;
  manifest: StoredManifest;
  /** `host/repo:tag` as given. */
  name: string;
}

/** Opens the repository of `url` and reads the manifest it names; a missing one is an error. */
export async function resolveArtifact(
  url: string,
  options: OpenOptions,
): Promise<ResolvedArtifact> {
  const artifact = parseArtifactReference(url);
  const repository = await openTarget(artifact.location, options);
  const name = artifactName(artifact);
  const manifest = await repository.getManifest(artifact.reference);
  if (!manifest) {
    throw new UserError(
      ErrorCode.ARTIFACT_NOT_FOUND,
      `There is no artifact at ${name}${artifact.explicit ? '' : ' (no tag given: latest)'}. ` +
        `List the tags with: ${invocation()} list ${artifact.location.kind === 'layout' ? artifact.repositoryName : `oci://${artifact.repositoryName}`}`,
    );
  }
  return { artifact, repository, manifest, name };
}
