// The layout's lock file: a lock left behind by a process that died is broken, by one waiter only.
import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withFileLock } from '../../src/oci/files.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'files-lock-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Leaves `<path>.lock` as a process that died ten minutes ago would. */
async function staleLock(path: string): Promise<void> {
  const lock = `${path}.lock`;
  await writeFile(lock, '');
  const tenMinutesAgo = new Date(Date.now() - 10 * 60_000);
  await utimes(lock, tenMinutesAgo, tenMinutesAgo);
}

/** Runs `callers` actions under the lock at once; returns the most that were ever inside. */
async function mostInsideAtOnce(path: string, callers: number): Promise<number> {
  let inside = 0;
  let most = 0;
  let entered = 0;
  await Promise.all(
    Array.from({ length: callers }, async (_, caller) => {
      // Waiters arrive over a few turns, so that one breaks the lock while others are judging it.
      for (let turn = 0; turn < caller % 6; turn++) await new Promise(setImmediate);
      return withFileLock(path, async () => {
        most = Math.max(most, ++inside);
        entered++;
        // Hold the lock across turns of the event loop, where another entrant would show.
        await new Promise(setImmediate);
        await new Promise((resolve) => setTimeout(resolve, 1));
        inside--;
      });
    }),
  );
  expect(entered).toBe(callers);
  return most;
}

describe('withFileLock', () => {
  it('lets only one of many waiters break a stale lock, so no two actions overlap', async () => {
    const path = join(dir, 'index.json');
    for (let round = 0; round < 5; round++) {
      await staleLock(path);
      expect(await mostInsideAtOnce(path, 24)).toBe(1);
      expect(await readdir(dir)).toEqual([]);
    }
  });
});
