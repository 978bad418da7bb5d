// Workflows are code: the repository's own (.github/workflows) and every workflow the README and
// docs/ show run under a real runner (nektos/act, support/act.ts), and actionlint finds nothing in
// them. A doc workflow runs as written, for each of its triggers (a push to its branch, a release
// tag, a pull request that changes one manifest), but for what cannot leave this machine: ghcr.io is the loopback registry, public Sigstore
// the loopback one (the `fulcio-url` and `rekor-url` inputs), `uses:
// publish-oci-artifact/publish-oci-artifact@v1` is this checkout's action, and the secrets a recipe
// names are our fixture key (`COSIGN_PRIVATE_KEY`, `COSIGN_PASSWORD`).
import { execFile } from 'node:child_process';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ACTION_USES, runWorkflow, stepSummary, type WorkflowRun } from './support/act.js';
import { cosignVerify, TOOLS_BIN } from './support/consumers.js';
import {
  COSIGN_FIXTURE_KEY,
  COSIGN_FIXTURE_PASSWORD,
  COSIGN_FIXTURE_PUBLIC_KEY,
  MANIFESTS,
  SHOP_CHART,
  scratchDirectories,
} from './support/end-to-end.js';
import { pullRequestEvent } from './support/pull-request-event.js';
import { pushEvent } from './support/push-event.js';
import { holdings, tags } from './support/registry-state.js';
import { startRegistry, type TestRegistry } from './support/registry.js';
import { startSigstore, type SigstoreStack } from './support/sigstore.js';

const execFileAsync = promisify(execFile);
const REPOSITORY = 'larkspur-labs/storefront-deploy';
const HELM = join(TOOLS_BIN, 'helm');

let registry: TestRegistry;
let sigstore: SigstoreStack;
const scratch = scratchDirectories();

beforeAll(async () => {
  [registry, sigstore] = await Promise.all([startRegistry(), startSigstore()]);
});

afterAll(async () => {
  await Promise.all([registry?.stop(), sigstore?.stop()]);
  await scratch.removeAll();
});

interface DocWorkflow {
  /** `README.md:45`: where the block starts. */
  where: string;
  text: string;
}

/** The ```yaml blocks of README.md and docs/*.md that are workflows (they have `jobs:`). */
async function docWorkflows(): Promise<DocWorkflow[]> {
  const files = ['README.md'];
  const docs = await readdir('docs').catch(() => [] as string[]);
  files.push(...docs.filter((f) => f.endsWith('.md')).map((f) => join('docs', f)));
  const found: DocWorkflow[] = [];
  for (const file of files) {
    const lines = (await readFile(file, 'utf8')).split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (lines[i] !== '```yaml') continue;
      const start = i + 1;
      while (i + 1 < lines.length && lines[i + 1] !== '```') i++;
      const text = lines.slice(start, i + 1).join('\n');
      if (/^jobs:/m.test(text)) found.push({ where: `${file}:${start}`, text });
    }
  }
  return found;
}

/** A Git repository holding `files` (relative path → source), committed, as a checkout has it. */
async function repositoryWith(
  files: Record<string, string>,
  prepare?: (dir: string) => Promise<void>,
): Promise<string> {
  const dir = await scratch.make('workflow-repo-');
  for (const [path, source] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await cp(source, join(dir, path), { recursive: true });
  }
  await prepare?.(dir);
  await git(dir, 'init', '-q', '-b', 'main');
  await git(dir, 'add', '-A');
  await git(dir, 'commit', '-q', '-m', 'the repository');
  return dir;
}

/** git in `dir`, as a committer of the scratch repositories. */
function git(dir: string, ...args: string[]) {
  return execFileAsync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd: dir,
  });
}

async function actionlint(files: string[]): Promise<string> {
  try {
    await execFileAsync(join(TOOLS_BIN, 'actionlint'), ['-no-color', ...files]);
    return '';
  } catch (error) {
    return (error as { stdout?: string }).stdout ?? String(error);
  }
}

type Step = { id?: string; uses?: string; with?: Record<string, unknown> };
type Workflow = {
  on: { push?: { branches?: string[]; tags?: string[] }; pull_request?: object | null };
  jobs: object;
};

interface Published {
  /** The repository, `${{ github.repository_owner }}` as written. */
  name: string;
  chart: boolean;
  /** Signed with `cosign-key` (the fixture key, through the secrets the recipe names). */
  keySigned: boolean;
}

