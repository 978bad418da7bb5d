// The payload of a push (a branch or a tag) to a repository whose default branch is main, naming
// the workdir's HEAD: what act hands a workflow as its event (fixtures/events/push-branch.json,
// GitHub's own example of the webhook, with ref and sha changed).
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);
const PUSH_PAYLOAD = join(import.meta.dirname, '..', 'fixtures', 'events', 'push-branch.json');

/** Writes the event of a push of `ref` at the workdir's HEAD into `dir`, and returns its path. */
export async function pushEvent(ref: string, workdir: string, dir: string): Promise<string> {
  const payload = JSON.parse(await readFile(PUSH_PAYLOAD, 'utf8')) as Record<string, unknown>;
  const { stdout } = await execFileAsync('git', ['rev-parse', 'HEAD'], { cwd: workdir });
  Object.assign(payload, { ref, after: stdout.trim(), deleted: false });
  (payload.repository as Record<string, unknown>).default_branch = 'main';
  const path = join(dir, 'event.json');
  await writeFile(path, JSON.stringify(payload));
  return path;
}
