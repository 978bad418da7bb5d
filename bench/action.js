// Our side: the bundled action as the Actions runner runs it, `node dist/index.js` in a fresh
// process, with the variables a step of a push to the default branch gets, its inputs as INPUT_*
// variables, and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files to write to.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { measured } from './measure.js';

export const ROOT = resolve(import.meta.dirname, '..');
const ACTION = join(ROOT, 'dist', 'index.js');

/**
 * The runner passes every input declared in action.yml, defaults filled in; the action applies
 * the same defaults to inputs it is not given, so only those the bench sets are passed. The name
 * is upper-cased with its dashes kept (`diff-tag` → `INPUT_DIFF-TAG`), as the runner does.
 */
const inputVariables = (inputs) =>
  Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
  );

/** GITHUB_OUTPUT's `name=value` and `name<<delimiter … delimiter` entries. */
export function parseOutputs(text) {
  const outputs = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1);
      outputs[heredoc[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
      continue;
    }
    const plain = /^([^=]+)=(.*)$/.exec(lines[i]);
    if (plain) outputs[plain[1]] = plain[2];
  }
  return outputs;
}

/**
 * The environment of the step: the run's GitHub variables (`runEnv`), the runner's own, the
 * inputs, and `files` (a scratch folder) for GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and RUNNER_TEMP.
 */
export function stepEnv({ scratch, workspace, runEnv, inputs = {}, files }) {
  return {
    PATH: process.env.PATH,
    HOME: join(scratch, 'home'),
    CI: 'true',
    ...runEnv,
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY_OWNER: runEnv.GITHUB_REPOSITORY.split('/')[0],
    GITHUB_ACTOR: 'octocat',
    GITHUB_RUN_ID: '4242',
    GITHUB_OUTPUT: join(files, 'output'),
    GITHUB_STEP_SUMMARY: join(files, 'summary'),
    RUNNER_TEMP: files,
    ...inputVariables({ path: 'deploy', ...inputs }),
  };
}

/**
 * Runs the action once. `env` adds to (or replaces) the step's variables; `nodeArgs` go before the
 * script (`--cpu-prof`); the other options are measured()'s. Returns the measurement and the
 * outputs; throws unless the run succeeded and gave a digest.
 */
export async function runAction({ scratch, workspace, runEnv, inputs, env = {}, ...options }) {
  const files = await mkdtemp(join(scratch, 'runner-'));
  await writeFile(join(files, 'output'), '');
  await writeFile(join(files, 'summary'), '');
  const result = await measured(process.execPath, [...(options.nodeArgs ?? []), ACTION], {
    ...options,
    cwd: workspace,
    env: { ...stepEnv({ scratch, workspace, runEnv, inputs, files }), ...env },
  });
  const outputs = parseOutputs(await readFile(join(files, 'output'), 'utf8'));
  await rm(files, { recursive: true, force: true });
  if (!outputs.digest) throw new Error(`no digest output:\n${result.stdout}${result.stderr}`);
  return { ...result, outputs };
}
