// Publishes stopped part-way, as a cancelled job is: the runner sends SIGINT, then SIGTERM, then
// SIGKILL to what is still running. Each phase (upload, manifest, signing, promotion) is made to
// last by a proxy holding one of its requests, and the run is signalled there. No tag may point
// at anything incomplete (tags are written only once the content and its signatures are), no
// upload session may stay open in the registry, and the next run must publish normally.
//
// These runs alone start the action without a real runner (support/runner.ts, runActionDirectly):
// act, cancelled, kills the step's process outright, so it cannot send the SIGINT and SIGTERM that
// GitHub's runner sends, at the moment a test chooses.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:os';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeWorkspace,
  publish as publishAction,
  scratchDirectories,
} from './support/end-to-end.js';
import {
  startRegistryProxy,
  type ProxyHandler,
  type ProxyRequest,
  type RecordedRequest,
  type RegistryProxy,
} from './support/proxy.js';
import {
  bundlesOf,
  consistencyProblems,
  legacySignaturesOf,
  tags,
  uploadSessions,
} from './support/registry-state.js';
import { startRegistry, type TestRegistry } from './support/registry.js';
import { visibleLog, type RunResult } from './support/runner.js';
import { signalDelivered } from './support/signal-delivery.js';
import { startSigstore, type SigstoreStack } from './support/sigstore.js';

const MiB = 1024 * 1024;
/** Random bytes do not compress: the layer is about this large. */
const LARGE = 24 * MiB;
/** How long a process may take to end after SIGTERM before it gets SIGKILL, as the runner does. */
const GRACE_MS = 5_000;
const GITHUB_TOKEN = 'ghs_interruption-test-token';

let registry: TestRegistry;
let proxy: RegistryProxy;
let sigstore: SigstoreStack;
let workspace: string;
const scratch = scratchDirectories();

beforeAll(async () => {
  registry = await startRegistry({ mode: 'htpasswd' });
  proxy = await startRegistryProxy(registry.origin);
  sigstore = await startSigstore({
    subject:
      'https://github.com/larkspur-labs/storefront-deploy/.github/workflows/publish.yml@refs/heads/master',
  });
  workspace = await makeWorkspace(scratch);
  await writeFile(join(workspace, 'deploy', 'large.bin'), randomBytes(LARGE));
});

afterAll(async () => {
  await sigstore?.stop();
  await proxy?.stop();
  await registry?.stop();
  await scratch.removeAll();
});

type Phase = 'upload-session' | 'upload' | 'manifest' | 'signing' | 'promotion';
type Signal = 'SIGINT' | 'SIGTERM' | 'SIGKILL';

const MANIFEST_PUT = /^\/v2\/.+\/manifests\/([^/]+)$/;
const putOf = (req: ProxyRequest) =>
  req.method === 'PUT' ? MANIFEST_PUT.exec(req.url.pathname)?.[1] : undefined;

/**
 * The request that makes each phase last, and how much of its body to read first; or, with
 * `answersLate`, the request whose answer is held back after the registry has acted on it.
 */
const PHASES: Record<
  Phase,
  { holds: (req: ProxyRequest) => boolean; readBytes?: number; answersLate?: true }
> = {
  // An upload session the registry has opened, before the run has learnt where it is.
  'upload-session': {
    holds: (req) => req.method === 'POST' && req.url.pathname.endsWith('/blobs/uploads/'),
    answersLate: true,
  },
  // The large layer, half-way through (the registry stops reading, as a slow one would).
  upload: {
    holds: (req) =>
      req.method === 'PUT' &&
      req.url.pathname.includes('/blobs/uploads/') &&
      Number(req.headers['content-length'] ?? 0) >= LARGE / 2,
    readBytes: LARGE / 2,
  },
  // The artifact's manifest, pushed by digest before anything else is.
  manifest: { holds: (req) => putOf(req)?.startsWith('sha256:') === true },
  // The legacy signature.
  signing: { holds: (req) => /^sha256-[0-9a-f]{64}\.sig$/.test(putOf(req) ?? '') },
  // The first tag.
  promotion: { holds: (req) => /^(?!sha256)[\w][\w.-]*$/.test(putOf(req) ?? '') },
};

