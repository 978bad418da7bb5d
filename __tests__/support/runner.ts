// Runs the bundled action the way the GitHub Actions runner does: `node dist/index.js` with an
// INPUT_<NAME> variable for every input declared in action.yml (defaults applied), the GITHUB_*
// variables, an event payload file, and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files to write to.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { INPUTS } from '../../src/inputs.js';
import { runEnv, type RunName } from '../fixtures/events/runs.js';

export interface RunOptions {
  inputs: Record<string, string>;
  /** Which workflow run to imitate: its event payload and GITHUB_* variables. */
  run: RunName;
  workspace: string;
  /** Extra or overriding environment variables. */
  env?: Record<string, string>;
  /** `${{ github.token }}` for the github-token default. */
  githubToken?: string;
  /** Kills the process after this many milliseconds (a hung run fails instead of hanging). */
  timeoutMs?: number;
  /** Called with the running process, e.g. to signal it part-way. */
  onSpawn?: (child: ChildProcess) => void;
}

export interface RunResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** What the run left in RUNNER_TEMP (besides the output and summary files): should be nothing. */
  leftInRunnerTemp: string[];
}

/** Parses the `name<<delimiter … delimiter` and `name=value` lines of a GITHUB_OUTPUT file. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]!);
      outputs[heredoc[1]!] = value.join('\n');
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

function inputEnvironment(
  given: Record<string, string>,
  githubToken: string,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const input of INPUTS) {
    let value = given[input.name] ?? input.default ?? '';
    if (value === '${{ github.token }}') value = githubToken;
    env[`INPUT_${input.name.toUpperCase()}`] = value;
  }
  for (const name of Object.keys(given)) {
    if (!INPUTS.some((i) => i.name === name))
      throw new Error(`action.yml declares no input ${name}`);
  }
  return env;
}

/**
 * What the job log shows: stdout and stderr without the `::add-mask::` commands, which the runner
 * consumes (they carry the very secrets it then hides).
 */
export function visibleLog(result: RunResult): string {
  return `${result.stdout}\n${result.stderr}`
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}

export async function runAction(options: RunOptions): Promise<RunResult> {
  const dir = await mkdtemp(join(tmpdir(), 'runner-'));
  try {
    const outputPath = join(dir, 'output');
    const summaryPath = join(dir, 'summary');
    await writeFile(outputPath, '');
    await writeFile(summaryPath, '');
    const runVariables = runEnv(options.run, { GITHUB_WORKSPACE: options.workspace });
    const env: Record<string, string | undefined> = {
      PATH: process.env.PATH,
      HOME: process.env.HOME ?? dir,
      CI: 'true',
      ...runVariables,
      GITHUB_REPOSITORY_OWNER: runVariables.GITHUB_REPOSITORY?.split('/')[0],
      GITHUB_ACTOR: 'octocat',
      GITHUB_RUN_ID: '4242',
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      RUNNER_TEMP: dir,
      ...inputEnvironment(options.inputs, options.githubToken ?? ''),
      ...options.env,
    };
    const child = spawn(process.execPath, [resolve('dist/index.js')], {
      cwd: options.workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    options.onSpawn?.(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = options.timeoutMs
      ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs)
      : undefined;
    const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) =>
      child.on('close', (code, sig) => done([code, sig])),
    );
    clearTimeout(timer);
    return {
      exitCode,
      signal,
      stdout,
      stderr,
      outputs: parseOutputFile(await readFile(outputPath, 'utf8')),
      summary: await readFile(summaryPath, 'utf8'),
      leftInRunnerTemp: (await readdir(dir)).filter(
        (name) => name !== 'output' && name !== 'summary',
      ),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
