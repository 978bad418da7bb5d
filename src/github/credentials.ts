// The workflow's own token for ghcr.io, the registry GitHub runs: the last credential source, after
// what the user gave and what docker/login-action left in the Docker config. Never sent elsewhere.
import type { Log } from '../log.js';
import { maskCredential, type CredentialFunc } from '../oci/credentials.js';
import { hostName } from '../oci/reference.js';

export function workflowTokenCredential(
  token: string | undefined,
  actor: string | undefined,
  log: Log,
): CredentialFunc {
  return (registry) =>
    Promise.resolve(
      token && hostName(registry) === 'ghcr.io'
        ? maskCredential(
            {
              username: actor || 'github-actions',
              password: token,
              source: "the workflow's GITHUB_TOKEN",
            },
            log,
          )
        : undefined,
    );
}
