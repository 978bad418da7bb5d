// The Actions runner's side of a step: inputs from `INPUT_<NAME>` variables, workflow commands on
// stdout (`::warning::`, `::group::`, `::add-mask::`, …), outputs and the job summary appended to
// the files the runner names. This is all the action needs of @actions/core, whose import also
// loads its HTTP client (a bundled undici, for OIDC tokens we request ourselves) and @actions/exec:
// 1.2 MB of the 1.56 MB bundle, compiled and run before the first registry request. The formats
// are GitHub's ("Workflow commands for GitHub Actions"), as @actions/core writes them.
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import type { Log } from './log.js';

/** An input as the runner passes it: `INPUT_<NAME>` (spaces as `_`), trimmed; '' when unset. */
export function getInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** `%`, CR and LF escaped, so that a multi-line message stays one command. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function command(name: string, message = ''): void {
  process.stdout.write(`::${name}::${escapeData(message)}\n`);
}

/** The job log: annotations, collapsible groups, and masking by the runner. */
export const actionsLog: Log = {
  debug: (message) => command('debug', message),
  info: (message) => void process.stdout.write(`${message}\n`),
  notice: (message) => command('notice', message),
  warning: (message) => command('warning', message),
  async group(title, fn) {
    command('group', title);
    try {
      return await fn();
    } finally {
      command('endgroup');
    }
  },
  setSecret: (secret) => command('add-mask', secret),
};

/** Fails the step: exit code 1 and an error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  command('error', message);
}

/** Appends to the file the runner names in `variable`; outside a runner there is none to write. */
function appendToRunnerFile(variable: string, text: string, env: NodeJS.ProcessEnv): void {
  const file = env[variable];
  if (file) appendFileSync(file, text);
}

/** Sets a step output, as a heredoc whose random delimiter cannot occur in the value. */
export function setOutput(name: string, value: string, env: NodeJS.ProcessEnv = process.env): void {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendToRunnerFile('GITHUB_OUTPUT', `${name}<<${delimiter}\n${value}\n${delimiter}\n`, env);
}

/** Adds Markdown to the job summary. */
export function appendSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): void {
  appendToRunnerFile('GITHUB_STEP_SUMMARY', markdown, env);
}