interface OnThisMachine {
  /** The files the action's steps publish: the manifests fixture, or our chart (`shop`). */
  files: Record<string, string>;
  /** The repositories the action's steps publish to. */
  repositories: Published[];
  /** The paths of the charts among `files`. */
  charts: string[];
  /** The ids of the action's steps, whose job summaries a test reads. */
  stepIds: string[];
}

/** Points the doc workflow's action steps at the registry and Sigstore on loopback. */
function onThisMachine(workflow: Workflow): OnThisMachine {
  const files: Record<string, string> = {};
  const repositories: Published[] = [];
  const charts: string[] = [];
  const stepIds: string[] = [];
  for (const job of Object.values(workflow.jobs) as { steps: Step[] }[]) {
    for (const step of job.steps) {
      if (step.uses !== ACTION_USES || !step.with) continue;
      if (step.id) stepIds.push(step.id);
      const inputs = step.with;
      inputs.url = String(inputs.url).replace(/^oci:\/\/ghcr\.io\//, `oci://${registry.host}/`);
      // `true`, or an expression that is true on some triggers (`github.event_name == 'push'`).
      const signs =
        inputs.sign === true || (typeof inputs.sign === 'string' && inputs.sign !== 'false');
      if (signs && !inputs['cosign-key']) {
        inputs['fulcio-url'] = sigstore.fulcioURL;
        inputs['rekor-url'] = sigstore.rekorURL;
      }
      const chart = inputs['artifact-type'] === 'helm-chart';
      files[String(inputs.path)] = chart ? SHOP_CHART : MANIFESTS;
      if (chart) charts.push(String(inputs.path));
      repositories.push({
        name: `${String(inputs.url).replace(/^oci:\/\/[^/]+\//, '')}${chart ? '/shop' : ''}`,
        chart,
        keySigned: signs && Boolean(inputs['cosign-key']),
      });
    }
  }
  return { files, repositories, charts, stepIds };
}

/**
 * The README's picture of a pull request's job summary (the ````markdown block of "Reviewing a
 * pull request"), as a pattern: `<digest>` stands for the digest of the base.
 */
async function readmeReviewPicture(): Promise<RegExp> {
  const readme = await readFile('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Reviewing a pull request'));
  const picture = /^````markdown\n([\s\S]*?)\n````$/m.exec(section)?.[1];
  if (!picture)
    throw new Error('README.md: no ````markdown block under "Reviewing a pull request"');
  const escaped = picture.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(escaped.replace('<digest>', '[0-9a-f]{64}'));
}

/** The manifest the doc workflows' pull request changes, inside the manifests fixture. */
const CHANGED_MANIFEST = join('base', 'storefront', 'deployment.yaml');

function failure(run: WorkflowRun): string {
  return `act exited ${run.exitCode}:\n${run.log}`;
}

describe("the repository's workflows", () => {
  it('pass actionlint', async () => {
    const dir = join('.github', 'workflows');
    const files = (await readdir(dir)).filter((f) => f.endsWith('.yml')).map((f) => join(dir, f));
    expect(await actionlint(files)).toBe('');
  });

  it('e2e.yml publishes examples/ with the action as it is checked out, under act', async () => {
    const workdir = await repositoryWith({
      'action.yml': 'action.yml',
      dist: 'dist',
      examples: 'examples',
      '.github/workflows/e2e.yml': '.github/workflows/e2e.yml',
    });
    const run = await runWorkflow({
      workflow: await readFile('.github/workflows/e2e.yml', 'utf8'),
      event: 'push',
      eventPath: await pushEvent('refs/heads/main', workdir, await scratch.make('event-')),
      workdir,
      runnerEnv: { GITHUB_REPOSITORY: 'publish-oci-artifact/e2e' },
      timeoutMs: 60_000,
    });
    expect(run.exitCode, failure(run)).toBe(0);
    expect(run.log).toMatch(/"tags":\[[^\]]*"latest"/);
  });
});

