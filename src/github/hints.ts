// What a GitHub user can do about a failure whose cause on GitHub is known: the workflow
// permissions and package settings that ghcr.io checks.
import { RegistryError } from '../oci/errors.js';
import { hostName } from '../oci/reference.js';
import { ErrorCode } from '../errors.js';

const GHCR_PERMISSIONS =
  'For ghcr.io from GitHub Actions, give the job `permissions: packages: write`; if the package ' +
  "already exists, also grant this repository write access in the package's settings (Manage " +
  'Actions access). A personal access token needs the write:packages scope.';

/** The hint for `error` in a GitHub workflow, or undefined when there is none. */
export function gitHubHint(error: unknown): string | undefined {
  if (
    error instanceof RegistryError &&
    hostName(error.registry) === 'ghcr.io' &&
    (error.code === ErrorCode.REGISTRY_UNAUTHORIZED || error.code === ErrorCode.REGISTRY_DENIED)
  ) {
    return GHCR_PERMISSIONS;
  }
  return undefined;
}
