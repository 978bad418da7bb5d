// The runner's side of a step without @actions/core: what reaches stdout and the runner's files
// must be what the runner parses (commands one line each, outputs as heredocs).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { actionsLog, appendSummary, getInput, setFailed, setOutput } from '../src/runner.js';
import { parseOutputFile } from './support/runner.js';

let stdout: string;
beforeEach(() => {
  stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

async function runnerFile(): Promise<{ path: string; dispose(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'runner-files-'));
  const path = join(dir, 'file');
  await writeFile(path, '');
  return { path, dispose: () => rm(dir, { recursive: true, force: true }) };
}

describe('getInput', () => {
  it('reads INPUT_<NAME> with spaces as underscores, trimmed', () => {
    const env = { 'INPUT_DIFF-TAG': '  latest \n', INPUT_MY_INPUT: 'x' };
    expect(getInput('diff-tag', env)).toBe('latest');
    expect(getInput('my input', env)).toBe('x');
  });

  it('is empty for an input the runner did not pass', () => {
    expect(getInput('tag', {})).toBe('');
  });
});

describe('workflow commands', () => {
  it('keeps a multi-line warning in one command, escaping %, CR and LF', () => {
    actionsLog.warning('100% wrong\r\nsecond line');
    expect(stdout).toBe('::warning::100%25 wrong%0D%0Asecond line\n');
  });

  it('masks a secret with add-mask', () => {
    actionsLog.setSecret('s3cr3t');
    expect(stdout).toBe('::add-mask::s3cr3t\n');
  });

  it('closes a group even when its work fails', async () => {
    await expect(
      actionsLog.group('Push', () => Promise.reject(new Error('refused'))),
    ).rejects.toThrow('refused');
    expect(stdout).toBe('::group::Push\n::endgroup::\n');
  });

  it('fails the step with an error annotation and exit code 1', () => {
    setFailed("Input 'url': missing");
    expect(stdout).toBe("::error::Input 'url': missing\n");
    expect(process.exitCode).toBe(1);
  });
});

describe('runner files', () => {
  it('writes outputs the runner reads back, multi-line values included', async () => {
    const file = await runnerFile();
    try {
      const env = { GITHUB_OUTPUT: file.path };
      setOutput('digest', 'sha256:abc', env);
      setOutput('tags', 'v1.2.3\nstable', env);
      expect(parseOutputFile(await readFile(file.path, 'utf8'))).toEqual({
        digest: 'sha256:abc',
        tags: 'v1.2.3\nstable',
      });
    } finally {
      await file.dispose();
    }
  });

  it('appends to the job summary', async () => {
    const file = await runnerFile();
    try {
      appendSummary('## One\n', { GITHUB_STEP_SUMMARY: file.path });
      appendSummary('## Two\n', { GITHUB_STEP_SUMMARY: file.path });
      expect(await readFile(file.path, 'utf8')).toBe('## One\n## Two\n');
    } finally {
      await file.dispose();
    }
  });

  it('writes nothing, and does not fail, outside a runner', () => {
    expect(() => setOutput('digest', 'sha256:abc', {})).not.toThrow();
    expect(() => appendSummary('## One\n', {})).not.toThrow();
    expect(stdout).toBe('');
  });
});
