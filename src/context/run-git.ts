// Runs `git` quietly: no command echo and no output in the job log, exit code and stderr returned
// so each caller decides whether a failure is fatal or only worth a warning. @actions/exec is
// loaded on the first call: most Actions runs never ask git (the event payload dates the commit).

export interface GitResult {
  ok: boolean;
  /** stdout without its trailing newline. */
  stdout: string;
  /** What went wrong, in git's words (or why git could not be started), when not ok. */
  error: string;
}

export async function runGit(cwd: string, args: string[]): Promise<GitResult> {
  try {
    const { getExecOutput } = await import('@actions/exec');
    const result = await getExecOutput('git', args, { cwd, silent: true, ignoreReturnCode: true });
    const ok = result.exitCode === 0;
    const error = ok
      ? ''
      : result.stderr.trim() || `git ${args[0] ?? ''} exited ${result.exitCode}`;
    return { ok, stdout: result.stdout.replace(/\r?\n$/, ''), error };
  } catch (error) {
    // git missing from PATH, or a working directory that does not exist.
    return { ok: false, stdout: '', error: error instanceof Error ? error.message : String(error) };
  }
}
