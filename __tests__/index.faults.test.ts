// The action against a registry that fails: a proxy in front of the real registry injects faults on
// a seeded random schedule (5xx, 429 with Retry-After, resets before and during request bodies,
// answers cut off part-way, stalls). Every publish must still succeed, the registry must be
// consistent after each one, and no tag may ever be written before the artifact it names is
// complete and signed. Permanent errors fail at once, with the registry's own words.
//
// FAULT_SEED=<n> replays a schedule: each publish gets its own proxy seeded with <n> + its index,
// so its faults depend only on its own sequence of requests. FAULT_PUBLISHES=<n> runs fewer (or
// more) publishes while investigating.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunName } from './fixtures/events/runs.js';
import { FAULT_KINDS, faultSchedule, type FaultKind } from './support/fault-schedule.js';
import {
  makeWorkspace,
  publish as publishAction,
  scratchDirectories,
} from './support/end-to-end.js';
import { faults, route } from './support/proxy-handlers.js';
import { startRegistryProxy } from './support/proxy.js';
import { consistencyProblems, tags, tagWatch } from './support/registry-state.js';
import { startRegistry, type TestRegistry } from './support/registry.js';
import { visibleLog, type RunResult } from './support/runner.js';
import { startSigstore, type SigstoreStack } from './support/sigstore.js';

const SEED = Number(process.env.FAULT_SEED ?? 20_261_124);
const PUBLISHES = Number(process.env.FAULT_PUBLISHES ?? 50);
const CONCURRENCY = 8;
const FAULT_RATE = 0.2;
/** Short waits, so that retries and stall detection cost test time in seconds, not minutes. */
const FAST_RETRIES = { PUBLISH_OCI_RETRY_BASE_MS: '50', PUBLISH_OCI_TIMEOUT_MS: '1500' };
const GITHUB_TOKEN = 'ghs_faults-test-token';

let registry: TestRegistry;
let sigstore: SigstoreStack;
let workspace: string;
const scratch = scratchDirectories();

beforeAll(async () => {
  registry = await startRegistry({ mode: 'htpasswd' });
  sigstore = await startSigstore({
    subject:
      'https://github.com/larkspur-labs/storefront-deploy/.github/workflows/publish.yml@refs/heads/master',
  });
  workspace = await makeWorkspace(scratch);
});

afterAll(async () => {
  await sigstore?.stop();
  await registry?.stop();
  await scratch.removeAll();
});

/** Runs the action through a proxy at `host`, signing keyless against the mock Sigstore. */
function publish(
  host: string,
  repository: string,
  run: RunName,
  inputs: Record<string, string> = {},
): Promise<RunResult> {
  // publish() fails the test if the run printed a secret.
  return publishAction({
    run,
    workspace,
    url: `oci://${host}/${repository}`,
    user: registry.users.writer,
    inputs: {
      sign: 'true',
      'fulcio-url': sigstore.fulcioURL,
      'rekor-url': sigstore.rekorURL,
      ...inputs,
    },
    env: { ...sigstore.env, ...FAST_RETRIES },
    githubToken: GITHUB_TOKEN,
    secrets: () => [...registry.secrets(), ...sigstore.secrets()],
    timeoutMs: 90_000,
  });
}

/** The seconds a run spent waiting between attempts, from its "retrying in N s" lines. */
function retryWaitSeconds(result: RunResult): number {
  let total = 0;
  for (const [, seconds] of visibleLog(result).matchAll(/retrying in (\d+(?:\.\d+)?) s/g))
    total += Number(seconds);
  return total;
}

function errorLines(result: RunResult): string[] {
  return result.stdout.split('\n').filter((line) => line.startsWith('::error'));
}

/**
 * Three kinds of run take turns: a default-branch push (promotes `latest`), a release tag
 * (promotes `stable`, which needs the tag list), and an older release (must not take `stable`).
 */
