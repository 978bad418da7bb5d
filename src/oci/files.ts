// Files that readers never see half-written: content goes to a temporary file beside its final
// name and is renamed over it; updates of a shared file are serialised by a lock file that other
// processes respect too.
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { UserError, ErrorCode } from '../errors.js';

function temporaryPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Moves `temporary` onto `path`, or removes it when anything before failed. */
async function commit(temporary: string, path: string, write: () => Promise<void>): Promise<void> {
  try {
    await write();
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export function writeFileAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const temporary = temporaryPath(path);
  return commit(temporary, path, () => writeFile(temporary, data, { flush: true }));
}

/** Streams `source` through `stages` (any of which may fail the write) into `path`, atomically. */
export function writeStreamAtomic(
  path: string,
  source: Readable,
  ...stages: Transform[]
): Promise<void> {
  const temporary = temporaryPath(path);
  return commit(temporary, path, () =>
    pipeline([source, ...stages, createWriteStream(temporary, { flush: true })]),
  );
}

/** A lock older than this was left by a process that died holding it. */
const STALE_LOCK_MS = 60_000;
const LOCK_WAIT_MS = 120_000;

function isStale(lock: string): Promise<boolean> {
  return stat(lock).then(
    (s) => Date.now() - s.mtimeMs > STALE_LOCK_MS,
    () => false,
  );
}

/**
 * Removes `lock` if it is still stale, holding `<lock>.break` meanwhile. Without it, two waiters
 * that judged the same stale lock would both remove "it": the second, the fresh lock the first
 * had just taken, and both would go in. Under the guard the lock is judged again, and a lock
 * judged stale there cannot be replaced before it is removed: only its (dead) holder or another
 * breaker could remove it first. A waiter that finds the guard taken leaves the breaking to its
 * holder: `false`, wait.
 */
async function breakStaleLock(lock: string): Promise<boolean> {
  const guard = `${lock}.break`;
  let handle;
  try {
    handle = await open(guard, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.close();
    if (await isStale(lock)) await rm(lock, { force: true });
    return true;
  } finally {
    await rm(guard, { force: true });
  }
}

/** Runs `action` holding `<path>.lock`, created exclusively; waits while another holder has it. */
export async function withFileLock<T>(path: string, action: () => Promise<T>): Promise<T> {
  const lock = `${path}.lock`;
  const started = Date.now();
  for (;;) {
    try {
      const handle = await open(lock, 'wx');
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if ((await isStale(lock)) && (await breakStaleLock(lock))) continue;
      if (Date.now() - started > LOCK_WAIT_MS) {
        throw new UserError(
          ErrorCode.LAYOUT_LOCKED,
          `${lock} has been held for over ${LOCK_WAIT_MS / 1000} s; if no other process is ` +
            `writing this layout, delete the lock file (and ${basename(lock)}.break, if present).`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40));
    }
  }
  try {
    return await action();
  } finally {
    await rm(lock, { force: true });
  }
}
