// Docker credential helpers: `docker-credential-<name> get`, the server URL on stdin, JSON on stdout.
// Run from PATH without a shell, with a timeout, and only for names that cannot escape PATH.
import { execFile } from 'node:child_process';
import { UserError, ErrorCode } from '../errors.js';

const HELPER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

export interface HelperCredential {
  username: string;
  secret: string;
}

/** What the helper said about `serverUrl`; `undefined` when it has nothing stored for it. */
export function runCredentialHelper(
  name: string,
  serverUrl: string,
  timeoutMs: number,
): Promise<HelperCredential | undefined> {
  if (!HELPER_NAME.test(name)) {
    return Promise.reject(
      new UserError(
        ErrorCode.CREDENTIAL_HELPER_INVALID,
        `The Docker config names the credential helper '${name}', which is not a valid helper ` +
          "name (letters, digits, '.', '_', '-'): it was not run.",
      ),
    );
  }
  const command = `docker-credential-${name}`;
  return new Promise((resolve, reject) => {
    const child = execFile(
      command,
      ['get'],
      { shell: false, timeout: timeoutMs, maxBuffer: 1024 * 1024, encoding: 'utf8' },
      (error, stdout) => {
        if (error) {
          // Helpers report an unknown server on stdout and exit 1; that is "nothing stored".
          if (/credentials not found/i.test(stdout)) return resolve(undefined);
          const e = error as NodeJS.ErrnoException & { killed?: boolean };
          const why =
            e.code === 'ENOENT'
              ? 'it is not on PATH'
              : e.killed
                ? `it did not answer within ${timeoutMs / 1000} s`
                : `it failed (${stdout.trim().slice(0, 200) || e.message})`;
          return reject(
            new UserError(
              ErrorCode.CREDENTIAL_HELPER_FAILED,
              `The credential helper ${command}: ${why}.`,
              {
                cause: error,
              },
            ),
          );
        }
        try {
          const { Username, Secret } = JSON.parse(stdout) as {
            Username?: unknown;
            Secret?: unknown;
          };
          if (typeof Secret !== 'string' || Secret === '') return resolve(undefined);
          resolve({ username: typeof Username === 'string' ? Username : '', secret: Secret });
        } catch (cause) {
          reject(
            new UserError(
              ErrorCode.CREDENTIAL_HELPER_FAILED,
              `The credential helper ${command} did not answer with JSON.`,
              { cause },
            ),
          );
        }
      },
    );
    child.stdin?.on('error', () => undefined); // a helper may exit before reading stdin
    child.stdin?.end(serverUrl);
  });
}
