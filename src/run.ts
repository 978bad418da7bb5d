// One run of a publish, the value every phase takes: what it was asked (`inputs`), where it runs
// (`context`), what its entry provides (`runtime`: index.ts for the action, cli.ts for the CLI)
// and where it reports (`log`). What several phases derive from it alike (the retry knobs, the
// registry's credentials, an opened repository) is derived here, once.
import type { Context } from './context/context.js';
import type { Inputs } from './inputs.js';
import type { Log } from './log.js';
import {
  dockerConfigCredentials,
  firstCredential,
  givenCredential,
  type CredentialFunc,
} from './oci/credentials.js';
import type { Location } from './oci/location.js';
import { openRepository } from './oci/open.js';
import type { RetryOptions } from './oci/options.js';
import type { Repository } from './oci/repository.js';
import type { IdentityTokenSource } from './sign/types.js';

export interface Runtime {
  /** Paths are relative to it, and symlinks must stay inside it (GITHUB_WORKSPACE, or the cwd). */
  workspace: string;
  /** RUNNER_TEMP, and the test-only knobs (`networkOverrides`). */
  env: NodeJS.ProcessEnv;
  userAgent: string;
  /** Keyless signing's OIDC token: GitHub Actions' in the action, SIGSTORE_ID_TOKEN in the CLI. */
  identity: IdentityTokenSource;
  /**
   * Asked for a registry's credentials when the inputs give none and the Docker config has none
   * (the action: the workflow token, for ghcr.io).
   */
  fallbackCredentials?: CredentialFunc;
}

export interface Run {
  readonly inputs: Inputs;
  readonly context: Context;
  readonly runtime: Runtime;
  readonly log: Log;
}

/**
 * Test-only knobs, documented in docs/development.md: short retry waits and stall detection, so that the
 * fault-injection suites spend seconds, not minutes, waiting. Unset, the defaults apply.
 */
export function networkOverrides(env: NodeJS.ProcessEnv): RetryOptions {
  const milliseconds = (name: string) => {
    const value = Number(env[name]);
    return Number.isInteger(value) && value > 0 ? value : undefined;
  };
  return {
    baseDelayMs: milliseconds('PUBLISH_OCI_RETRY_BASE_MS'),
    timeoutMs: milliseconds('PUBLISH_OCI_TIMEOUT_MS'),
  };
}

/** The inputs' credentials, else the Docker config's, else the entry's fallback; else anonymous. */
function credentials({ inputs, runtime, log }: Run): CredentialFunc {
  const { username, password } = inputs;
  return firstCredential(
    // Given together or not at all: parseInputs refuses one without the other.
    ...(username && password
      ? [givenCredential(username, password, "'username' and 'password'", log)]
      : []),
    dockerConfigCredentials({ log }),
    ...(runtime.fallbackCredentials ? [runtime.fallbackCredentials] : []),
  );
}

/** The repository at `location` (the `url` input's, or a chart's under it), as this run reaches it. */
export function openRepositoryAt(run: Run, location: Location): Promise<Repository> {
  const { inputs, runtime, log } = run;
  return openRepository(location, {
    credentials: credentials(run),
    insecure: inputs.insecureRegistry,
    log,
    userAgent: runtime.userAgent,
    workspace: runtime.workspace,
    retry: networkOverrides(runtime.env),
  });
}
