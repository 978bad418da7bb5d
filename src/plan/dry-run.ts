// `dry-run`: compute and show everything, push nothing. `auto` turns it on for events that try
// changes out rather than ship them: pull requests (whose token cannot even push when they come
// from a fork) and merge queues' trial merges.
import type { Context } from '../context/context.js';

export type DryRunMode = 'auto' | 'true' | 'false';

const DRY_BY_DEFAULT = new Map([
  ['pull_request', "a pull request's token cannot push when it comes from a fork"],
  ['pull_request_target', 'a pull request is not merged yet'],
  ['merge_group', "a merge queue's trial merge is not merged yet"],
]);

export interface DryRunDecision {
  dryRun: boolean;
  reason: string;
}

export function decideDryRun(mode: DryRunMode, ctx: Context): DryRunDecision {
  if (mode !== 'auto') return { dryRun: mode === 'true', reason: `dry-run is ${mode}` };
  const why = DRY_BY_DEFAULT.get(ctx.eventName);
  return why
    ? {
        dryRun: true,
        reason:
          `dry-run is auto and this is a ${ctx.eventName} event: ${why} ` +
          '(set dry-run to false to publish anyway)',
      }
    : { dryRun: false, reason: `dry-run is auto and this is a ${ctx.eventName} event` };
}
