// `tag <url> --tag <t>…`: points more tags at the manifest a tag or digest names, by pushing the
// same manifest bytes under each tag. No blob is read or uploaded, as `flux tag artifact`.
import { UserError, ErrorCode } from '../errors.js';
import { artifactName } from '../oci/artifact-reference.js';
import { isValidTag } from '../oci/reference.js';
import {
  OUTPUT_FORMAT_FLAG,
  listFlag,
  outputFormat,
  runCommand,
  usageError,
  type CommandSpec,
} from './command.js';
import { resolveArtifact } from './artifact.js';
import { REGISTRY_FLAGS } from './repository.js';
import { EXIT, type ExitCode } from './exit-codes.js';

const SPEC: CommandSpec = {
  name: 'tag',
  usage:
    'tag <oci://host/repo:tag|@digest | oci-layout:dir:tag|@digest> --tag <tag> [--tag <tag>]…',
  description:
    'Points each --tag at the manifest the URL names, in the same repository, without re-uploading.',
  positionals: ['<url>'],
  flags: [
    {
      name: 'tag',
      short: 't',
      type: 'string',
      multiple: true,
      value: '<tag>',
      description: 'A tag to add; repeat it, or separate tags with commas (as Flux). Required.',
    },
    OUTPUT_FORMAT_FLAG,
    ...REGISTRY_FLAGS,
  ],
};

export function run(argv: string[]): Promise<ExitCode> {
  return runCommand(SPEC, argv, async ({ args, values, log }) => {
    const format = outputFormat(values);
    const tags = listFlag(values, 'tag', { commas: true });
    if (tags.length === 0) throw usageError('tag needs at least one --tag <tag>');
    const invalid = tags.filter((t) => !isValidTag(t));
    if (invalid.length) {
      throw new UserError(
        ErrorCode.USAGE_INVALID,
        `--tag '${invalid[0]}' is not a tag: [a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}.`,
      );
    }
    const { artifact, repository, manifest, name } = await resolveArtifact(args[0]!, {
      values,
      log,
    });
    for (const tag of tags) {
      await repository.putManifest({ mediaType: manifest.mediaType, bytes: manifest.bytes }, tag);
      log.info(`Tagged ${artifactName(artifact, tag)} → ${manifest.digest} (from ${name}).`);
    }
    process.stdout.write(
      format === 'json'
        ? `${JSON.stringify({ digest: manifest.digest, tags: tags.map((t) => artifactName(artifact, t)) })}\n`
        : tags.map((t) => `${artifactName(artifact, t)}@${manifest.digest}\n`).join(''),
    );
    return EXIT.ok;
  });
}
