// `build` writes the exact layer publish pushes for the same path and ignore rules.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchDirectories } from '../support/end-to-end.js';
import { manifest } from '../support/registry-state.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { gnuTar } from '../support/tools.js';
import { checkout, outputsOf, publishWithCli, runCli } from './cli.js';

const scratch = scratchDirectories();
let registry: TestRegistry;
let dir: string;

beforeAll(async () => {
  registry = await startRegistry();
  dir = await checkout(scratch);
}, 60_000);

afterAll(async () => {
  await registry?.stop();
  await scratch.removeAll();
});

async function publishedLayer(tag: string, extra: string[] = []): Promise<string> {
  await publishWithCli(dir, `oci://${registry.host}/app`, [
    '--tag',
    tag,
    '--promote',
    '',
    ...extra,
  ]);
  const stored = (await manifest(registry, 'app', tag))!;
  return (stored.parsed as { layers: { digest: string }[] }).layers[0]!.digest;
}

describe('build', () => {
  it.each([
    { name: 'the default rules', publish: [], build: [] },
    {
      name: 'ignore paths',
      publish: ['--ignore-paths', '*.md', '--ignore-paths', 'scripts/'],
      build: ['--ignore-paths', '*.md,scripts/'],
    },
  ])('writes the layer publish pushes, with $name', async ({ publish, build }) => {
    const tag = `t${publish.length}`;
    const layer = await publishedLayer(tag, publish);
    const output = `${tag}.tgz`;
    const result = await runCli(['build', '--path', 'deploy', '--output', output, ...build], {
      cwd: dir,
    });
    expect(result.status, result.stderr).toBe(0);
    const bytes = await readFile(join(dir, output));
    expect(`sha256:${createHash('sha256').update(bytes).digest('hex')}`).toBe(layer);
    expect(outputsOf(result.stdout)).toMatchObject({ digest: layer, size: String(bytes.length) });
    const { stdout } = await gnuTar(['-tzf', join(dir, output)]);
    expect(stdout.toString()).toContain('overlays/production/kustomization.yaml');
  });
});
