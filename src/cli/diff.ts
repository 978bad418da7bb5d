// `diff <url> --path <dir>`: does the published artifact hold what --path would package? Compared
// on the uncompressed content (names, kinds, permission bits, bytes: src/artifact/tar-contents.ts),
// so another gzip or tar writer is no difference. Lists files added, removed and changed.
// Exit 0 equal, 1 different, 2 error: a missing tag is an error, not a difference (Flux's diff
// answers 1 for both).
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { buildArtifact } from '../artifact/index.js';
import { tarEntries, type TarEntry } from '../artifact/tar-contents.js';
import { UserError, ErrorCode } from '../errors.js';
import { requireImageManifest } from '../oci/image-manifest.js';
import { OUTPUT_FORMAT_FLAG, outputFormat, runCommand, type CommandSpec } from './command.js';
import { resolveArtifact } from './artifact.js';
import { REGISTRY_FLAGS } from './repository.js';
import { IGNORE_PATHS_FLAG, RESOLVE_SYMLINKS_FLAG, buildSource } from './build-source.js';
import { EXIT, type ExitCode } from './exit-codes.js';

const SPEC: CommandSpec = {
  name: 'diff',
  usage: 'diff <oci://host/repo[:tag|@digest] | oci-layout:dir[:tag]> --path <dir> [flags]',
  description: [
    'Compares the artifact with what publish would package from --path, on the uncompressed',
    'content, and lists the files added (+), removed (-) and changed (~) locally.',
  ].join('\n'),
  positionals: ['<url>'],
  flags: [
    {
      name: 'path',
      short: 'p',
      type: 'string',
      value: '<dir|file>',
      description: 'The local directory (or file) to compare. Required.',
    },
    IGNORE_PATHS_FLAG,
    RESOLVE_SYMLINKS_FLAG,
    OUTPUT_FORMAT_FLAG,
    ...REGISTRY_FLAGS,
  ],
  negative: 'different',
};

interface ContentDiff {
  added: string[];
  removed: string[];
  changed: string[];
}

function compare(local: Map<string, TarEntry>, published: Map<string, TarEntry>): ContentDiff {
  const diff: ContentDiff = { added: [], removed: [], changed: [] };
  const shown = (e: TarEntry) => (e.type === 'directory' ? `${e.name}/` : e.name);
  for (const [name, entry] of local) {
    const other = published.get(name);
    if (!other) diff.added.push(shown(entry));
    else if (
      other.type !== entry.type ||
      other.mode !== entry.mode ||
      other.sha256 !== entry.sha256
    ) {
      diff.changed.push(shown(entry));
    }
  }
  for (const [name, entry] of published) if (!local.has(name)) diff.removed.push(shown(entry));
  for (const list of [diff.added, diff.removed, diff.changed]) list.sort();
  return diff;
}

async function entriesOf(gzipped: Readable, what: string): Promise<Map<string, TarEntry>> {
  try {
    return await tarEntries(gzipped.pipe(createGunzip()));
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(
      ErrorCode.ARTIFACT_LAYER_INVALID,
      `${what} is not a readable gzip-compressed tar (${String(error)}).`,
      { cause: error },
    );
  }
}

export function run(argv: string[]): Promise<ExitCode> {
  return runCommand(SPEC, argv, async ({ args, values, log }) => {
    const format = outputFormat(values);
    const source = await buildSource(values);
    const { repository, manifest, name } = await resolveArtifact(args[0]!, {
      values,
      log,
    });
    const [layer] = requireImageManifest(manifest, name).layers;
    if (!layer) throw new UserError(ErrorCode.ARTIFACT_LAYER_MISSING, `${name} has no layers.`);
    const built = await buildArtifact({ ...source, onWarning: (m) => log.warning(m) });
    let diff: ContentDiff;
    try {
      const local = await entriesOf(built.layer.open(), 'the local build');
      diff =
        layer.digest === built.layer.digest
          ? { added: [], removed: [], changed: [] }
          : compare(local, await entriesOf(await repository.getBlob(layer.digest), name));
    } finally {
      await built.dispose();
    }
    const equal = diff.added.length + diff.removed.length + diff.changed.length === 0;
    if (format === 'json') {
      process.stdout.write(
        `${JSON.stringify({ artifact: name, digest: manifest.digest, equal, ...diff })}\n`,
      );
    } else {
      const lines = [
        ...diff.added.map((f) => `+ ${f}`),
        ...diff.removed.map((f) => `- ${f}`),
        ...diff.changed.map((f) => `~ ${f}`),
      ];
      if (lines.length) process.stdout.write(`${lines.join('\n')}\n`);
      log.info(
        equal
          ? `No changes: ${source.path} holds what ${name} holds.`
          : `${source.path} differs from ${name}: ${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed.`,
      );
    }
    return equal ? EXIT.ok : EXIT.negative;
  });
}
