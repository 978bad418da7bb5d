// Timing a process (or a chain of them) from the bench: wall time from spawn to exit, and, when
// asked, the peak RSS of its biggest process as GNU time reports it. Plus the medians, ranges and
// ratios the table prints.
import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import process from 'node:process';
import { MiB } from './tree.js';

/**
 * Runs `command` to its end: wall seconds, its output, and with `rssIn` (a scratch directory) the
 * peak RSS through `/usr/bin/time -f %M`, which reports the largest of the process and its
 * children. Without `rssIn` nothing stands between the bench and the process, so a chain of three
 * processes is not charged three extra `time` start-ups. A non-zero exit throws, unless `allow`
 * lists the code (a verdict, as flux-diff's 1).
 */
export async function measured(command, args, options = {}) {
  const { env, cwd, rssIn, onSpawn, allow = [] } = options;
  const rssFile = rssIn && join(rssIn, `rss-${process.hrtime.bigint()}`);
  const [file, argv] = rssFile
    ? ['/usr/bin/time', ['-f', '%M', '-o', rssFile, command, ...args]]
    : [command, args];
  const started = process.hrtime.bigint();
  const child = spawn(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], env, cwd });
  onSpawn?.(started);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', done);
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (code !== 0 && !allow.includes(code)) {
    throw new Error(`${command} ${args.join(' ')} exited ${code}:\n${stdout}${stderr}`);
  }
  let rssBytes;
  if (rssFile) {
    rssBytes = Number((await readFile(rssFile, 'utf8')).trim().split('\n').pop()) * 1024;
    await rm(rssFile);
  }
  return { seconds, rssBytes, code, stdout, stderr };
}

/** Runs `steps` one after another (each may read the results before it): the chain's wall time. */
export async function chained(steps) {
  const started = process.hrtime.bigint();
  const results = [];
  for (const step of steps) results.push(await step(results));
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, results };
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export const ms = (seconds) => `${Math.round(seconds * 1000)} ms`;
export const mb = (bytes) => `${(bytes / 1e6).toFixed(0)} MB`;
export const mib = (bytes) => `${(bytes / MiB).toFixed(0)} MiB`;
export const mibps = (speed) => `${speed.toFixed(0)} MiB/s`;

/** `median (min–max)` of `values`, each formatted. */
export const spread = (values, format) =>
  `${format(median(values))} (${format(Math.min(...values))}–${format(Math.max(...values))})`;

export const ratio = (ours, peer) => `${(ours / peer).toFixed(2)}×`;
