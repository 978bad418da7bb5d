// `build --path <dir> --output artifact.tgz`: writes the layer publish would push for this path,
// byte for byte (src/artifact/build.ts), as `flux build artifact` writes Flux's.
import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { buildArtifact } from '../artifact/index.js';
import { writeStreamAtomic } from '../oci/files.js';
import { formatBytes } from '../log.js';
import { runCommand, stringFlag, usageError, type CommandSpec } from './command.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { IGNORE_PATHS_FLAG, RESOLVE_SYMLINKS_FLAG, buildSource } from './build-source.js';

const SPEC: CommandSpec = {
  name: 'build',
  usage: 'build --path <dir|file> [--output artifact.tgz] [flags]',
  description: [
    'Writes the gzipped tar layer that publish would push for --path: the same files, order,',
    'modes and bytes. Prints output, digest, diff-id, size and files as name=value lines.',
  ].join('\n'),
  positionals: [],
  flags: [
    {
      name: 'path',
      short: 'p',
      type: 'string',
      value: '<dir|file>',
      description: 'The directory (or single file) to package. Required.',
    },
    {
      name: 'output',
      short: 'o',
      type: 'string',
      value: '<file>',
      description: 'Where to write the layer (default: artifact.tgz).',
    },
    IGNORE_PATHS_FLAG,
    RESOLVE_SYMLINKS_FLAG,
  ],
};

export function run(argv: string[]): Promise<ExitCode> {
  return runCommand(SPEC, argv, async ({ values, log }) => {
    const source = await buildSource(values);
    const output = resolve(stringFlag(values, 'output') ?? 'artifact.tgz');
    const parent = await stat(resolve(output, '..')).catch(() => undefined);
    if (!parent?.isDirectory()) {
      throw usageError(`--output ${output}: its directory does not exist`);
    }
    const inside = relative(source.path, output);
    if (!inside.startsWith('..') && !isAbsolute(inside)) {
      log.warning(`--output ${output} is inside --path: a later build will package it.`);
    }
    const built = await buildArtifact({ ...source, onWarning: (m) => log.warning(m) });
    try {
      await writeStreamAtomic(output, built.layer.open());
    } finally {
      await built.dispose();
    }
    log.info(`Wrote ${built.fileCount} files, ${formatBytes(built.layer.size)}, to ${output}.`);
    const lines = {
      output,
      digest: built.layer.digest,
      'diff-id': built.diffId,
      size: String(built.layer.size),
      files: String(built.fileCount),
    };
    for (const [key, value] of Object.entries(lines)) process.stdout.write(`${key}=${value}\n`);
    return EXIT.ok;
  });
}
