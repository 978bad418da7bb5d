// Blob push throughput to a local docker-registry (distribution 2.8), monolithic and chunked, with
// the memory the client keeps reachable while it sends. Prints figures; asserts nothing.
//
//   npm run build && node --expose-gc bench/oci-upload.js [300M] [--chunk 32M]
//
// The blob is generated as it is sent (never held), so the figures are the client's and the
// registry's, not the disk's. The registry runs with its storage in the OS temp directory.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import console from 'node:console';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { Readable } from 'node:stream';
import { Buffer } from 'node:buffer';
import { clearInterval, setInterval, setTimeout } from 'node:timers';
import { openRepository } from '../build/oci/open.js';

const MiB = 1024 * 1024;
const parseSize = (text) => {
  const match = /^(\d+)([KMG]?)$/i.exec(text);
  if (!match) throw new Error(`not a size: ${text}`);
  return Number(match[1]) * { '': 1, K: 1024, M: MiB, G: 1024 * MiB }[match[2].toUpperCase()];
};

const args = process.argv.slice(2);
const chunkAt = args.indexOf('--chunk');
const chunkSize = chunkAt === -1 ? 32 * MiB : parseSize(args[chunkAt + 1]);
const size = parseSize(
  args.find((a, i) => !a.startsWith('--') && (chunkAt === -1 || i !== chunkAt + 1)) ?? '300M',
);

/** `size` bytes of xorshift output for `seed`, 1 MiB at a time. */
function generated(seed) {
  let state = seed || 1;
  let produced = 0;
  return new Readable({
    read() {
      if (produced >= size) return void this.push(null);
      const piece = Buffer.alloc(Math.min(MiB, size - produced));
      for (let i = 0; i + 4 <= piece.length; i += 4) {
        state ^= state << 13;
        state ^= state >>> 17;
        state ^= state << 5;
        piece.writeUInt32LE(state >>> 0, i);
      }
      produced += piece.length;
      this.push(piece);
    },
  });
}

async function blobOf(seed) {
  const hash = createHash('sha256');
  for await (const chunk of generated(seed)) hash.update(chunk);
  return { digest: `sha256:${hash.digest('hex')}`, size, open: () => generated(seed) };
}

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function startRegistry(dir) {
  const port = await freePort();
  const config = join(dir, 'config.yml');
  await writeFile(
    config,
    `version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\nstorage:\n  filesystem:\n    rootdirectory: ${dir}/storage\nhttp:\n  addr: 127.0.0.1:${port}\n`,
  );
  const child = spawn(
    process.env.DOCKER_REGISTRY_BIN ?? '/usr/bin/docker-registry',
    ['serve', config],
    {
      stdio: 'ignore',
    },
  );
  for (let i = 0; i < 300; i++) {
    try {
      await globalThis.fetch(`http://127.0.0.1:${port}/v2/`);
      return { host: `127.0.0.1:${port}`, stop: () => child.kill() };
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error('docker-registry did not start');
}

const retained = () => {
  globalThis.gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};

const dir = await mkdtemp(join(tmpdir(), 'bench-oci-'));
const registry = await startRegistry(dir);
try {
  console.log(`blob ${(size / MiB).toFixed(0)} MiB, chunks of ${(chunkSize / MiB).toFixed(0)} MiB`);
  if (!globalThis.gc) console.log('(run with --expose-gc for retained-memory figures)');
  for (const [kind, upload] of [
    ['monolithic', { chunkThresholdBytes: Number.MAX_SAFE_INTEGER }],
    ['chunked', { chunkThresholdBytes: 0, chunkSizeBytes: chunkSize }],
  ]) {
    const blob = await blobOf(kind.length);
    const repo = await openRepository(`oci://${registry.host}/bench/${kind}`, { upload });
    const start = retained();
    let peak = start;
    const sampler = setInterval(() => (peak = Math.max(peak, retained())), 250);
    const began = performance.now();
    await repo.putBlob(blob);
    const seconds = (performance.now() - began) / 1000;
    clearInterval(sampler);
    console.log(
      `${kind.padEnd(10)} ${seconds.toFixed(2)} s  ${(size / MiB / seconds).toFixed(0)} MiB/s` +
        (globalThis.gc ? `  retained at most ${((peak - start) / MiB).toFixed(1)} MiB` : ''),
    );
  }
} finally {
  registry.stop();
  await rm(dir, { recursive: true, force: true });
}
