// `list <repository>`: one line per artifact tag with its digest, source, revision and created
// annotations, as `flux list artifacts` prints them, newest first. Cosign's tags (`.sig`, `.att`,
// `.sbom`) and referrers indexes (`sha256-<hex>`) are not artifacts and are left out.
import semver from 'semver';
import { UserError, ErrorCode } from '../errors.js';
import {
  CREATED_ANNOTATION,
  REVISION_ANNOTATION,
  SOURCE_ANNOTATION,
} from '../artifact/flux-format.js';
import { parseArtifactReference } from '../oci/artifact-reference.js';
import { readImageManifest } from '../oci/image-manifest.js';
import type { Repository } from '../oci/repository.js';
import {
  OUTPUT_FORMAT_FLAG,
  outputFormat,
  runCommand,
  stringFlag,
  usageError,
  type CommandSpec,
} from './command.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { openTarget, REGISTRY_FLAGS } from './repository.js';

const SPEC: CommandSpec = {
  name: 'list',
  usage: 'list <oci://host/repo | oci-layout:dir> [--filter-semver <range>] [--filter-regex <re>]',
  description: [
    "Lists the repository's artifact tags, newest first (by their created annotation, then by",
    'version, then by name), with digest, source, revision and created, as `flux list artifacts`.',
  ].join('\n'),
  positionals: ['<repository>'],
  flags: [
    {
      name: 'filter-semver',
      type: 'string',
      value: '<range>',
      description:
        'Only tags that are versions (x.y.z, v allowed) in this range, e.g. ">=1.0.0 <2.0.0" ' +
        '(commas and spaces both mean "and", as in Flux).',
    },
    {
      name: 'filter-regex',
      type: 'string',
      value: '<regexp>',
      description: 'Only tags this regular expression matches (anywhere in the tag, as Flux).',
    },
    OUTPUT_FORMAT_FLAG,
    ...REGISTRY_FLAGS,
  ],
};

interface ListedArtifact {
  tag: string;
  url: string;
  digest: string;
  source: string;
  revision: string;
  created: string;
}

/** Tags that hold signatures, attestations, SBOMs or referrers indexes, not artifacts. */
function isMachineryTag(tag: string): boolean {
  return /\.(sig|att|sbom)$/.test(tag) || /^sha256-[0-9a-f]{64}$/.test(tag);
}

/** Flux's version rule (fluxcd/pkg/version): three dot-separated parts, `v` allowed. */
function version(tag: string): semver.SemVer | undefined {
  if (tag.split('.').length < 3) return undefined;
  return semver.parse(tag, { loose: true }) ?? undefined;
}

function semverFilter(range: string | undefined): ((tag: string) => boolean) | undefined {
  if (range === undefined) return undefined;
  const normalized = range.replace(/,/g, ' ');
  if (!semver.validRange(normalized, { loose: true })) {
    throw usageError(`--filter-semver '${range}' is not a version range (e.g. ">=1.0.0 <2.0.0")`);
  }
  return (tag) => {
    const v = version(tag);
    return v !== undefined && semver.satisfies(v, normalized, { loose: true });
  };
}

function regexFilter(pattern: string | undefined): ((tag: string) => boolean) | undefined {
  if (pattern === undefined) return undefined;
  let re: RegExp;
  try {
    re = new RegExp(pattern, 'u');
  } catch (error) {
    throw usageError(`--filter-regex '${pattern}': ${(error as Error).message}`);
  }
  return (tag) => re.test(tag);
}

/** Newest first: created (RFC 3339 sorts as text), then version, then tag, descending. */
function newestFirst(a: ListedArtifact, b: ListedArtifact): number {
  if (a.created !== b.created) return a.created < b.created ? 1 : -1;
  const va = version(a.tag);
  const vb = version(b.tag);
  if (va && vb && semver.compare(va, vb) !== 0) return semver.rcompare(va, vb);
  if (va && !vb) return -1;
  if (!va && vb) return 1;
  return a.tag < b.tag ? 1 : a.tag > b.tag ? -1 : 0;
}

/** At most this many manifests are read at once. */
const CONCURRENT_READS = 6;

async function describe(
  repository: Repository,
  base: string,
  tags: string[],
): Promise<ListedArtifact[]> {
  const listed: ListedArtifact[] = [];
  let next = 0;
  const worker = async () => {
    while (next < tags.length) {
      const tag = tags[next++]!;
      const stored = await repository.getManifest(tag);
      if (!stored) continue; // deleted since the tags were listed
      const annotations = readImageManifest(stored)?.annotations ?? {};
      listed.push({
        tag,
        url: `${base}:${tag}`,
        digest: stored.digest,
        source: annotations[SOURCE_ANNOTATION] ?? '',
        revision: annotations[REVISION_ANNOTATION] ?? '',
        created: annotations[CREATED_ANNOTATION] ?? '',
      });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_READS }, worker));
  return listed.sort(newestFirst);
}

function table(rows: ListedArtifact[]): string {
  const header = ['ARTIFACT', 'DIGEST', 'SOURCE', 'REVISION', 'CREATED'];
  const cells = [header, ...rows.map((r) => [r.url, r.digest, r.source, r.revision, r.created])];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  return cells
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function run(argv: string[]): Promise<ExitCode> {
  return runCommand(SPEC, argv, async ({ args, values, log }) => {
    const format = outputFormat(values);
    const filters = [
      semverFilter(stringFlag(values, 'filter-semver')),
      regexFilter(stringFlag(values, 'filter-regex')),
    ].filter((f) => f !== undefined);
    const artifact = parseArtifactReference(args[0]!);
    if (artifact.explicit) {
      throw new UserError(
        ErrorCode.USAGE_INVALID,
        `list takes a repository, not a tag or digest: drop ':${artifact.reference}'.`,
      );
    }
    const repository = await openTarget(artifact.location, {
      values,
      log,
    });
    const tags = (await repository.listTags())
      .filter((tag) => !isMachineryTag(tag))
      .filter((tag) => filters.every((keep) => keep(tag)));
    const rows = await describe(repository, artifact.repositoryName, tags);
    process.stdout.write(
      format === 'json' ? `${JSON.stringify(rows)}\n` : rows.length ? `${table(rows)}\n` : '',
    );
    if (format === 'text' && rows.length === 0)
      log.info(`No artifact tags in ${artifact.repositoryName}.`);
    return EXIT.ok;
  });
}
