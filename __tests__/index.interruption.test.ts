// A publish stopped in the middle of a large upload, as a cancelled job is: the runner sends
// SIGTERM, then SIGKILL to what is still running. No tag may move (tags are written only once the
// content is all pushed), and the next run must publish normally.
import { randomBytes } from 'node:crypto';
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
import type { ProxyHandler } from './support/proxy.js';
import { startRegistryProxy, type RegistryProxy } from './support/proxy.js';
import { consistencyProblems, tags } from './support/registry-state.js';
import { startRegistry, type TestRegistry } from './support/registry.js';
import { visibleLog, type RunResult } from './support/runner.js';

const MiB = 1024 * 1024;
/** Random bytes do not compress: the layer is about this large. */
const LARGE = 24 * MiB;
/** How long a process may take to end after SIGTERM before it gets SIGKILL, as the runner does. */
const GRACE_MS = 5_000;
const GITHUB_TOKEN = 'ghs_interruption-test-token';

let registry: TestRegistry;
let proxy: RegistryProxy;
let workspace: string;
const scratch = scratchDirectories();

beforeAll(async () => {
  registry = await startRegistry({ mode: 'htpasswd' });
  proxy = await startRegistryProxy(registry.origin);
  workspace = await makeWorkspace(scratch);
  await writeFile(join(workspace, 'deploy', 'large.bin'), randomBytes(LARGE));
});

afterAll(async () => {
  await proxy?.stop();
  await registry?.stop();
  await scratch.removeAll();
});

/**
 * Holds the large upload once `bytes` of it have arrived (the registry stops reading, as a slow
 * one would), and says when that point is reached.
 */
function holdLargeUpload(bytes: number): { handler: ProxyHandler; reached: Promise<void> } {
  let reached!: () => void;
  const promise = new Promise<void>((resolve) => (reached = resolve));
  const handler: ProxyHandler = async (req, next) => {
    const length = Number(req.headers['content-length'] ?? 0);
    if (req.method !== 'PUT' || !req.url.pathname.includes('/blobs/uploads/') || length < bytes)
      return next();
    await new Promise<void>((resolve) => {
      let seen = 0;
      req.raw.on('data', (chunk: Buffer) => {
        seen += chunk.length;
        if (seen < bytes) return;
        req.raw.pause();
        resolve();
      });
    });
    reached();
    // Never answered: the connection ends with the process.
    return new Promise((resolve) => req.raw.socket.once('close', () => resolve({ destroy: true })));
  };
  return { handler, reached: promise };
}

interface Stopped {
  result: RunResult;
  /** The signal that ended it, as the runner would escalate. */
  endedBy: 'SIGTERM' | 'SIGKILL';
  runnerTemp: string;
}

/** Starts a publish, waits until the large upload is half-way, then stops it with `signal`. */
async function publishStoppedMidUpload(
  repository: string,
  signal: 'SIGTERM' | 'SIGKILL',
): Promise<Stopped> {
  const hold = holdLargeUpload(LARGE / 2);
  const remove = proxy.use(hold.handler);
  const runnerTemp = await mkdtemp(join(tmpdir(), 'runner-temp-'));
  let child: ChildProcess | undefined;
  let endedBy: Stopped['endedBy'] = signal;
  try {
    const running = publish(repository, { RUNNER_TEMP: runnerTemp }, (c) => (child = c));
    await Promise.race([
      hold.reached,
      running.then((result) => {
        throw new Error(`The run ended before its upload was half-way:\n${visibleLog(result)}`);
      }),
    ]);
    child!.kill(signal);
    const escalate = setTimeout(() => {
      endedBy = 'SIGKILL';
      child!.kill('SIGKILL');
    }, GRACE_MS);
    const result = await running;
    clearTimeout(escalate);
    return { result, endedBy, runnerTemp };
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
    env,
    githubToken: GITHUB_TOKEN,
    secrets: () => registry.secrets(),
    timeoutMs: 120_000,
    ...(onSpawn ? { onSpawn } : {}),
  });
}

describe.each(['SIGTERM', 'SIGKILL'] as const)('a publish stopped by %s mid-upload', (signal) => {
  const repository = `interrupted/${signal.toLowerCase()}`;
  let stopped: Stopped;
  let next: RunResult;

  beforeAll(async () => {
    stopped = await publishStoppedMidUpload(repository, signal);
    console.log(
      `interruption (${signal}): ended by ${stopped.endedBy}, exit code ` +
        `${stopped.result.exitCode ?? stopped.result.signal}; tags after: ` +
        `${(await tags(registry, repository)).length}`,
    );
  }, 120_000);

  it('ends within the grace period', () => {
    expect(stopped.endedBy).toBe(signal);
  });

  if (signal === 'SIGTERM') {
    it('says in the log that it was cancelled and what that left', () => {
      const errors = stopped.result.stdout.split('\n').filter((l) => l.startsWith('::error'));
      expect(errors, visibleLog(stopped.result)).toEqual([
        expect.stringMatching(/^::error[^:]*::Cancelled \(SIGTERM\).*no tag/),
      ]);
      expect(stopped.result.exitCode).toBe(143);
    });
  }

  it('moves no tag', async () => {
    expect(await tags(registry, repository)).toEqual([]);
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

  it('is followed by a run that publishes normally', async () => {
    next = await publish(repository);
    expect(next.exitCode, visibleLog(next)).toBe(0);
    expect(await tags(registry, repository)).toEqual(next.outputs.tags!.split('\n').sort());
    expect(await consistencyProblems(registry, repository)).toEqual([]);
  }, 120_000);
});
