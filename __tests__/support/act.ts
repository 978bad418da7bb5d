// A real GitHub Actions runner for the end-to-end tests: nektos/act (built by `.ci/tools` into
// .tools/bin/act) in host mode, so that action.yml is loaded, its inputs evaluated and the step's
// commands, outputs and summary handled by a runner nobody on this project wrote.
//
// The action is handed to act as a workflow fetches it: `uses: publish-oci-artifact/publish-oci-
// artifact@v1`, which `--local-repository` maps to a folder holding only action.yml and dist/.
// act's own `actions/checkout` stand-in copies the workdir (the test's workspace) into the job's
// workspace, as a checkout would (act: pkg/runner/step_action_remote.go, isLocalCheckout).
//
// act logs in JSON (`--json`): each line carries the message act shows (masked, as its text log
// prints it) and fields that name the step, so a step's own output can be told from act's lines.
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { TOOLS_BIN } from './consumers.js';

export const ACT = join(TOOLS_BIN, 'act');
/** How a workflow names the action; `--local-repository` points it at `actionFolder()`. */
export const ACTION_USES = 'publish-oci-artifact/publish-oci-artifact@v1';
const REPOSITORY_ROOT = resolve(import.meta.dirname, '..', '..');

let actionCopy: Promise<string> | undefined;

/**
 * The action as `uses:` fetches it: action.yml and dist/ of this checkout, copied once per test
 * process into a folder of their own (act copies a local repository into its action cache).
 */
export function actionFolder(): Promise<string> {
  actionCopy ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'action-'));
    await cp(join(REPOSITORY_ROOT, 'action.yml'), join(dir, 'action.yml'));
    await cp(join(REPOSITORY_ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
    return dir;
  })();
  return actionCopy;
}

/** One line of act's JSON log. */
export interface ActLogEntry {
  msg: string;
  level: string;
  /** The step's `id` (or its index when it has none). */
  stepID?: string[];
  stage?: string;
  /** A line the step printed, as act shows it (masked). */
  raw_output?: boolean;
  /** A workflow command act handled (`error`, `set-output`, `add-mask`, …). */
  command?: string;
  /** The summary a step wrote (unmasked, as the job summary page would render it). */
  content?: string;
  /** A command's argument: for `add-mask`, the value act masks from then on. */
  arg?: string;
}

export interface WorkflowRun {
  /** act's exit code: 0 when every job succeeded. */
  exitCode: number | null;
  entries: ActLogEntry[];
  /** What act prints without `--json`: every message, masked as act masks them. */
  log: string;
  /** Files the workflow's steps wrote into `$REPORT_DIR`, by name. */
  reports: Record<string, string>;
}

export interface WorkflowOptions {
  /** The workflow's YAML. */
  workflow: string;
  /** The event that triggers it (`push`, `pull_request`, …) and its payload file. */
  event: string;
  eventPath: string;
  /** The repository act runs in: what it copies into the job's workspace at `actions/checkout`. */
  workdir: string;
  /** `secrets.NAME` for the workflow (the workflow token is `GITHUB_TOKEN`). */
  secrets?: Record<string, string>;
  /** Job environment the runner sets (act's `--env`), such as GITHUB_REPOSITORY. */
  runnerEnv?: Record<string, string>;
  /** The environment of the runner's process, which host mode passes to every step. */
  env?: Record<string, string>;
  /** Folders put first on the steps' PATH (after Node 24), as a runner image has its tools. */
  path?: string[];
  /** `github.actor` (act's `--actor`). */
  actor?: string;
  /** Debug output on, as a re-run with debug logging: act shows `::debug::` lines. */
  debug?: boolean;
  /** Report files the workflow reads back (written into `$REPORT_DIR` by its steps). */
  reportNames?: string[];
  /**
   * Keeps all that the job's Node processes print in the report `node-output`, whole, which act's
   * log is not for a failing step (support/step-output-tap.js says why).
   */
  tapNodeOutput?: boolean;
  timeoutMs?: number;
}

/** `NAME="value"` lines as act's secret file (godotenv) reads them, newlines escaped. */
function secretFile(secrets: Record<string, string>): string {
  return Object.entries(secrets)
    .map(([name, value]) => {
      const escaped = value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
      return `${name}="${escaped}"\n`;
    })
    .join('');
}

function parseLog(text: string): ActLogEntry[] {
  const entries: ActLogEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      entries.push(JSON.parse(line) as ActLogEntry);
    } catch {
      // act prints a few lines that are not its log (an error on exit): they are in `log` only.
    }
  }
  return entries;
}

