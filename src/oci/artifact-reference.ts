// An artifact the CLI's subcommands name: a repository (`oci://host/repo`, `oci-layout:<dir>`) and a
// tag or digest in it. `oci-layout:<dir>:<tag>` and `oci-layout:<dir>@<digest>` read as skopeo's
// `oci:` transport writes them. Parsing only: nothing is opened here.
import { UserError, ErrorCode } from '../errors.js';
import { isDigest } from './digest.js';
import { LAYOUT_PREFIX, parseLocation, type Location } from './location.js';
import { isValidTag } from './reference.js';

/** The tag Flux and Docker read when a reference names none. */
export const DEFAULT_TAG = 'latest';

export interface ArtifactReference {
  location: Location;
  /** A tag or a digest; `latest` when the reference named neither. */
  reference: string;
  /** Whether the reference named a tag or digest itself. */
  explicit: boolean;
  /** The repository as messages name it: `host/repo` or `oci-layout:<dir>`. */
  repositoryName: string;
}

function layoutReference(target: string, workspace: string): ArtifactReference {
  let rest = target.slice(LAYOUT_PREFIX.length);
  let reference: string | undefined;
  const at = rest.lastIndexOf('@');
  if (at !== -1 && isDigest(rest.slice(at + 1))) {
    reference = rest.slice(at + 1);
    rest = rest.slice(0, at);
  } else {
    const colon = rest.lastIndexOf(':');
    const tag = colon === -1 ? '' : rest.slice(colon + 1);
    if (colon !== -1 && !tag.includes('/') && isValidTag(tag)) {
      reference = tag;
      rest = rest.slice(0, colon);
    }
  }
  const location = parseLocation(`${LAYOUT_PREFIX}${rest}`, workspace);
  if (location.kind !== 'layout')
    throw new Error('unreachable: a layout prefix parses as a layout');
  return {
    location,
    reference: reference ?? DEFAULT_TAG,
    explicit: reference !== undefined,
    repositoryName: `${LAYOUT_PREFIX}${location.directory}`,
  };
}

/**
 * Parses `oci://host[:port]/repo[:tag|@digest]` or `oci-layout:<dir>[:tag|@digest]`. A digest wins
 * over a tag given beside it, as in Docker.
 */
export function parseArtifactReference(
  target: string,
  options: { workspace?: string } = {},
): ArtifactReference {
  const workspace = options.workspace ?? process.cwd();
  if (target.startsWith(LAYOUT_PREFIX)) return layoutReference(target, workspace);
  if (!/^oci:\/\//i.test(target)) {
    throw new UserError(
      ErrorCode.REFERENCE_INVALID,
      `'${target}' is not an artifact URL: write oci://<host>/<repository>[:<tag>|@<digest>] or ` +
        'oci-layout:<dir>[:<tag>|@<digest>].',
    );
  }
  const location = parseLocation(target, workspace);
  if (location.kind !== 'registry') throw new Error('unreachable: oci:// parses as a registry');
  const reference = location.digest ?? location.tag;
  return {
    location,
    reference: reference ?? DEFAULT_TAG,
    explicit: reference !== undefined,
    repositoryName: `${location.registry}/${location.repository}`,
  };
}

/** `host/repo:tag`, `host/repo@sha256:…`, `oci-layout:<dir>:tag`: the artifact as users write it. */
export function artifactName(artifact: ArtifactReference, reference = artifact.reference): string {
  return `${artifact.repositoryName}${isDigest(reference) ? '@' : ':'}${reference}`;
}
