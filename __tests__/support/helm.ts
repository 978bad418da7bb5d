// The real Helm v4 client (built from the Go module proxy into .tools/bin/helm) as the judge of the
// charts we build: `helm package` for what a chart archive should hold, `helm template`, `helm pull`
// and `helm show chart` for whether Helm reads ours. Each run gets its own Helm homes (no user's
// repositories, cache or registry logins), and archives are read with GNU tar, not our code.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { runConsumer, type Verdict } from './consumers.js';
import { readTree } from './file-tree.js';
import { gnuTar } from './tools.js';

let homes: string | undefined;

// Removed once the test file that imports this is done.
afterAll(async () => {
  if (homes !== undefined) await rm(homes, { recursive: true, force: true });
  homes = undefined;
});

/** Helm's config, cache and data homes, made once per test file. */
async function helmHomes(): Promise<Record<string, string>> {
  homes ??= await mkdtemp(join(tmpdir(), 'helm-home-'));
  return {
    HELM_CONFIG_HOME: join(homes, 'config'),
    HELM_CACHE_HOME: join(homes, 'cache'),
    HELM_DATA_HOME: join(homes, 'data'),
  };
}

/** Runs helm; a non-zero exit is a verdict. */
export async function helmVerdict(args: string[]): Promise<Verdict> {
  return runConsumer('helm', args, await helmHomes());
}

/** Runs helm, which must succeed; returns what it printed. */
export async function helm(args: string[]): Promise<string> {
  const verdict = await helmVerdict(args);
  if (verdict.exitCode !== 0) {
    throw new Error(`helm ${args.join(' ')} exited ${verdict.exitCode}: ${verdict.stderr}`);
  }
  return verdict.stdout;
}

/** `helm package <chart> -d <fresh dir> ...args`; returns the archive's path. */
export async function helmPackage(chart: string, scratch: string, args: string[] = []) {
  const destination = await mkdtemp(join(scratch, 'helm-package-'));
  await helm(['package', chart, '--destination', destination, ...args]);
  const [archive] = await readdir(destination);
  return join(destination, archive!);
}

/** Every file of a chart archive (`name/...` paths) with its bytes, as GNU tar extracts it. */
export async function archiveFiles(archive: string, scratch: string): Promise<Map<string, Buffer>> {
  const directory = await mkdtemp(join(scratch, 'extracted-'));
  await gnuTar(['-xzf', archive, '-C', directory]);
  const files = new Map<string, Buffer>();
  for (const item of await readTree(directory)) {
    if (item.kind === 'file') files.set(item.path, item.content as Buffer);
  }
  await rm(directory, { recursive: true, force: true });
  return files;
}
