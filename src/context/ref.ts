// A Git ref split the way Git and Flux split it: `refs/<kind>/<name>`.
import type { Context } from './context.js';

export const SHORT_SHA_LENGTH = 7;

/** The ref's kind and short name, the way Git and Flux split `refs/<kind>/<name>`. */
export function describeRef(
  ref: string,
): Pick<Context, 'refName' | 'refType' | 'branch' | 'gitTag'> {
  if (ref.startsWith('refs/heads/')) {
    const branch = ref.slice('refs/heads/'.length);
    return { refName: branch, refType: 'branch', branch };
  }
  if (ref.startsWith('refs/tags/')) {
    const gitTag = ref.slice('refs/tags/'.length);
    return { refName: gitTag, refType: 'tag', gitTag };
  }
  // Flux keeps everything after the second slash: `refs/pull/1/merge` → `1/merge`.
  const parts = /^refs\/[^/]+\/(.+)$/.exec(ref);
  return { refName: parts?.[1] ?? '', refType: 'other' };
}

/** The ref as a person reads it in a reason: `refs/heads/main`, or `the detached HEAD`. */
export function refLabel(ctx: Pick<Context, 'ref'>): string {
  return ctx.ref === 'HEAD' ? 'the detached HEAD' : ctx.ref;
}