describe('the workflows in the README and docs/', async () => {
  const workflows = await docWorkflows();

  it('are there to run', () => {
    expect(workflows.length).toBeGreaterThanOrEqual(2);
  });

  it.each(workflows)('$where passes actionlint', async ({ text }) => {
    const dir = await scratch.make('doc-workflow-');
    await mkdir(join(dir, '.github', 'workflows'), { recursive: true });
    const file = join(dir, '.github', 'workflows', 'doc.yml');
    await writeFile(file, text);
    expect(await actionlint([file])).toBe('');
  });

  it.each(workflows)(
    '$where runs under act for each trigger and publishes',
    async ({ text }) => {
      const workflow = parse(text) as Workflow;
      const { files, repositories, charts, stepIds } = onThisMachine(workflow);
      const workdir = await repositoryWith(files, async (dir) => {
        // As a chart's repository has it: Chart.lock in step with Chart.yaml.
        for (const chart of charts)
          await execFileAsync(HELM, ['dependency', 'update', join(dir, chart)]);
      });
      const push = workflow.on.push ?? {};
      // A push to the workflow's first branch, then a release tag, for each it runs on.
      const refs = [
        ...(push.branches?.length ? [`refs/heads/${push.branches[0]}`] : []),
        ...(push.tags?.length ? ['refs/tags/v1.2.0'] : []),
      ];
      expect(refs.length).toBeGreaterThan(0);
      const secrets = {
        COSIGN_PRIVATE_KEY: await readFile(COSIGN_FIXTURE_KEY, 'utf8'),
        COSIGN_PASSWORD: COSIGN_FIXTURE_PASSWORD,
      };
      const owner = REPOSITORY.split('/')[0]!;
      /** The workflow, run by act for `event` with the payload at `eventPath`. */
      const runOn = (event: string, eventPath: string) =>
        runWorkflow({
          workflow: stringify(workflow),
          event,
          eventPath,
          workdir,
          secrets,
          runnerEnv: { GITHUB_REPOSITORY: REPOSITORY },
          env: sigstore.env,
          path: [TOOLS_BIN],
          timeoutMs: 60_000,
        });
      for (const ref of refs) {
        const run = await runOn(
          'push',
          await pushEvent(ref, workdir, await scratch.make('event-')),
        );
        expect(run.exitCode, `${ref}: ${failure(run)}`).toBe(0);
        for (const repository of repositories) {
          // `${{ github.repository_owner }}` in the url, as the runner evaluated it.
          const name = repository.name.replace('${{ github.repository_owner }}', owner);
          // A branch moves latest; a release moves stable, or publishes the chart's version.
          const moved = ref.startsWith('refs/heads/')
            ? 'latest'
            : repository.chart
              ? '1.2.0'
              : 'stable';
          expect(await tags(registry, name), `${ref} ${name}\n${run.log}`).toContain(moved);
          if (repository.keySigned) {
            const verdict = await cosignVerify('cosign', `${registry.host}/${name}:${moved}`, [
              '--key',
              COSIGN_FIXTURE_PUBLIC_KEY,
              '--insecure-ignore-tlog=true',
            ]);
            expect(verdict.exitCode, verdict.stderr).toBe(0);
          }
        }
      }
      if (!('pull_request' in workflow.on)) return;
      // A pull request into the branch that changes one manifest: a dry run that pushes nothing
      // and shows the change as the README pictures it.
      for (const path of Object.keys(files).filter((p) => !charts.includes(p))) {
        const file = join(workdir, path, CHANGED_MANIFEST);
        await writeFile(file, (await readFile(file, 'utf8')).replace('replicas: 2', 'replicas: 3'));
      }
      await git(workdir, 'commit', '-qam', 'more replicas');
      const names = repositories.map((r) =>
        r.name.replace('${{ github.repository_owner }}', owner),
      );
      const before = await Promise.all(names.map((name) => holdings(registry, name)));
      const base = push.branches?.[0] ?? 'main';
      const run = await runOn(
        'pull_request',
        await pullRequestEvent(base, workdir, await scratch.make('event-')),
      );
      expect(run.exitCode, `pull request: ${failure(run)}`).toBe(0);
      expect(await Promise.all(names.map((name) => holdings(registry, name)))).toEqual(before);
      if (charts.length === 0) {
        const picture = await readmeReviewPicture();
        // The summary is read by step id: a workflow without one would check nothing.
        expect(stepIds, 'the action step has an id').not.toEqual([]);
        for (const id of stepIds) expect(stepSummary(run, id)).toMatch(picture);
      }
    },
    240_000,
  );
});
