// Throw-away Git clones with commits at known times, for the git context and its fallbacks.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestRepo {
  dir: string;
  /** Runs git in the clone with fixed identities and dates; returns trimmed stdout. */
  git(args: string[], date?: string): string;
  /** Commits an empty change; committer and author dates differ so tests can tell them apart. */
  commit(message: string, committerDate: string): string;
}

export function makeRepo(branch = 'main'): TestRepo {
  const dir = mkdtempSync(join(tmpdir(), 'git-context-'));
  const git = (args: string[], date = '2020-01-01T00:00:00Z'): string =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        HOME: dir,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_AUTHOR_NAME: 'Test',
        GIT_AUTHOR_EMAIL: 'test@example.invalid',
        GIT_COMMITTER_NAME: 'Test',
        GIT_COMMITTER_EMAIL: 'test@example.invalid',
        GIT_AUTHOR_DATE: '2001-02-03T04:05:06Z',
        GIT_COMMITTER_DATE: date,
      },
    }).trim();
  git(['init', '--quiet', `--initial-branch=${branch}`]);
  return {
    dir,
    git,
    commit(message, committerDate) {
      git(['commit', '--quiet', '--allow-empty', '-m', message], committerDate);
      return git(['rev-parse', 'HEAD']);
    },
  };
}
