// `diff <url> --path <dir>`: does the published artifact hold what --path would package? Compared
// on the uncompressed content (names, kinds, permission bits, bytes: src/artifact/tar-contents.ts),
// so another gzip or tar writer is no difference. Lists files added, removed and changed, and with
// --unified prints the unified diff a pull request's review shows (src/review/unified-diff.ts).
// Exit 0 equal, 1 different, 2 error: a missing tag is an error, not a difference (Flux's diff
// answers 1 for both).
import { buildArtifact } from '../artifact/index.js';
import { UserError, ErrorCode } from '../errors.js';
import type { FileChange } from '../artifact/content-diff.js';
import { changedFiles } from '../artifact/change-detection.js';
import { renderChanges } from '../review/unified-diff.js';
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
    'content, and lists the files added (+), removed (-) and changed (~) locally; with',
    '--unified, prints the changes as a unified diff instead (git apply -p1 takes it in the',
    'directory the artifact was pulled to).',
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
    {
      name: 'unified',
      short: 'u',
      type: 'boolean',
      description:
        'Print the unified diff of text files (as a pull request review shows it); binary and ' +
        'very large files are named on stderr with their sizes.',
    },
    OUTPUT_FORMAT_FLAG,
    ...REGISTRY_FLAGS,
  ],
  negative: 'different',
};

/** The listing's groups, as the text output and the JSON's first fields give them. */
function grouped(changes: readonly FileChange[]) {
  const paths = (...statuses: string[]) =>
    changes.filter((c) => statuses.includes(c.status)).map((c) => c.path);
  return { added: paths('A'), removed: paths('D'), changed: paths('M', 'T') };
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
    const unified = values.unified === true && format === 'text';
    let changes: FileChange[];
    try {
      changes = await changedFiles(repository, layer.digest, built, name, unified);
    } finally {
      await built.dispose();
    }
    const equal = changes.length === 0;
    const diff = grouped(changes);
    if (format === 'json') {
      const files = changes.map(({ status, path }) => ({ status, path }));
      process.stdout.write(
        `${JSON.stringify({ artifact: name, digest: manifest.digest, equal, ...diff, files })}\n`,
      );
    } else if (unified) {
      const rendered = renderChanges(changes);
      const patches = rendered.changes.filter((c) => c.rendered.kind === 'diff');
      if (patches.length) {
        process.stdout.write(`${patches.map((c) => c.rendered.text).join('\n')}\n`);
      }
      for (const { rendered: one } of rendered.changes) {
        if (one.kind !== 'diff') log.info(`not shown: ${one.text}`);
      }
    } else {
      const lines = [
        ...diff.added.map((f) => `+ ${f}`),
        ...diff.removed.map((f) => `- ${f}`),
        ...diff.changed.map((f) => `~ ${f}`),
      ];
      if (lines.length) process.stdout.write(`${lines.join('\n')}\n`);
    }
    if (format === 'text') {
      log.info(
        equal
          ? `No changes: ${source.path} holds what ${name} holds.`
          : `${source.path} differs from ${name}: ${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed.`,
      );
    }
    return equal ? EXIT.ok : EXIT.negative;
  });
}
