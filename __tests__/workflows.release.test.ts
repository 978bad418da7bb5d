// release.yml, the action's release process, under a real runner (nektos/act, support/act.ts): a
// tag vX.Y.Z creates the GitHub release with the tag's CHANGELOG.md section and then moves the
// major tag vX to the tag's commit, and a stale dist/ or a missing section stops it before anything
// is written. What cannot leave this machine is stood in for on loopback and on disk: GitHub's
// releases API is a server that records what it was asked (the runner's GITHUB_API_URL, given
// through act's --env), `origin` is a bare repository whose tags the test reads, and `npm ci`,
// which cannot reach the registry, hard-links the tree this checkout installed from the same lock.
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { chmod, cp, mkdir, readFile, realpath, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { runWorkflow, type WorkflowRun } from './support/act.js';
import { scratchDirectories } from './support/end-to-end.js';
import { pushEvent } from './support/push-event.js';

const execFileAsync = promisify(execFile);
const REPOSITORY = 'publish-oci-artifact/publish-oci-artifact';
const TOKEN = 'release-workflow-token';
/** What the release's bundle is made from, as a clone of this repository has it. */
const CHECKOUT = [
  'src',
  'dist',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'action.yml',
  '.gitignore',
  '.ci/check-dist',
];
const SECTION = '### Added\n\n- Releases: a tag vX.Y.Z creates the release and moves vX.';

const scratch = scratchDirectories();
afterAll(() => scratch.removeAll());

interface ApiRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: string;
}

/** GitHub's releases API for one repository with no release yet: records every request. */
async function releasesApi() {
  const requests: ApiRequest[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      requests.push({
        method: request.method ?? '',
        path: request.url ?? '',
        authorization: request.headers.authorization,
        body,
      });
      const created = request.method === 'POST' && request.url === `/repos/${REPOSITORY}/releases`;
      response.writeHead(created ? 201 : 404, { 'content-type': 'application/json' });
      response.end(JSON.stringify(created ? { id: 1 } : { message: 'Not Found' }));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests, close: () => server.close() };
}

async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await execFileAsync(
    'git',
    ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args],
    { cwd },
  );
  return stdout.trim();
}

interface Release {
  /** The clone the workflow runs in, at the tag v1.2.0. */
  workdir: string;
  /** GitHub's copy: a bare repository, the workdir's `origin`. */
  origin: string;
  /** The commit v1 named before: the previous release's. */
  previous: string;
  /** The commit tagged v1.2.0. */
  tagged: string;
}

/**
 * A clone of this repository whose origin has v1 on a first commit and v1.2.0 on a second one,
 * which writes `changelog` (and `change`s the tree, if given) as a release commit would.
 */
async function releaseRepository(
  changelog: string,
  change?: (dir: string) => Promise<void>,
): Promise<Release> {
  const dir = await scratch.make('release-');
  const origin = join(dir, 'origin.git');
  const workdir = join(dir, 'clone');
  await execFileAsync('git', ['init', '-q', '--bare', '-b', 'main', origin]);
  await mkdir(workdir);
  for (const path of CHECKOUT) await cp(path, join(workdir, path), { recursive: true });
  await writeFile(join(workdir, 'CHANGELOG.md'), '# Changelog\n\n## [Unreleased]\n');
  await git(workdir, 'init', '-q', '-b', 'main');
  await git(workdir, 'remote', 'add', 'origin', origin);
  await git(workdir, 'add', '-A');
  await git(workdir, 'commit', '-q', '-m', 'the previous release');
  await git(workdir, 'tag', 'v1');
  await writeFile(join(workdir, 'CHANGELOG.md'), changelog);
  await change?.(workdir);
  await git(workdir, 'add', '-A');
  await git(workdir, 'commit', '-q', '-m', 'release 1.2.0');
  await git(workdir, 'tag', 'v1.2.0');
  await git(workdir, 'push', '-q', 'origin', 'main', 'v1', 'v1.2.0');
  return {
    workdir,
    origin,
    previous: await git(workdir, 'rev-parse', 'v1^{commit}'),
    tagged: await git(workdir, 'rev-parse', 'v1.2.0^{commit}'),
  };
}

