// A workflow run's context as the action reads it: @actions/github's own `Context`, hydrated from a
// fixture run's environment (as the runner would set it), handed to `actionsContext`. The package
// exports only its instance, made once from the real environment; its class is reached by path.
import type { Context } from '../../src/context/context.js';
import { Context as GitHubContext } from '../../node_modules/@actions/github/lib/context.js';
import {
  actionsContext,
  type ActionsContextOptions,
  type GitHubRun,
} from '../../src/github/context.js';
import { recordingLog, type RecordingLog } from './recording-log.js';

/** The variables @actions/github reads, set to the run's values (or unset) while it reads them. */
const RUN_VARIABLES = [
  'GITHUB_EVENT_NAME',
  'GITHUB_EVENT_PATH',
  'GITHUB_REF',
  'GITHUB_SHA',
  'GITHUB_REPOSITORY',
  'GITHUB_SERVER_URL',
  'GITHUB_API_URL',
  'GITHUB_RUN_NUMBER',
  'GITHUB_ACTOR',
];

/** @actions/github's context for `env`, as a step of that run would see it. */
export function githubRun(env: NodeJS.ProcessEnv): GitHubRun {
  const saved = RUN_VARIABLES.map((name) => [name, process.env[name]] as const);
  const set = (name: string, value: string | undefined) => {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  };
  try {
    for (const name of RUN_VARIABLES) set(name, env[name]);
    const run = new GitHubContext();
    // `repo` reads GITHUB_REPOSITORY when asked, not when made: keep the run's answer.
    const repo = (() => {
      try {
        return run.repo;
      } catch {
        return undefined;
      }
    })();
    return Object.defineProperty(run, 'repo', {
      get: () => {
        if (!repo) throw new Error('context.repo requires a GITHUB_REPOSITORY');
        return repo;
      },
    });
  } finally {
    for (const [name, value] of saved) set(name, value);
  }
}

/** `actionsContext` for the run `env` describes; by default it needs nothing from the API. */
export async function contextOfRun(
  env: NodeJS.ProcessEnv,
  options: Partial<ActionsContextOptions> = {},
): Promise<{ context: Context; log: RecordingLog }> {
  const log = recordingLog();
  const context = await actionsContext(githubRun(env), {
    needs: { defaultBranch: false, visibility: false },
    token: undefined,
    env,
    log,
    ...options,
  });
  return { context, log };
}
