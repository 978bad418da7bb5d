// The subcommands as users run them: `node dist/cli/index.js <subcommand> …` in a directory of the
// test's choosing, with a clean environment (no Docker config, no registry credentials).
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { cp } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { scratchDirectories } from '../support/end-to-end.js';
import { MANIFESTS } from '../support/end-to-end.js';

export const CLI = resolve('dist/cli/index.js');

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI to its end; the exit status is part of the result. */
export function runCli(
  args: string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<CliResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd,
      env: {
        PATH: process.env.PATH,
        HOME: options.cwd,
        DOCKER_CONFIG: join(options.cwd, '.no-docker-config'),
        ...options.env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ status: code ?? -1, stdout, stderr }));
  });
}

/** The `name=value` lines a command printed on stdout. */
export function outputsOf(stdout: string): Record<string, string> {
  return Object.fromEntries(
    stdout
      .split('\n')
      .filter((line) => /^[a-z-]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

/** A Git checkout holding the manifests fixture at `deploy/`, committed. */
export async function checkout(scratch: ReturnType<typeof scratchDirectories>): Promise<string> {
  const dir = await scratch.make('checkout-');
  await cp(MANIFESTS, join(dir, 'deploy'), { recursive: true });
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.com',
        GIT_COMMITTER_DATE: '2026-01-02T03:04:05Z',
      },
    });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'manifests');
  return dir;
}

/** Publishes `deploy/` of `dir` with the CLI (publish, the default) and returns its outputs. */
export async function publishWithCli(
  dir: string,
  url: string,
  extra: string[] = [],
  env: Record<string, string> = {},
): Promise<Record<string, string>> {
  const result = await runCli(['--url', url, '--path', 'deploy', ...extra], { cwd: dir, env });
  if (result.status !== 0) throw new Error(`publish failed: ${result.stderr}`);
  return outputsOf(result.stdout);
}