/** Runs `workflow` under act in host mode and returns its log and the reports its steps wrote. */
export async function runWorkflow(options: WorkflowOptions): Promise<WorkflowRun> {
  const dir = await mkdtemp(join(tmpdir(), 'act-'));
  try {
    const workflowPath = join(dir, 'workflow.yml');
    const secretsPath = join(dir, 'secrets');
    const reportDir = join(dir, 'report');
    await mkdir(reportDir);
    await writeFile(workflowPath, options.workflow);
    // The runner masks the token it gives for OIDC requests, as it masks secrets.
    const requestToken = options.env?.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    const secrets = {
      ...options.secrets,
      ...(requestToken ? { ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken } : {}),
    };
    await writeFile(secretsPath, secretFile(secrets), { mode: 0o600 });
    const args = [
      options.event,
      '--json',
      ...(options.debug ? ['--verbose'] : []),
      ...(options.actor ? ['--actor', options.actor] : []),
      '--directory',
      options.workdir,
      '--workflows',
      workflowPath,
      '--eventpath',
      options.eventPath,
      // Host mode: steps run on this machine, as on a self-hosted runner; no Docker.
      '--platform',
      'ubuntu-latest=-self-hosted',
      '--container-daemon-socket',
      '-',
      '--no-cache-server',
      '--action-cache-path',
      join(dir, 'cache'),
      '--action-offline-mode',
      // The workspace as the test made it, ignored files too (a clone has no ignored files).
      '--use-gitignore=false',
      '--secret-file',
      secretsPath,
      '--env-file',
      join(dir, 'no-env-file'),
      '--local-repository',
      `${ACTION_USES}=${await actionFolder()}`,
      ...Object.entries(options.runnerEnv ?? {}).flatMap(([k, v]) => ['--env', `${k}=${v}`]),
    ];
    const child = spawn(ACT, args, {
      cwd: options.workdir,
      env: {
        // Node 24 (this process's, from the `node` dev dependency) first, as `runs.using: node24`
        // is run by the runner's own Node 24.
        PATH: [dirname(process.execPath), ...(options.path ?? []), process.env.PATH ?? ''].join(
          ':',
        ),
        HOME: process.env.HOME ?? dir,
        LANG: 'C.UTF-8',
        REPORT_DIR: reportDir,
        ...(options.tapNodeOutput
          ? {
              NODE_OPTIONS: `--import=${join(import.meta.dirname, 'step-output-tap.js')}`,
              STEP_OUTPUT_TAP: join(reportDir, 'node-output'),
            }
          : {}),
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    // Read apart, so that a chunk of one never lands inside a line of the other.
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    // A hung run fails instead of hanging: act and the step processes it started are killed.
    const timer = options.timeoutMs
      ? setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), options.timeoutMs)
      : undefined;
    const exitCode = await new Promise<number | null>((done, fail) => {
      child.on('error', (error: NodeJS.ErrnoException) =>
        fail(
          error.code === 'ENOENT'
            ? new Error(`${ACT} is missing: run .ci/tools (it builds nektos/act)`)
            : error,
        ),
      );
      child.on('close', (code) => done(code));
    });
    clearTimeout(timer);
    const output = `${stdout}\n${stderr}`;
    const entries = parseLog(output);
    const reports: Record<string, string> = {};
    const reportNames = [
      ...(options.reportNames ?? []),
      ...(options.tapNodeOutput ? ['node-output'] : []),
    ];
    for (const name of reportNames) {
      reports[name] = await readFile(join(reportDir, name), 'utf8').catch(() => '');
    }
    const log = entries.length
      ? entries.map((e) => e.msg.replace(/\n$/, '')).join('\n') +
        `\n${output
          .split('\n')
          .filter((l) => l && !l.startsWith('{'))
          .join('\n')}`
      : output;
    return { exitCode, entries, log, reports };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The exit code of a step's process, as act reports it (`exit status N`), or 0 when it passed. */
export function stepExitCode(run: WorkflowRun, stepId: string): number | null {
  const mine = run.entries.filter((e) => e.stepID?.[0] === stepId && e.stage === 'Main');
  for (const entry of mine) {
    const status = /^exit status (\d+)$/.exec(entry.msg);
    if (status) return Number(status[1]);
  }
  if (mine.some((e) => (e as { stepResult?: string }).stepResult === 'success')) return 0;
  return mine.length ? 1 : null;
}

/** The job summary a step wrote (act logs it with the step, unmasked in its `content` field). */
export function stepSummary(run: WorkflowRun, stepId: string): string {
  return run.entries
    .filter((e) => e.stepID?.[0] === stepId && e.content !== undefined)
    .map((e) => e.content)
    .join('');
}

/** The values a step asked the runner to mask, which act then hides in every later message. */
export function stepMasks(run: WorkflowRun, stepId: string): string[] {
  return run.entries
    .filter((e) => e.stepID?.[0] === stepId && e.command === 'add-mask')
    .map((e) => e.arg ?? '');
}