/**
 * Holds the first request of `phase`, never answering it (or, for `answersLate`, answering it
 * once `release` is called: after the run has received its signal). `reached` settles once it
 * arrived, with the path of the upload session whose opening is answered late.
 */
function holdPhase(phase: Phase): {
  handler: ProxyHandler;
  reached: Promise<string | undefined>;
  release: () => void;
} {
  const { holds, readBytes, answersLate } = PHASES[phase];
  let reached!: (lateSession?: string) => void;
  const promise = new Promise<string | undefined>((resolve) => (reached = resolve));
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = false;
  const handler: ProxyHandler = async (req, next) => {
    if (held || !holds(req)) return next();
    held = true;
    if (answersLate) {
      const response = await next();
      const location = 'destroy' in response ? undefined : response.headers?.location;
      reached(new URL(String(location), proxy.origin).pathname);
      await released;
      return response;
    }
    await new Promise<void>((resolve) => {
      let seen = 0;
      req.raw.on('data', (chunk: Buffer) => {
        seen += chunk.length;
        if (seen < (readBytes ?? Number.POSITIVE_INFINITY)) return;
        req.raw.pause();
        resolve();
      });
      req.raw.once('end', () => resolve());
    });
    reached();
    // Never answered: the connection ends with the process.
    return new Promise((resolve) => req.raw.socket.once('close', () => resolve({ destroy: true })));
  };
  return { handler, reached: promise, release };
}

interface Stopped {
  result: RunResult;
  /** The signal that ended it, as the runner would escalate. */
  endedBy: Signal;
  runnerTemp: string;
  /** Requests the proxy received during the run. */
  requests: RecordedRequest[];
  /** The upload session whose opening was answered late (phase `upload-session`). */
  lateSession: string | undefined;
}

/** Starts a publish, waits until `phase` is under way, then stops it with `signal`. */
async function publishStopped(repository: string, phase: Phase, signal: Signal): Promise<Stopped> {
  const hold = holdPhase(phase);
  const remove = proxy.use(hold.handler);
  const runnerTemp = await mkdtemp(join(tmpdir(), 'runner-temp-'));
  const firstRequest = proxy.requests.length;
  let child: ChildProcess | undefined;
  let endedBy: Signal = signal;
  try {
    const running = publish(repository, { RUNNER_TEMP: runnerTemp }, (c) => (child = c));
    const lateSession = await Promise.race([
      hold.reached,
      running.then((result) => {
        throw new Error(`The run ended before its ${phase} phase:\n${visibleLog(result)}`);
      }),
    ]);
    child!.kill(signal);
    // The held answer goes out only once the run has the signal, so that it is always the
    // cancelled run that receives it.
    await signalDelivered(child!.pid!, signal);
    hold.release();
    const escalate = setTimeout(() => {
      endedBy = 'SIGKILL';
      child!.kill('SIGKILL');
    }, GRACE_MS);
    const result = await running;
    clearTimeout(escalate);
    return {
      result,
      endedBy,
      runnerTemp,
      requests: proxy.requests.slice(firstRequest),
      lateSession,
    };
  } finally {
    remove();
  }
}

function publish(
  repository: string,
  env: Record<string, string> = {},
  onSpawn?: (child: ChildProcess) => void,
): Promise<RunResult> {
  // publish() fails the test if the run printed a secret.
  return publishAction({
    workspace,
    url: `oci://${proxy.host}/${repository}`,
    user: registry.users.writer,
    inputs: { sign: 'true', 'fulcio-url': sigstore.fulcioURL, 'rekor-url': sigstore.rekorURL },
    env: { ...sigstore.env, ...env },
    githubToken: GITHUB_TOKEN,
    secrets: () => [...registry.secrets(), ...sigstore.secrets()],
    timeoutMs: 120_000,
    ...(onSpawn ? { onSpawn } : {}),
  });
}

