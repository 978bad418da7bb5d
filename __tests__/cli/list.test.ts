// `list` on a repository of 24 tags, semver and sha tags mixed, with a signature tag and a referrers
// index tag that are not artifacts: newest first, filtered by semver range and regexp, as a table
// and as JSON.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchDirectories } from '../support/end-to-end.js';
import { rawPushBlob, rawPushManifest } from '../support/raw-client.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { runCli } from './cli.js';

interface Pushed {
  tag: string;
  digest: string;
  created: string;
  revision: string;
}

const SOURCE = 'https://github.com/larkspur-labs/manifests';
/** In the order they were created; equal times are ties that version, then name, break. */
const TAGS: [string, string][] = [
  ['0.9.0', '2026-01-01T00:00:00Z'],
  ['1a2b3c4', '2026-01-02T00:00:00Z'],
  ['1.0.0', '2026-01-03T00:00:00Z'],
  ['5d6e7f8', '2026-01-04T00:00:00Z'],
  ['v1.0.1', '2026-01-05T00:00:00Z'],
  ['9a8b7c6', '2026-01-06T00:00:00Z'],
  ['1.1.0-rc.1', '2026-01-07T00:00:00Z'],
  ['d4c3b2a', '2026-01-08T00:00:00Z'],
  ['1.1.0', '2026-01-09T00:00:00Z'],
  ['e5f6a7b', '2026-01-10T00:00:00Z'],
  ['1.2', '2026-01-11T00:00:00Z'],
  ['1.10.0', '2026-01-12T00:00:00Z'],
  ['c8d9e0f', '2026-01-12T00:00:00Z'],
  ['1.9.0', '2026-01-12T00:00:00Z'],
  ['2.0.0-beta.1', '2026-01-13T00:00:00Z'],
  ['0a1b2c3', '2026-01-14T00:00:00Z'],
  ['2.0.0', '2026-01-15T00:00:00Z'],
  ['f1e2d3c', '2026-01-16T00:00:00Z'],
  ['v2.1.0', '2026-01-17T00:00:00Z'],
  ['b7a6c5d', '2026-01-18T00:00:00Z'],
  ['10.0.0', '2026-01-19T00:00:00Z'],
  ['latest', '2026-01-19T00:00:00Z'],
  ['3c2b1a0', '2026-01-20T00:00:00Z'],
  ['stable', '2026-01-20T00:00:00Z'],
];

const scratch = scratchDirectories();
let registry: TestRegistry;
let cwd: string;
const pushed: Pushed[] = [];

async function push(tag: string, annotations: Record<string, string>): Promise<string> {
  const config = Buffer.from('{}');
  const layer = Buffer.from(`layer of ${tag}`);
  const [configDigest, layerDigest] = await Promise.all([
    rawPushBlob(registry, undefined, 'app', config),
    rawPushBlob(registry, undefined, 'app', layer),
  ]);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: {
        mediaType: 'application/vnd.cncf.flux.config.v1+json',
        digest: configDigest,
        size: 2,
      },
      layers: [
        {
          mediaType: 'application/vnd.cncf.flux.content.v1.tar+gzip',
          digest: layerDigest,
          size: layer.length,
        },
      ],
      annotations,
    }),
  );
  const response = await rawPushManifest(registry, undefined, 'app', tag, manifest);
  expect(response.status).toBe(201);
  return response.headers.get('docker-content-digest')!;
}

beforeAll(async () => {
  registry = await startRegistry();
  cwd = await scratch.make('list-');
  for (const [tag, created] of TAGS) {
    const revision = `main@sha1:${Buffer.from(tag).toString('hex').padEnd(40, '0').slice(0, 40)}`;
    const digest = await push(tag, {
      'org.opencontainers.image.created': created,
      'org.opencontainers.image.source': SOURCE,
      'org.opencontainers.image.revision': revision,
    });
    pushed.push({ tag, digest, created, revision });
  }
  // Not artifacts: a cosign signature tag and a referrers index tag.
  await push(`${pushed[0]!.digest.replace(':', '-')}.sig`, {});
  await push(pushed[0]!.digest.replace(':', '-'), {});
}, 120_000);

afterAll(async () => {
  await registry?.stop();
  await scratch.removeAll();
});

async function listJSON(...flags: string[]): Promise<Pushed[]> {
  const result = await runCli(['list', `oci://${registry.host}/app`, '-o', 'json', ...flags], {
    cwd,
  });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Pushed[];
}

const tagsOf = (listed: { tag: string }[]) => listed.map((l) => l.tag);

describe('list', () => {
  it('lists every artifact tag newest first, leaving out signature and referrers tags', async () => {
    expect(tagsOf(await listJSON())).toEqual([
      'stable',
      '3c2b1a0',
      '10.0.0',
      'latest',
      'b7a6c5d',
      'v2.1.0',
      'f1e2d3c',
      '2.0.0',
      '0a1b2c3',
      '2.0.0-beta.1',
      '1.10.0',
      '1.9.0',
      'c8d9e0f',
      '1.2',
      'e5f6a7b',
      '1.1.0',
      'd4c3b2a',
      '1.1.0-rc.1',
      '9a8b7c6',
      'v1.0.1',
      '5d6e7f8',
      '1.0.0',
      '1a2b3c4',
      '0.9.0',
    ]);
  });

  it('gives each tag its digest, source, revision and created', async () => {
    const listed = await listJSON();
    expect(listed).toHaveLength(TAGS.length);
    for (const entry of pushed) {
      expect(listed).toContainEqual({
        ...entry,
        url: `${registry.host}/app:${entry.tag}`,
        source: SOURCE,
      });
    }
  });

  it('keeps the versions in a semver range, prereleases out, as Flux', async () => {
    expect(tagsOf(await listJSON('--filter-semver', '>=1.0.0, <2.0.0'))).toEqual([
      '1.10.0',
      '1.9.0',
      '1.1.0',
      'v1.0.1',
      '1.0.0',
    ]);
  });

  it('keeps the tags a regular expression matches', async () => {
    const listed = tagsOf(await listJSON('--filter-regex', '^[0-9a-f]{7}$'));
    expect(listed).toEqual([
      '3c2b1a0',
      'b7a6c5d',
      'f1e2d3c',
      '0a1b2c3',
      'c8d9e0f',
      'e5f6a7b',
      'd4c3b2a',
      '9a8b7c6',
      '5d6e7f8',
      '1a2b3c4',
    ]);
  });

  it('prints a table with one line per tag', async () => {
    const result = await runCli(['list', `oci://${registry.host}/app`, '--filter-regex', '^v'], {
      cwd,
    });
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ARTIFACT\s+DIGEST\s+SOURCE\s+REVISION\s+CREATED$/);
    expect(lines).toHaveLength(3);
    const v2 = pushed.find((p) => p.tag === 'v2.1.0')!;
    expect(lines[1]!.split(/\s+/)).toEqual([
      `${registry.host}/app:v2.1.0`,
      v2.digest,
      SOURCE,
      v2.revision,
      v2.created,
    ]);
  });
});
