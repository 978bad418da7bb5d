// The commands, by the name a user types first. Each is loaded only when asked for, so that
// publishing loads none of the others. A first argument that names no command is publish's: publish
// is the default, as it was before the other commands existed, and a command by name too.
import type { ExitCode } from './exit-codes.js';

type Run = (argv: string[]) => Promise<ExitCode>;

const COMMANDS: Record<string, () => Promise<{ run: Run }>> = {
  publish: () => import('./publish.js'),
  pull: () => import('./pull.js'),
  list: () => import('./list.js'),
  tag: () => import('./tag.js'),
  diff: () => import('./diff.js'),
  build: () => import('./build.js'),
  verify: () => import('./verify.js'),
};

export const COMMAND_NAMES = Object.keys(COMMANDS);

/** Runs the command `argv` names first, else publish with all of `argv`. */
export async function dispatch(argv: string[]): Promise<ExitCode> {
  const [first, ...rest] = argv;
  const named = first !== undefined && Object.hasOwn(COMMANDS, first);
  const { run } = await COMMANDS[named ? first : 'publish']!();
  return run(named ? rest : argv);
}