/** A recorded request as the phase matchers read it. */
const asProxyRequest = (r: RecordedRequest) =>
  ({ method: r.method, url: new URL(r.path, proxy.origin), headers: r.headers }) as ProxyRequest;

/** Tags that name the artifact, not its signatures or referrers index. */
const artifactTags = (all: string[]) => all.filter((t) => !/^sha256-[0-9a-f]{64}/.test(t));

const CASES: [Phase, Signal][] = [
  ['upload-session', 'SIGINT'],
  ['upload-session', 'SIGTERM'],
  ['upload', 'SIGINT'],
  ['upload', 'SIGTERM'],
  ['upload', 'SIGKILL'],
  ['manifest', 'SIGINT'],
  ['manifest', 'SIGTERM'],
  ['signing', 'SIGINT'],
  ['signing', 'SIGTERM'],
  ['promotion', 'SIGINT'],
  ['promotion', 'SIGTERM'],
];

describe.each(CASES)('a publish stopped in its %s phase by %s', (phase, signal) => {
  const repository = `interrupted/${phase}-${signal.toLowerCase()}`;
  let stopped: Stopped;
  let next: RunResult;

  beforeAll(async () => {
    stopped = await publishStopped(repository, phase, signal);
    console.log(
      `interruption (${phase}, ${signal}): ended by ${stopped.endedBy}, exit code ` +
        `${stopped.result.exitCode ?? stopped.result.signal}; tags after: ` +
        `${(await tags(registry, repository)).join(' ') || 'none'}`,
    );
  }, 120_000);

  it('ends within the grace period', () => {
    expect(stopped.endedBy).toBe(signal);
  });

  if (signal !== 'SIGKILL') {
    it('says in the log that it was cancelled and what that left', () => {
      const errors = stopped.result.stdout.split('\n').filter((l) => l.startsWith('::error'));
      expect(errors, visibleLog(stopped.result)).toEqual([
        expect.stringMatching(new RegExp(`^::error[^:]*::Cancelled \\(${signal}\\).*no tag`)),
      ]);
      expect(stopped.result.exitCode).toBe(128 + constants.signals[signal]);
    });

    it('leaves no upload session open in the registry', async () => {
      expect(await uploadSessions(registry, repository)).toEqual([]);
      const deleted = stopped.requests
        .filter((r) => r.method === 'DELETE' && r.path.includes('/blobs/uploads/'))
        .map((r) => r.path.split('?')[0]);
      if (phase === 'upload-session') {
        // Opened by the registry, but known to the run only once the answer came: given back.
        expect(deleted).toContain(stopped.lateSession);
      }
      if (phase === 'upload') {
        // The held session (and the config's, if its upload was still open) got a DELETE.
        const held = stopped.requests.find((r) => PHASES.upload.holds(asProxyRequest(r)));
        expect(deleted).toContain(held!.path.split('?')[0]);
      }
    });
  }

  it('moves no tag, and leaves no tag pointing at anything incomplete', async () => {
    expect(artifactTags(await tags(registry, repository))).toEqual([]);
    expect(await consistencyProblems(registry, repository)).toEqual([]);
  });

  it('leaves its temporary files only in RUNNER_TEMP, which the runner empties', async () => {
    try {
      expect((await readdir(stopped.runnerTemp)).every((f) => f.startsWith('flux-artifact-'))).toBe(
        true,
      );
    } finally {
      await rm(stopped.runnerTemp, { recursive: true, force: true });
    }
  });

  it('is followed by a run that publishes and signs normally', async () => {
    next = await publish(repository);
    expect(next.exitCode, visibleLog(next)).toBe(0);
    expect(artifactTags(await tags(registry, repository))).toEqual(
      next.outputs.tags!.split('\n').sort(),
    );
    expect(await consistencyProblems(registry, repository)).toEqual([]);
    const digest = next.outputs.digest!;
    expect(await legacySignaturesOf(registry, repository, digest)).toHaveLength(1);
    expect(await bundlesOf(registry, repository, digest)).toEqual([next.outputs.bundle]);
  }, 120_000);
});
