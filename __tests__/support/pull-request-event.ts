// The payload of a pull request opened against a branch of a repository whose default branch is
// main, its head the workdir's HEAD: what act hands a workflow as its `pull_request` event
// (fixtures/events/pull_request-opened.json, GitHub's own example of the webhook, with the base
// branch and the head commit changed).
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);
const PAYLOAD = join(import.meta.dirname, '..', 'fixtures', 'events', 'pull_request-opened.json');

/** Writes the event of a pull request into `base` at the workdir's HEAD into `dir`; returns its path. */
export async function pullRequestEvent(
  base: string,
  workdir: string,
  dir: string,
): Promise<string> {
  const payload = JSON.parse(await readFile(PAYLOAD, 'utf8')) as {
    pull_request: { base: { ref: string }; head: { sha: string } };
    repository: { default_branch: string };
  };
  const { stdout } = await execFileAsync('git', ['rev-parse', 'HEAD'], { cwd: workdir });
  payload.pull_request.base.ref = base;
  payload.pull_request.head.sha = stdout.trim();
  payload.repository.default_branch = 'main';
  const path = join(dir, 'event.json');
  await writeFile(path, JSON.stringify(payload));
  return path;
}
