// `pull <url> --output <dir>`: extracts the artifact exactly as Flux does (src/artifact/extract.ts),
// after verifying it when verification flags are given, as an OCIRepository with `verify` does:
// nothing is extracted from an artifact that does not verify. The tree is extracted next to
// --output and moved into place whole, so a failure leaves no partial directory.
import { mkdtemp, readdir, rename, rm, rmdir, stat, chmod } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError, ErrorCode } from '../errors.js';
import { formatBytes } from '../log.js';
import { DEFAULT_MAX_EXTRACT_BYTES, extractTarGzip } from '../artifact/extract.js';
import {
  CREATED_ANNOTATION,
  REVISION_ANNOTATION,
  SOURCE_ANNOTATION,
} from '../artifact/flux-format.js';
import { requireImageManifest } from '../oci/image-manifest.js';
import { verifyArtifact } from '../verify/index.js';
import { reportText } from '../verify/report.js';
import { runCommand, stringFlag, usageError, type CommandSpec } from './command.js';
import { resolveArtifact } from './artifact.js';
import { REGISTRY_FLAGS } from './repository.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { VERIFICATION_FLAGS, verificationPolicy, wantsVerification } from './verification-flags.js';

const SPEC: CommandSpec = {
  name: 'pull',
  usage: 'pull <oci://host/repo[:tag|@digest] | oci-layout:dir[:tag]> --output <dir> [flags]',
  description: [
    'Extracts the artifact into a new (or empty) directory as Flux does (fluxcd/pkg/tar): symbolic',
    "links skipped, names with '..', '\\' or a leading '/' refused, directories made traversable,",
    'at most --max-size of content. With the verification flags of `verify`, the artifact is',
    'verified first (as Flux ≥ 2.8) and nothing is extracted unless it verifies.',
    'Prints the digest, source, revision and created annotations as name=value lines on stdout.',
  ].join('\n'),
  positionals: ['<url>'],
  flags: [
    {
      name: 'output',
      short: 'o',
      type: 'string',
      value: '<dir>',
      description: 'The directory to extract into: new, or empty. Required.',
    },
    {
      name: 'layer-media-type',
      type: 'string',
      value: '<media type>',
      description:
        "Extract the first layer of this media type (as OCIRepository's layerSelector.mediaType); " +
        'default: the first layer.',
    },
    {
      name: 'max-size',
      type: 'string',
      value: '<size>',
      description:
        'The most content to extract, e.g. 2GiB; default 100MiB (fluxcd/pkg/tar’s default; Flux’s ' +
        'own pull sets none); 0 for no limit.',
    },
    ...VERIFICATION_FLAGS,
    ...REGISTRY_FLAGS,
  ],
  negative: 'not verified (nothing extracted)',
};

const UNITS: Record<string, number> = {
  '': 1,
  B: 1,
  kB: 1000,
  KiB: 1024,
  MB: 1000 ** 2,
  MiB: 1024 ** 2,
  GB: 1000 ** 3,
  GiB: 1024 ** 3,
};

function parseSize(text: string): number {
  const match = /^(\d+)\s*([A-Za-z]*)$/.exec(text.trim());
  const unit = match ? UNITS[match[2]!] : undefined;
  if (!match || unit === undefined) {
    throw usageError(`--max-size '${text}' is not a size: write e.g. 100MiB, 2GiB, 500MB or 0`);
  }
  return Number(match[1]) * unit;
}

/** The output directory: new or empty, in a parent that exists. */
async function checkOutput(output: string): Promise<{ exists: boolean }> {
  const found = await stat(output).catch(() => undefined);
  if (found) {
    if (!found.isDirectory() || (await readdir(output)).length > 0) {
      throw usageError(`--output ${output} exists and is not an empty directory: choose a new one`);
    }
    return { exists: true };
  }
  const parent = await stat(dirname(output)).catch(() => undefined);
  if (!parent?.isDirectory()) {
    throw usageError(`--output ${output}: its parent directory ${dirname(output)} does not exist`);
  }
  return { exists: false };
}

export function run(argv: string[]): Promise<ExitCode> {
  return runCommand(SPEC, argv, async ({ args, values, log }) => {
    const outputFlag = stringFlag(values, 'output');
    if (!outputFlag) throw usageError('pull needs --output <dir>, the directory to extract into');
    const output = resolve(outputFlag);
    const maxSizeFlag = stringFlag(values, 'max-size');
    const maxBytes = maxSizeFlag === undefined ? DEFAULT_MAX_EXTRACT_BYTES : parseSize(maxSizeFlag);
    const policy = wantsVerification(values) ? await verificationPolicy(values, log) : undefined;
    const { exists } = await checkOutput(output);

    const { repository, manifest, name } = await resolveArtifact(args[0]!, {
      values,
      log,
    });
    const image = requireImageManifest(manifest, name);
    if (policy) {
      const report = await verifyArtifact(repository, manifest.digest, policy);
      if (!report.verdicts.flux.verified) {
        process.stderr.write(`${reportText(report, name, 'flux')}\n`);
        log.info(`error: ${name} is not verified: nothing was extracted.`);
        return EXIT.negative;
      }
      log.info(`Verified ${name}@${manifest.digest} (${report.verdicts.flux.summary}).`);
    }

    const mediaType = stringFlag(values, 'layer-media-type');
    const layer = mediaType ? image.layers.find((l) => l.mediaType === mediaType) : image.layers[0];
    if (!layer) {
      throw new UserError(
        ErrorCode.ARTIFACT_LAYER_MISSING,
        mediaType
          ? `${name} has no layer of media type ${mediaType} (it has: ${image.layers.map((l) => l.mediaType).join(', ') || 'none'}).`
          : `${name} has no layers.`,
      );
    }

    const staging = await mkdtemp(join(dirname(output), `.${basename(output)}.pull-`));
    try {
      await chmod(staging, 0o755);
      const result = await extractTarGzip(await repository.getBlob(layer.digest), staging, {
        maxBytes,
        what: `layer ${layer.digest} of ${name}`,
      });
      if (exists) await rmdir(output);
      await rename(staging, output);
      log.info(
        `Extracted ${result.files} files (${formatBytes(result.bytes)}) of ${name}@${manifest.digest} into ${output}` +
          (result.skippedSymlinks.length
            ? `; skipped ${result.skippedSymlinks.length} symbolic links`
            : '') +
          '.',
      );
    } catch (error) {
      await rm(staging, { recursive: true, force: true });
      throw error;
    }
    const lines = {
      digest: manifest.digest,
      url: name,
      source: image.annotations[SOURCE_ANNOTATION] ?? '',
      revision: image.annotations[REVISION_ANNOTATION] ?? '',
      created: image.annotations[CREATED_ANNOTATION] ?? '',
      output,
    };
    for (const [key, value] of Object.entries(lines)) process.stdout.write(`${key}=${value}\n`);
    return EXIT.ok;
  });
}