const RUNS: { run: RunName; promotes: string[] }[] = [
  { run: 'push to the default branch', promotes: ['latest'] },
  { run: 'push of tag v6.1.0', promotes: ['stable'] },
  { run: 'push of tag v6.0.5', promotes: [] },
];

describe(`${PUBLISHES} publishes at a ${FAULT_RATE * 100}% fault rate`, () => {
  const repository = 'faults/app';
  const outcomes: {
    index: number;
    result: RunResult;
    injected: Record<FaultKind, number>;
    requests: number;
    seconds: number;
    problems: string[];
  }[] = [];
  const violations: string[] = [];
  const verified = new Set<string>();
  let tagsChecked = 0;

  beforeAll(async () => {
    // v6.1.0 is published first, without faults, so that v6.0.5 is always the lower version.
    const first = await publish(registry.host, repository, 'push of tag v6.1.0');
    expect(first.exitCode, visibleLog(first)).toBe(0);

    const publishOne = async (index: number) => {
      const proxy = await startRegistryProxy(registry.origin);
      const schedule = faultSchedule({
        seed: SEED + index,
        rate: FAULT_RATE,
        stallLimitMs: 30_000,
      });
      const watch = tagWatch(registry, { signed: true });
      proxy.use(schedule.handler);
      proxy.use(watch.handler); // outermost: sees every tag write before any fault does
      const started = performance.now();
      const { run } = RUNS[index % RUNS.length]!;
      // Each publish is its own artifact (its own digest), so that every tag write is checked.
      const result = await publish(proxy.host, repository, run, {
        tag: `run-${index}`,
        annotations: `test.fault-run=${index}`,
      });
      const seconds = (performance.now() - started) / 1000;
      await proxy.stop();
      violations.push(...watch.violations);
      tagsChecked += watch.checked();
      // Checked while the other publishes of the batch are still writing.
      const problems = await consistencyProblems(registry, repository, verified);
      outcomes.push({
        index,
        result,
        injected: schedule.injected(),
        requests: schedule.requests(),
        seconds,
        problems,
      });
    };
    // A pool: CONCURRENCY publishes always in flight, the next starting as soon as one ends.
    let next = 0;
    const worker = async () => {
      while (next < PUBLISHES) await publishOne(next++);
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    outcomes.sort((a, b) => a.index - b.index);

    const injected = Object.fromEntries(
      FAULT_KINDS.map((kind) => [kind, outcomes.reduce((n, o) => n + o.injected[kind], 0)]),
    );
    const totalFaults = Object.values(injected).reduce((a, b) => a + b, 0);
    const waits = outcomes.map((o) => retryWaitSeconds(o.result));
    console.log(
      [
        `faults suite (seed ${SEED}): ${outcomes.length} publishes attempted, ` +
          `${outcomes.filter((o) => o.result.exitCode === 0).length} succeeded`,
        `  requests ${outcomes.reduce((n, o) => n + o.requests, 0)}, faults injected ${totalFaults}: ` +
          FAULT_KINDS.map((kind) => `${kind} ${injected[kind]}`).join(', '),
        `  retry waits: total ${waits.reduce((a, b) => a + b, 0).toFixed(1)} s, ` +
          `longest for one publish ${Math.max(...waits).toFixed(1)} s; ` +
          `slowest publish ${Math.max(...outcomes.map((o) => o.seconds)).toFixed(1)} s`,
        `  tag writes checked as they happened: ${tagsChecked}`,
      ].join('\n'),
    );
  }, 600_000);

  it('all succeed', () => {
    const failed = outcomes.filter((o) => o.result.exitCode !== 0);
    expect(
      failed.map((o) => `run ${o.index}: ${errorLines(o.result).join(' ')}`),
      failed.map((o) => visibleLog(o.result)).join('\n\n'),
    ).toEqual([]);
    expect(outcomes).toHaveLength(PUBLISHES);
  });

  it('were really exposed to every kind of fault', () => {
    for (const kind of FAULT_KINDS) {
      expect(
        outcomes.reduce((n, o) => n + o.injected[kind], 0),
        kind,
      ).toBeGreaterThan(0);
    }
  });

  it('leave every tag resolving to a manifest whose blobs all exist, after every publish', () => {
    expect(outcomes.flatMap((o) => o.problems.map((p) => `after run ${o.index}: ${p}`))).toEqual(
      [],
    );
  });

  it('never write a tag before its artifact is complete and signed', () => {
    // Each publish writes its own tag and its promotions (a retried write is checked again).
    const written = outcomes.reduce(
      (n, o) => n + 1 + RUNS[o.index % RUNS.length]!.promotes.length,
      0,
    );
    expect(tagsChecked).toBeGreaterThanOrEqual(written);
    expect(violations).toEqual([]);
  });

  it('promote by the rules even when the tag list is cut off', async () => {
    for (const { index, result } of outcomes) {
      const { promotes } = RUNS[index % RUNS.length]!;
      expect(result.outputs.tags?.split('\n'), `run ${index}`).toEqual([
        `run-${index}`,
        ...promotes,
      ]);
    }
    expect(await tags(registry, repository)).toEqual(expect.arrayContaining(['latest', 'stable']));
  });

  it('keep the total time spent waiting to retry bounded', () => {
    for (const outcome of outcomes) expect(retryWaitSeconds(outcome.result)).toBeLessThan(30);
  });
});

describe('permanent errors', () => {
  const cases: {
    name: string;
    match: ReturnType<typeof route>;
    status: number;
    code: string;
    message: string;
    /** Requests the fault answers: once each, never retried (two uploads start side by side). */
    requests: number;
    headers?: Record<string, string>;
  }[] = [
    {
      name: '401 unauthorized',
      match: route('POST', /\/blobs\/uploads\/$/),
      status: 401,
      code: 'UNAUTHORIZED',
      message: 'authentication required by the injected fault',
      requests: 2,
    },
    {
      name: '403 denied',
      match: route('POST', /\/blobs\/uploads\/$/),
      status: 403,
      code: 'DENIED',
      message: 'requested access to the resource is denied',
      requests: 2,
    },
    {
      name: '404 name unknown',
      match: route('POST', /\/blobs\/uploads\/$/),
      status: 404,
      code: 'NAME_UNKNOWN',
      message: 'repository name not known to registry',
      requests: 2,
    },
    {
      name: '400 manifest invalid',
      match: route('PUT', /\/manifests\//),
      status: 400,
      code: 'MANIFEST_INVALID',
      message: 'manifest invalid',
      requests: 1,
    },
  ];

  for (const { name, match, status, code, message, requests, headers } of cases) {
    it(`${name} fails on the first attempt with the registry's message`, async () => {
      const proxy = await startRegistryProxy(registry.origin);
      const body = JSON.stringify({ errors: [{ code, message }] });
      proxy.use(
        faults(match, {
          status,
          headers: { 'content-type': 'application/json', ...headers },
          body,
        }),
      );
      try {
        const repository = `permanent/${status}`;
        const result = await publish(proxy.host, repository, 'push to the default branch', {
          sign: 'false',
        });
        expect(result.exitCode).toBe(1);
        const errors = errorLines(result);
        expect(errors).toHaveLength(1);
        expect(errors[0]).toContain(`${code}: ${message}`);
        const attempts = proxy.requests.filter((r) =>
          match({
            method: r.method,
            url: new URL(r.path, proxy.origin),
          } as Parameters<typeof match>[0]),
        );
        expect(attempts).toHaveLength(requests);
        expect(visibleLog(result)).not.toMatch(/retrying in/);
        expect(await tags(registry, repository)).toEqual([]);
      } finally {
        await proxy.stop();
      }
    });
  }
});
