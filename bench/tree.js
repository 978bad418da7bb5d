// Generated trees for the benchmarks: deterministic (seeded), so every run and every machine packs
// the same bytes. Shared by artifact.js (packaging alone) and index.js (the whole action).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Buffer } from 'node:buffer';

export const MiB = 1024 * 1024;

/** mulberry32: a small seeded generator, so every run packs the same bytes. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * 8 MiB of manifest-like YAML: repetitive keys and words (which gzip squeezes) with digests and
 * random values (which it cannot), about as compressible as real Kubernetes manifests.
 */
function corpus(next) {
  const words = ['app', 'api', 'web', 'cache', 'db', 'worker', 'gateway', 'auth', 'queue', 'edge'];
  const word = () => words[Math.floor(next() * words.length)];
  const hex = (n) => Array.from({ length: n }, () => Math.floor(next() * 16).toString(16)).join('');
  const int = (n) => Math.floor(next() * n);
  const lines = [];
  let size = 0;
  while (size < 8 * MiB) {
    const block =
      `---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${word()}-${word()}-${int(999)}\n` +
      `  labels:\n    app.kubernetes.io/name: ${word()}\n    app.kubernetes.io/part-of: ${word()}\n` +
      `spec:\n  replicas: ${int(9)}\n  template:\n    spec:\n      containers:\n` +
      `        - name: ${word()}\n          image: registry.example.com/${word()}/${word()}` +
      `@sha256:${hex(64)}\n          env:\n            - name: ${word().toUpperCase()}_URL\n` +
      `              value: "https://${word()}.${word()}.svc:${int(65535)}/${hex(int(24))}"\n` +
      `          resources:\n            limits: { cpu: ${int(4000)}m, memory: ${int(4096)}Mi }\n`;
    lines.push(block);
    size += block.length;
  }
  return Buffer.from(lines.join(''));
}

/**
 * A tree of `total` bytes: many small manifests, some medium files, a few large bundles, and with
 * `binaryShare` that fraction as incompressible binary files (bundled assets, say), on which
 * gzip spends its time differently than on text.
 */
export async function generateTree(directory, total, { binaryShare = 0 } = {}) {
  const next = random(42);
  const corpusText = corpus(next);
  // Files larger than the corpus are stitched from several random slices of it.
  const slice = (size) => {
    const pieces = [];
    for (let left = size; left > 0;) {
      const length = Math.min(left, corpusText.length / 2);
      const start = Math.floor(next() * (corpusText.length - length));
      pieces.push(corpusText.subarray(start, start + length));
      left -= length;
    }
    return Buffer.concat(pieces);
  };
  const binary = (size) => {
    const bytes = Buffer.alloc(size);
    for (let i = 0; i + 4 <= size; i += 4) bytes.writeUInt32LE((next() * 2 ** 32) >>> 0, i);
    return bytes;
  };
  let written = 0;
  let files = 0;
  const budget = (share) => total * share;
  const textShare = 1 - binaryShare;
  const classes = [
    { share: 0.4 * textShare, min: 2 * 1024, max: 20 * 1024, content: slice, extension: 'yaml' },
    { share: 0.3 * textShare, min: 100 * 1024, max: MiB, content: slice, extension: 'yaml' },
    { share: 0.3 * textShare, min: 8 * MiB, max: 32 * MiB, content: slice, extension: 'yaml' },
    { share: binaryShare, min: 64 * 1024, max: 4 * MiB, content: binary, extension: 'bin' },
  ];
  for (const [index, { share, min, max, content, extension }] of classes.entries()) {
    let classWritten = 0;
    while (classWritten < budget(share)) {
      const size = Math.min(
        Math.floor(min + next() * (max - min)),
        Math.ceil(budget(share) - classWritten),
      );
      const folder = join(directory, `group-${index}`, `team-${files % 7}`, `set-${files % 50}`);
      await mkdir(folder, { recursive: true });
      await writeFile(join(folder, `manifest-${files}.${extension}`), content(size));
      classWritten += size;
      files++;
    }
    written += classWritten;
  }
  return { bytes: written, files };
}
