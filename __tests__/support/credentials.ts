// Registry credentials for tests that drive the registry client directly. Apart from registry.ts,
// which the bench imports through Node's type stripping and so must not import src/.
import { silentLog, type Log } from '../../src/log.js';
import { givenCredential, type CredentialFunc } from '../../src/oci/credentials.js';
import type { TestUser } from './registry.js';

/**
 * The registry client's credentials for `user` (anonymous without one), masked through `log`: what
 * the action passes for its 'username' and 'password' inputs.
 */
export function credentialsOf(user: TestUser | undefined, log: Log = silentLog): CredentialFunc {
  return user
    ? givenCredential(user.username, user.password, "'username' and 'password'", log)
    : () => Promise.resolve(undefined);
}
