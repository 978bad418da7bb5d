// Packaging throughput and peak memory of buildArtifact on generated trees, side by side with
// `tar -c --sort=name | gzip -6` on the same tree. Prints figures; asserts nothing.
//
//   npm run build && npx node bench/artifact.js [100M] [1G] [--repeat N] [--keep]
//
// (`npx node`, or an npm script, so that it runs on the project's Node 24: the child process that
// measures us runs on the same Node as this script.)
// Trees are generated (deterministically) under $BENCH_DIR or the OS temp directory and removed
// afterwards unless --keep. Our side runs in a child process so that its peak RSS is its own.
import { execFile, spawn } from 'node:child_process';
import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { promisify } from 'node:util';
import { generateTree, MiB } from './tree.js';

const run = promisify(execFile);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Ours, in a child process: seconds for buildArtifact alone, and the child's peak RSS. */
function measureOurs(tree, scratch) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [process.argv[1], '--child', tree, scratch], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(output)) : reject(new Error(`child exited ${code}`)),
    );
  });
}

/** GNU tar | gzip -6 to a file; peak RSS is the largest of the pipeline's processes. */
async function measureGnu(tree, scratch) {
  const out = join(scratch, 'gnu.tar.gz');
  const started = process.hrtime.bigint();
  const { stderr } = await run('/usr/bin/time', [
    '-f',
    '%M',
    'sh',
    '-c',
    `tar -c --sort=name -C "${tree}" . | gzip -6 > "${out}"`,
  ]);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const size = (await stat(out)).size;
  await rm(out);
  return { seconds, maxRssBytes: Number(stderr.trim().split('\n').pop()) * 1024, layerSize: size };
}

/**
 * This process's own peak RSS. Not resourceUsage().maxRSS: Linux carries the parent's RSS at
 * fork across exec into it, and the parent has just generated a 1 GiB tree (measured: 155 MiB
 * reported for a build that peaked at 96 MiB). VmHWM belongs to this process's memory alone.
 */
async function peakRss() {
  const status = await readFile('/proc/self/status', 'utf8').catch(() => '');
  const kiB = /^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1];
  // resourceUsage().maxRSS is in kilobytes too.
  return Number(kiB ?? process.resourceUsage().maxRSS) * 1024;
}

async function child(tree, scratch) {
  const { buildArtifact } = await import('../build/artifact/build.js');
  const started = process.hrtime.bigint();
  const built = await buildArtifact({
    path: tree,
    workspace: tree,
    ignorePaths: [],
    resolveSymlinks: false,
    created: '2024-05-13T13:56:21Z',
    source: 'https://github.com/example/bench',
    revision: 'main@sha1:0000000000000000000000000000000000000000',
    annotations: {},
    tmpDir: scratch,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await built.dispose();
  process.stdout.write(
    JSON.stringify({
      seconds,
      maxRssBytes: await peakRss(),
      layerSize: built.layer.size,
      fileCount: built.fileCount,
    }),
  );
}

function parseSize(text) {
  const match = /^(\d+)([MG])$/i.exec(text);
  if (!match) throw new Error(`size '${text}' is not like 100M or 1G`);
  return Number(match[1]) * (match[2].toUpperCase() === 'G' ? 1024 * MiB : MiB);
}

async function main(args) {
  const keep = args.includes('--keep');
  const repeatAt = args.indexOf('--repeat');
  const repeat = repeatAt === -1 ? undefined : Number(args[repeatAt + 1]);
  const sizes = args.filter((a, i) => /^\d+[MG]$/i.test(a) && args[i - 1] !== '--repeat');
  const root = join(process.env.BENCH_DIR ?? tmpdir(), 'artifact-bench');
  const mb = (bytes) => (bytes / MiB).toFixed(0);
  const rows = [];

  for (const label of sizes.length > 0 ? sizes : ['100M', '1G']) {
    const total = parseSize(label);
    const tree = join(root, `tree-${label}`);
    const scratch = join(root, `scratch-${label}`);
    await rm(tree, { recursive: true, force: true });
    await mkdir(scratch, { recursive: true });
    process.stderr.write(`generating ${label} tree in ${tree}\n`);
    const { bytes, files } = await generateTree(tree, total);
    // Warm the page cache, so neither side pays for the first read.
    await run('sh', ['-c', `tar -c -C "${tree}" . | cat > /dev/null`]);

    const times = repeat ?? (total > 256 * MiB ? 1 : 3);
    const ours = [];
    const gnu = [];
    for (let i = 0; i < times; i++) {
      process.stderr.write(`  run ${i + 1}/${times}\n`);
      ours.push(await measureOurs(tree, scratch));
      process.stderr.write(`    peak RSS ${mb(ours.at(-1).maxRssBytes)} MiB\n`);
      gnu.push(await measureGnu(tree, scratch));
    }
    const ourSeconds = median(ours.map((r) => r.seconds));
    const gnuSeconds = median(gnu.map((r) => r.seconds));
    const ourRss = ours.map((r) => r.maxRssBytes);
    const gnuRss = Math.max(...gnu.map((r) => r.maxRssBytes));
    rows.push([
      label,
      `${files} files, ${mb(bytes)} MiB`,
      `${(bytes / MiB / ourSeconds).toFixed(1)} MiB/s`,
      `${(bytes / MiB / gnuSeconds).toFixed(1)} MiB/s`,
      `${(gnuSeconds / ourSeconds).toFixed(2)}×`,
      // The target holds only if it holds for the worst run.
      `${mb(median(ourRss))} MiB (max ${mb(Math.max(...ourRss))})`,
      `${mb(gnuRss)} MiB`,
      `${(ours[0].layerSize / gnu[0].layerSize).toFixed(3)}`,
    ]);
    if (!keep) await rm(tree, { recursive: true, force: true });
    await rm(scratch, { recursive: true, force: true });
  }
  if (!keep) await rm(root, { recursive: true, force: true });

  const header = [
    'tree',
    'content',
    'ours',
    'tar|gzip -6',
    'throughput ratio',
    'our peak RSS: median (max)',
    'tar|gzip RSS',
    'size ratio',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  for (const row of [header, ...rows]) {
    process.stdout.write(`${row.map((cell, i) => cell.padEnd(widths[i])).join('  ')}\n`);
  }
}

const args = process.argv.slice(2);
if (args[0] === '--child') await child(args[1], args[2]);
else await main(args);
