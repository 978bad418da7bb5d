// Shared steps for the artifact tests: build with sensible defaults, and look at the result the way
// independent tools do (GNU tar for listing and extraction, plain zlib for the tar bytes).
import { createWriteStream } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { gunzipSync } from 'node:zlib';
import { buildArtifact, type BuildOptions, type BuiltArtifact } from '../../src/artifact/index.js';
import { gnuTar } from '../support/tools.js';

export const CREATED = '2024-05-13T13:56:21Z';

export function build(
  path: string,
  options: Partial<BuildOptions> & { workspace: string },
): Promise<BuiltArtifact> {
  return buildArtifact({
    path,
    ignorePaths: [],
    resolveSymlinks: false,
    created: CREATED,
    source: 'https://github.com/example/app',
    revision: 'main@sha1:6b86b273ff34fce19d6b804eff5a3f5747ada4ea',
    annotations: {},
    ...options,
  });
}

/** The gzipped layer, saved to `file` through `open()`. */
export async function saveLayer(built: BuiltArtifact, file: string): Promise<Buffer> {
  await pipeline(built.layer.open(), createWriteStream(file));
  return readFile(file);
}

export async function tarBytes(built: BuiltArtifact, scratch: string): Promise<Buffer> {
  return gunzipSync(await saveLayer(built, join(scratch, 'layer.tar.gz')));
}

/** Entry names as GNU tar lists them, bytes untouched. */
export async function gnuTarList(built: BuiltArtifact, scratch: string): Promise<string[]> {
  const file = join(scratch, 'list.tar.gz');
  await saveLayer(built, file);
  const { stdout } = await gnuTar(['-tzf', file, '--quoting-style=literal']);
  return stdout.toString('utf8').split('\n').slice(0, -1);
}

/** Extracts the layer with GNU tar into `scratch/<into>` and returns that directory. */
export async function gnuTarExtract(
  built: BuiltArtifact,
  scratch: string,
  into = 'extracted',
): Promise<string> {
  const file = join(scratch, `${into}.tar.gz`);
  const directory = join(scratch, into);
  await saveLayer(built, file);
  await mkdir(directory);
  await gnuTar(['-xzf', file, '-C', directory]);
  return directory;
}
