// A context built by hand for one ref, for tests that need a case no event payload shows.
import type { Context } from '../../src/context/context.js';
import { describeRef } from '../../src/context/ref.js';

export const SHA = '450796ddb2ab6724ee1cc32a4be56da032d1cca0';

export function contextAt(ref: string, extra: Partial<Context> = {}): Context {
  return {
    eventName: 'push',
    ref,
    ...describeRef(ref),
    sha: SHA,
    shortSha: SHA.slice(0, 7),
    defaultBranch: 'main',
    commitTime: '2024-05-13T13:56:21Z',
    ...extra,
  };
}
