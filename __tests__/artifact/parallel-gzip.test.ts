// The block-parallel gzip: one ordinary gzip member that GNU gzip reads back, whatever the input's
// size, and the same bytes however the input arrives.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { crc32, inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ParallelGzip } from '../../src/artifact/parallel-gzip.js';
import { readAll } from '../support/blobs.js';
import { tempDir } from '../support/file-tree.js';

const run = promisify(execFile);
const MiB = 1024 * 1024;

let scratch: { path: string; remove: () => Promise<void> };
beforeAll(async () => {
  scratch = await tempDir();
});
afterAll(() => scratch.remove());

function gzip(chunks: Buffer[]): Promise<Buffer> {
  return readAll(Readable.from(chunks).pipe(new ParallelGzip({ level: 6 })));
}

/** Text that deflates well, with stretches of random bytes that do not. */
function mixedContent(size: number): Buffer {
  const text = Buffer.from(
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: example\n'.repeat(64),
  );
  const pieces: Buffer[] = [];
  for (let length = 0, i = 0; length < size; i++) {
    const piece = i % 3 === 2 ? randomBytes(20_000) : text;
    pieces.push(piece);
    length += piece.length;
  }
  return Buffer.concat(pieces).subarray(0, size);
}

it.each([0, 1, MiB - 1, MiB, MiB + 1, 3.5 * MiB])(
  'compresses %i bytes into gzip that GNU gzip reads back',
  async (size) => {
    const input = mixedContent(size);
    const file = join(scratch.path, `${size}.gz`);
    await writeFile(file, await gzip([input]));
    const { stdout } = await run('gzip', ['-dc', file], {
      encoding: 'buffer',
      maxBuffer: 16 * MiB,
    });
    expect(stdout.equals(input)).toBe(true);
  },
);

it('writes a single gzip member: one deflate stream between header and trailer', async () => {
  const input = mixedContent(2.5 * MiB);
  const output = await gzip([input]);
  expect([...output.subarray(0, 4)]).toEqual([0x1f, 0x8b, 8, 0]);
  expect(inflateRawSync(output.subarray(10, -8)).equals(input)).toBe(true);
  expect(output.readUInt32LE(output.length - 8)).toBe(crc32(input));
  expect(output.readUInt32LE(output.length - 4)).toBe(input.length);
});

it('writes the same bytes however the input is cut into chunks', async () => {
  const input = mixedContent(2.2 * MiB);
  const whole = await gzip([input]);
  await fc.assert(
    fc.asyncProperty(
      fc.uniqueArray(fc.integer({ min: 1, max: input.length - 1 }), { maxLength: 12 }),
      async (cuts) => {
        const bounds = [0, ...cuts.sort((a, b) => a - b), input.length];
        const chunks = bounds.slice(1).map((end, i) => input.subarray(bounds[i], end));
        expect((await gzip(chunks)).equals(whole)).toBe(true);
      },
    ),
    { numRuns: 10 },
  );
});

it('ends quietly when destroyed while blocks are being compressed (a failed write downstream)', async () => {
  const errors: unknown[] = [];
  const record = (error: unknown) => errors.push(error);
  process.on('uncaughtException', record);
  try {
    for (let i = 0; i < 20; i++) {
      const gzipStream = new ParallelGzip({ level: 6 });
      gzipStream.on('error', () => undefined);
      gzipStream.write(randomBytes(3 * MiB));
      // The blocks' flushes are still on the thread pool when the stream goes.
      gzipStream.destroy(new Error('ENOSPC'));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    process.off('uncaughtException', record);
  }
  expect(errors).toEqual([]);
});
