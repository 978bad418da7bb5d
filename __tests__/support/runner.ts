// Runs the bundled action in a workflow, two ways:
// - runAction: under a real runner (nektos/act, support/act.ts), as every workflow runs it: act
//   loads action.yml, evaluates the inputs, handles the step's commands and reads its outputs and
//   summary; a later step of the same job reads the outputs back as `steps.<id>.outputs`. What
//   the step printed is tapped whole in its own process (support/step-output-tap.js: act can drop
//   a failing step's last lines).
// - runActionDirectly: our emulation of the runner, `node dist/index.js` with INPUT_<NAME>
//   variables (action.yml's defaults applied) and GITHUB_* variables. Kept only for what act cannot
//   do: deliver SIGINT or SIGTERM to the step's process at a chosen moment (act kills the step's
//   process on cancellation; GitHub's runner sends SIGINT, then SIGTERM). The interruption tests
//   need that.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { INPUTS } from '../../src/inputs.js';
import { RUNS, runEnv, type RunName } from '../fixtures/events/runs.js';
import { ACTION_USES, runWorkflow, stepExitCode, stepMasks, stepSummary } from './act.js';

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
}

export interface DirectRunOptions extends RunOptions {
  /** Called with the running process, e.g. to signal it part-way. */
  onSpawn?: (child: ChildProcess) => void;
}

export interface RunResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** What the step's process printed, workflow commands included, stderr mixed in. */
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** What the run left in RUNNER_TEMP (besides the output and summary files): should be nothing. */
  leftInRunnerTemp: string[];
  /** The runner's whole job log, as act prints it (empty for a direct run). */
  runnerLog: string;
  /** The values the step asked the runner to mask (`::add-mask::`). */
  masked: string[];
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
  checkInputNames(given);
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

export async function runActionDirectly(options: DirectRunOptions): Promise<RunResult> {
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
      runnerLog: '',
      masked: stdout
        .split('\n')
        .filter((line) => line.startsWith('::add-mask::'))
        .map((line) => line.slice('::add-mask::'.length)),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function checkInputNames(given: Record<string, string>): void {
  for (const name of Object.keys(given)) {
    if (!INPUTS.some((i) => i.name === name))
      throw new Error(`action.yml declares no input ${name}`);
  }
}

/**
 * The one-job workflow a test's run is: copy the test's workspace in, run the action with the test's
 * inputs (secret inputs as `secrets.*`, as workflows pass them), then a step that runs whatever
 * happened and reports what a later step sees: the outputs and what is left in RUNNER_TEMP.
 */
function publishWorkflow(event: string, workspace: string, inputs: Record<string, string>): string {
  const withLines = Object.entries(inputs).map(([name, value]) => {
    const secret = INPUTS.find((i) => i.name === name)?.secret;
    return `          ${name}: ${secret ? `\${{ secrets.${secretName(name)} }}` : JSON.stringify(value)}`;
  });
  return [
    'name: publish',
    `on: ${event}`,
    'jobs:',
    '  publish:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    // act's stand-in for actions/checkout copies files, not symlinks or FIFOs, as a clone has
    // them; `cp -a` copies the workspace exactly as the test made it.
    '      - name: Check out',
    `        run: cp -a '${workspace}/.' .`,
    '      - id: publish',
    `        uses: ${ACTION_USES}`,
    ...(withLines.length ? ['        with:', ...withLines] : []),
    '      - if: always()',
    '        env:',
    '          OUTPUTS: ${{ toJSON(steps.publish.outputs) }}',
    '        run: |',
    '          printf \'%s\' "$OUTPUTS" > "$REPORT_DIR/outputs.json"',
    '          ls -A "$RUNNER_TEMP" > "$REPORT_DIR/runner-temp"',
    '',
  ].join('\n');
}

function secretName(input: string): string {
  return `INPUT_${input.toUpperCase().replace(/-/g, '_')}`;
}

/** Runs the action under nektos/act in a workflow of the run's event (see the file comment). */
export async function runAction(options: RunOptions): Promise<RunResult> {
  checkInputNames(options.inputs);
  const run = RUNS[options.run];
  const secrets: Record<string, string> = {};
  if (options.githubToken) secrets.GITHUB_TOKEN = options.githubToken;
  for (const [name, value] of Object.entries(options.inputs)) {
    if (INPUTS.find((i) => i.name === name)?.secret) secrets[secretName(name)] = value;
  }
  const env = options.env ?? {};
  const workflowRun = await runWorkflow({
    workflow: publishWorkflow(run.event, options.workspace, options.inputs),
    event: run.event,
    eventPath: run.payload,
    workdir: options.workspace,
    secrets,
    // act derives these from the payload, but not always as GitHub does (the tag object of an
    // annotated tag as GITHUB_SHA; the default branch as a merge queue's ref): GitHub's values.
    runnerEnv: {
      GITHUB_REF: run.ref,
      SHA_REF: run.sha,
      GITHUB_REPOSITORY: run.repository,
      GITHUB_WORKFLOW_REF: `${run.repository}/.github/workflows/publish.yml@${run.ref}`,
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_NUMBER: '42',
    },
    actor: 'octocat',
    env,
    debug: env.ACTIONS_STEP_DEBUG === 'true',
    reportNames: ['outputs.json', 'runner-temp'],
    tapNodeOutput: true,
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  const outputsJson = workflowRun.reports['outputs.json'] || '{}';
  return {
    exitCode: stepExitCode(workflowRun, 'publish'),
    signal: null,
    stdout: workflowRun.reports['node-output']!,
    stderr: '',
    outputs: JSON.parse(outputsJson) as Record<string, string>,
    summary: stepSummary(workflowRun, 'publish'),
    leftInRunnerTemp: workflowRun.reports['runner-temp']!.split('\n').filter(Boolean),
    runnerLog: workflowRun.log,
    masked: stepMasks(workflowRun, 'publish'),
  };
}