/** `npm ci` without the registry: this checkout's node_modules, hard-linked; any other npm as is. */
async function offlineNpm(): Promise<string> {
  const bin = await scratch.make('npm-');
  const { stdout } = await execFileAsync('sh', ['-c', 'command -v npm']);
  const installed = await realpath('node_modules');
  await writeFile(
    join(bin, 'npm'),
    `#!/bin/sh\nif [ "$1" = ci ]; then rm -rf node_modules && exec cp -al '${installed}' node_modules; fi\nexec '${stdout.trim()}' "$@"\n`,
  );
  await chmod(join(bin, 'npm'), 0o755);
  return bin;
}

async function runRelease(release: Release, apiURL: string): Promise<WorkflowRun> {
  return runWorkflow({
    workflow: await readFile(join('.github', 'workflows', 'release.yml'), 'utf8'),
    event: 'push',
    eventPath: await pushEvent('refs/tags/v1.2.0', release.workdir, await scratch.make('event-')),
    workdir: release.workdir,
    secrets: { GITHUB_TOKEN: TOKEN },
    runnerEnv: { GITHUB_REPOSITORY: REPOSITORY, GITHUB_API_URL: apiURL },
    path: [await offlineNpm()],
    timeoutMs: 240_000,
  });
}

const CHANGELOG = `# Changelog\n\n## [Unreleased]\n\n## [1.2.0] - 2026-12-07\n\n${SECTION}\n\n## [1.1.0] - 2026-11-02\n\n- Older.\n`;

describe('release.yml on a tag v1.2.0', () => {
  it('creates the release with the CHANGELOG section, then moves v1 to the tagged commit', async () => {
    const release = await releaseRepository(CHANGELOG);
    const api = await releasesApi();
    try {
      const run = await runRelease(release, api.url);
      expect(run.exitCode, run.log).toBe(0);
      expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
        `GET /repos/${REPOSITORY}/releases/tags/v1.2.0`,
        `POST /repos/${REPOSITORY}/releases`,
      ]);
      const created = api.requests[1]!;
      expect(created.authorization).toBe(`Bearer ${TOKEN}`);
      const body = JSON.parse(created.body) as Record<string, string>;
      expect({ ...body, body: body.body?.trim() }).toEqual({
        tag_name: 'v1.2.0',
        name: 'v1.2.0',
        body: SECTION,
      });
      expect(await git(release.origin, 'rev-parse', 'v1^{commit}')).toBe(release.tagged);
    } finally {
      api.close();
    }
  }, 300_000);

  it('with a stale dist/: fails, creates no release and leaves v1 where it was', async () => {
    const release = await releaseRepository(CHANGELOG, async (dir) => {
      await writeFile(join(dir, 'dist', 'index.js'), '// not what src/ bundles to\n', {
        flag: 'a',
      });
    });
    const api = await releasesApi();
    try {
      const run = await runRelease(release, api.url);
      expect(run.exitCode).not.toBe(0);
      expect(run.log).toContain("dist/ is stale: run 'npm run bundle' and commit the result.");
      expect(api.requests).toEqual([]);
      expect(await git(release.origin, 'rev-parse', 'v1^{commit}')).toBe(release.previous);
    } finally {
      api.close();
    }
  }, 300_000);

  it('without a 1.2.0 section in CHANGELOG.md: fails saying so, before anything is written', async () => {
    const release = await releaseRepository('# Changelog\n\n## [Unreleased]\n\n- Not released.\n');
    const api = await releasesApi();
    try {
      const run = await runRelease(release, api.url);
      expect(run.exitCode).not.toBe(0);
      expect(run.log).toContain("CHANGELOG.md at v1.2.0 has no '## [1.2.0]' section");
      expect(api.requests).toEqual([]);
      expect(await git(release.origin, 'rev-parse', 'v1^{commit}')).toBe(release.previous);
    } finally {
      api.close();
    }
  }, 120_000);
});
