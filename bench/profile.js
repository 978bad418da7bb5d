// Where a whole `node --cpu-prof` run's time went: the samples of a .cpuprofile grouped by where
// the code lives (the bundle's files, Node's built-ins, V8's own entries such as compilation,
// garbage collection and idle waiting), and the functions with the most self time.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

/** Node's functions that compile code: the time they take is compilation, whoever asked. */
const COMPILERS = new Map([
  ['compileSourceTextModule', 'compiling ES modules (the bundle)'],
  ['compileFunctionForCJSLoader', 'compiling CommonJS modules'],
  ['compileForInternalLoader', "compiling Node's built-in modules"],
]);

/** The group a frame's self time is counted in. */
function groupOf({ url, functionName }) {
  if (COMPILERS.has(functionName)) return COMPILERS.get(functionName);
  if (!url) {
    // V8's pseudo-frames: (program) is native work outside JS (parsing among it), (idle) is
    // waiting on I/O, (garbage collector) is GC. Other frames without a URL are C++ bindings.
    return functionName.startsWith('(') ? functionName : 'native bindings (fs, crypto, …)';
  }
  if (url.startsWith('node:')) return "Node's built-in modules (running)";
  if (url.includes('/dist/')) return `dist/${url.slice(url.lastIndexOf('/dist/') + 6)}`;
  return basename(url);
}

/**
 * Reads a .cpuprofile: total sampled milliseconds, milliseconds by group (largest first) and the
 * `top` functions by self time, and the dist/ files whose code ran. A sample lasts until the next one (as Chrome's profiler counts).
 */
export async function summarizeProfile(file, top = 8) {
  const profile = JSON.parse(await readFile(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map();
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    const next = timeDeltas[i + 1] ?? 0;
    selfMs.set(samples[i], (selfMs.get(samples[i]) ?? 0) + next / 1000);
  }
  const groups = new Map();
  const functions = new Map();
  let total = 0;
  for (const [id, time] of selfMs) {
    const { callFrame } = nodes.get(id);
    total += time;
    const group = groupOf(callFrame);
    groups.set(group, (groups.get(group) ?? 0) + time);
    const where = callFrame.url
      ? `${basename(callFrame.url)}:${callFrame.lineNumber + 1}`
      : '(native)';
    const name = `${callFrame.functionName || '(anonymous)'} ${where}`;
    functions.set(name, (functions.get(name) ?? 0) + time);
  }
  const largest = (map) => [...map].sort((a, b) => b[1] - a[1]);
  const distFiles = new Set(
    profile.nodes
      .map((n) => n.callFrame.url)
      .filter((url) => url.includes('/dist/'))
      .map((url) => url.slice(url.lastIndexOf('/dist/') + 1)),
  );
  return {
    totalMs: total,
    distFiles: [...distFiles].sort(),
    wallMs: (profile.endTime - profile.startTime) / 1000,
    groups: largest(groups),
    functions: largest(functions).slice(0, top),
  };
}

/** The summary as a few lines of text, for the bench's stderr and docs/performance.md. */
export function formatProfile(label, summary) {
  const pct = (ms) => `${Math.round(ms)} ms (${Math.round((100 * ms) / summary.totalMs)} %)`;
  const runs = summary.runs ? `, medians of ${summary.runs} runs` : '';
  const lines = [`${label}: ${Math.round(summary.wallMs)} ms profiled${runs}`];
  lines.push(`  dist/ code that ran: ${summary.distFiles.join(', ')}`);
  const groups = summary.groups.filter(([, ms]) => ms >= 1);
  lines.push(`  by where: ${groups.map(([g, ms]) => `${g} ${pct(ms)}`).join(', ')}`);
  lines.push('  top self time:');
  for (const [name, ms] of summary.functions) lines.push(`    ${pct(ms)}  ${name}`);
  return lines.join('\n');
}

/**
 * Several profiles of one scenario as one: each group's median over the runs, the dist/ files any
 * run ran, and the top functions of the run whose profiled time is the median.
 */
export function medianProfile(summaries) {
  const middle = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const names = new Set(summaries.flatMap((s) => s.groups.map(([g]) => g)));
  const groups = [...names]
    .map((g) => [g, middle(summaries.map((s) => new Map(s.groups).get(g) ?? 0))])
    .sort((a, b) => b[1] - a[1]);
  const byWall = [...summaries].sort((a, b) => a.wallMs - b.wallMs);
  const typical = byWall[Math.floor(byWall.length / 2)];
  return {
    runs: summaries.length,
    totalMs: groups.reduce((sum, [, ms]) => sum + ms, 0),
    wallMs: typical.wallMs,
    distFiles: [...new Set(summaries.flatMap((s) => s.distFiles))].sort(),
    groups,
    functions: typical.functions,
  };
}
