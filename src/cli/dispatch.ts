// The subcommands, by the name a user types first. Each is loaded only when asked for, so that
// publishing (the default, with no subcommand) loads none of them.
import type { ExitCode } from './exit-codes.js';

type Run = (argv: string[]) => Promise<ExitCode>;

const SUBCOMMANDS: Record<string, () => Promise<{ run: Run }>> = {
  pull: () => import('./pull.js'),
  list: () => import('./list.js'),
  tag: () => import('./tag.js'),
  diff: () => import('./diff.js'),
  build: () => import('./build.js'),
  verify: () => import('./verify.js'),
};

export const SUBCOMMAND_NAMES = Object.keys(SUBCOMMANDS);

/** The subcommand `name` runs, or `undefined` when it names none (then it is publish's flag). */
export function subcommand(name: string | undefined): Run | undefined {
  const load =
    name !== undefined && Object.hasOwn(SUBCOMMANDS, name) ? SUBCOMMANDS[name] : undefined;
  return load && (async (argv) => (await load()).run(argv));
}
