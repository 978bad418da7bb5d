// Bad input, run through the action as the runner runs it: each case must end with a non-zero exit
// and exactly one error line that names the input at fault and says what to do, and must write
// nothing to the registry (its catalog and the case's tags are read straight from the registry).
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunName } from './fixtures/events/runs.js';
import { MANIFESTS, publish, SHOP_CHART, testCosignKey } from './support/end-to-end.js';
import { catalog, manifest, tags } from './support/registry-state.js';
import { freePort, startRegistry, type TestRegistry } from './support/registry.js';
import { visibleLog, type RunResult } from './support/runner.js';

let htpasswd: TestRegistry;
let token: TestRegistry;
let closedPort: number;
const scratch: string[] = [];
const GITHUB_TOKEN = 'ghs_bad-input-test-token';
const WRONG_PASSWORD = 'wrong-password-for-the-test';

beforeAll(async () => {
  [htpasswd, token, closedPort] = await Promise.all([
    startRegistry({ mode: 'htpasswd' }),
    startRegistry({ mode: 'token' }),
    freePort(),
  ]);
});

afterAll(async () => {
  await Promise.all([htpasswd?.stop(), token?.stop()]);
  await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A workspace holding the fixture at `deploy/`, changed by `prepare`. */
async function workspace(prepare?: (deploy: string) => Promise<void>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'bad-input-'));
  scratch.push(dir);
  await cp(MANIFESTS, join(dir, 'deploy'), { recursive: true });
  await prepare?.(join(dir, 'deploy'));
  return dir;
}

interface Case {
  name: string;
  /** Publishes what the registry holds before the case runs (the token registry only). */
  existing?: (registry: TestRegistry, repository: string) => Promise<void>;
  /** Inputs over the defaults (url to the case's repository, path deploy, writer credentials). */
  inputs?: (repository: string) => Record<string, string>;
  env?: Record<string, string>;
  run?: RunName;
  prepare?: (deploy: string) => Promise<void>;
  /** The token-auth registry instead of the htpasswd one. */
  registry?: 'token';
  /** The input the error line must name, quoted as the action's inputs are: 'url'. */
  input: string;
  /** What the line must say to do. */
  fix: RegExp;
}

/** Writes `text` as `deploy/signing_config.json`. */
function signingConfig(text: string) {
  return (deploy: string) => writeFile(join(deploy, 'signing_config.json'), text);
}

/** Prepares `deploy/` as our Helm chart, then changes it. */
function chart(change?: (chart: string) => Promise<void>) {
  return async (deploy: string) => {
    await rm(deploy, { recursive: true, force: true });
    await cp(SHOP_CHART, deploy, { recursive: true });
    await change?.(deploy);
  };
}

/** Rewrites a line of the chart's Chart.yaml (`replacement` undefined: removes it). */
function chartYaml(line: RegExp, replacement = '') {
  return chart(async (deploy) => {
    const file = join(deploy, 'Chart.yaml');
    const text = await readFile(file, 'utf8');
    if (!line.test(text)) throw new Error(`Chart.yaml has no line ${line}`);
    await writeFile(file, text.replace(line, replacement));
  });
}

const HELM_CHART = { 'artifact-type': 'helm-chart' };

const longTag = 'v'.repeat(129);
const cosignKey = testCosignKey('bad-input-key-password');
const run = promisify(execFile);

const CASES: Case[] = [
  { name: 'url missing', inputs: () => ({ url: '' }), input: 'url', fix: /set it to oci:\/\// },
  {
    name: 'url without a scheme',
    inputs: () => ({ url: `${htpasswd.host}/bad/no-scheme` }),
    input: 'url',
    fix: /write oci:\/\/<registry>\/<repository>/,
  },
  {
    name: 'an http:// url',
    inputs: () => ({ url: `http://${htpasswd.host}/bad/http` }),
    input: 'url',
    fix: /write oci:\/\//,
  },
  {
    name: 'an https:// url',
    inputs: () => ({ url: `https://${htpasswd.host}/bad/https` }),
    input: 'url',
    fix: /write oci:\/\//,
  },
  {
    name: 'a tag inside url',
    inputs: (r) => ({ url: `oci://${htpasswd.host}/${r}:v1` }),
    input: 'url',
    fix: /tags come from the 'tag' and 'promote' inputs/,
  },
  {
    name: 'a digest inside url',
    inputs: (r) => ({ url: `oci://${htpasswd.host}/${r}@sha256:${'a'.repeat(64)}` }),
    input: 'url',
    fix: /give only oci:\/\/<registry>\/<repository>/,
  },
  {
    name: 'a repository with characters OCI does not allow',
    inputs: () => ({ url: `oci://${htpasswd.host}/bad/not+allowed` }),
    input: 'url',
    fix: /Expected oci:\/\/<host>/,
  },
  {
    name: 'url with no repository',
    inputs: () => ({ url: `oci://${htpasswd.host}` }),
    input: 'url',
    fix: /Expected oci:\/\/<host>/,
  },
  {
    name: 'an empty oci-layout: directory',
    inputs: () => ({ url: 'oci-layout:' }),
    input: 'url',
    fix: /write oci-layout:<dir>/,
  },
  {
    name: 'a literal tag with characters a tag cannot hold',
    inputs: () => ({ tag: 'release 1!' }),
    input: 'tag',
    fix: /[Aa] tag/,
  },
  {
    name: 'a literal tag of 129 characters',
    inputs: () => ({ tag: longTag }),
    input: 'tag',
    fix: /128/,
  },
  {
    name: 'a tag template with an unknown variable',
    inputs: () => ({ tag: '{{colour}}' }),
    input: 'tag',
    fix: /\{\{sha\}\}/,
  },
  {
    name: 'a tag template that cannot be filled on a branch',
    inputs: () => ({ tag: '{{version}}' }),
    input: 'tag',
    fix: /version/,
  },
  {
    name: 'a path that does not exist',
    inputs: () => ({ path: 'deploy/missing' }),
    input: 'path',
    fix: /path/,
  },
  {
    name: 'a path outside the workspace',
    inputs: () => ({ path: '../..' }),
    input: 'path',
    fix: /package a directory of this repository/,
  },
  {
    name: 'an absolute path outside the workspace',
    inputs: () => ({ path: '/etc' }),
    input: 'path',
    fix: /package a directory of this repository/,
  },
  {
    name: 'a FIFO in the tree',
    prepare: (deploy) => run('mkfifo', [join(deploy, 'pipe')]).then(() => undefined),
    input: 'ignore-paths',
    fix: /Remove it or add it to 'ignore-paths'/,
  },
  {
    name: 'a symlink escaping the workspace, with resolve-symlinks',
    prepare: (deploy) => symlink('/etc/hostname', join(deploy, 'hostname.yaml')),
    inputs: () => ({ 'resolve-symlinks': 'true' }),
    input: 'resolve-symlinks',
    fix: /outside the workspace/,
  },
  {
    name: 'a promote line without a colon',
    inputs: () => ({ promote: 'latest branch=main' }),
    input: 'promote',
    fix: /<tag>: <condition>/,
  },
  {
    name: 'a promote line with an unknown condition',
    inputs: () => ({ promote: 'latest: colour=blue' }),
    input: 'promote',
    fix: /the keys are branch, tag/,
  },
  {
    name: 'a promote line with a bad semver range',
    inputs: () => ({ promote: 'stable: semver=>>1.x' }),
    input: 'promote',
    fix: /range/,
  },
  {
    name: 'a promote line with prerelease neither true nor false',
    inputs: () => ({ promote: 'stable: prerelease=maybe' }),
    input: 'promote',
    fix: /true or false/,
  },
  {
    name: 'a promote line with an invalid tag',
    inputs: () => ({ promote: 'not ok!: branch=main' }),
    input: 'promote',
    fix: /tag/,
  },
  {
    name: 'an annotation without =',
    inputs: () => ({ annotations: 'team platform' }),
    input: 'annotations',
    fix: /key=value/,
  },
  {
    name: 'sign neither true nor false',
    inputs: () => ({ sign: 'yes' }),
    input: 'sign',
    fix: /use true or false/,
  },
  {
    name: 'an unknown dry-run value',
    inputs: () => ({ 'dry-run': 'maybe' }),
    input: 'dry-run',
    fix: /one of auto, true, false/,
  },
  {
    name: 'resolve-symlinks neither true nor false',
    inputs: () => ({ 'resolve-symlinks': 'sometimes' }),
    input: 'resolve-symlinks',
    fix: /use true or false/,
  },
  {
    name: 'insecure-registry neither true nor false',
    inputs: () => ({ 'insecure-registry': 'please' }),
    input: 'insecure-registry',
    fix: /use true or false/,
  },
  {
    name: 'an unknown signature-format',
    inputs: () => ({ 'signature-format': 'pgp' }),
    input: 'signature-format',
    fix: /one of both, legacy, bundle/,
  },
  {
    name: 'a fulcio-url that is not a URL',
    inputs: () => ({ sign: 'true', 'fulcio-url': 'fulcio' }),
    input: 'fulcio-url',
    fix: /https:\/\//,
  },
  {
    name: 'a rekor-url that is not http(s)',
    inputs: () => ({ sign: 'true', 'rekor-url': 'ftp://rekor.example.com' }),
    input: 'rekor-url',
    fix: /https:\/\//,
  },
  {
    name: 'a fulcio-url in plain HTTP to a host that is not loopback',
    inputs: () => ({ sign: 'true', 'fulcio-url': 'http://fulcio.example.com' }),
    input: 'fulcio-url',
    fix: /https:\/\//,
  },
  {
    name: 'a signing-config beside rekor-url',
    prepare: signingConfig('{}'),
    inputs: () => ({
      sign: 'true',
      'signing-config': 'deploy/signing_config.json',
      'rekor-url': 'https://rekor.example.com',
    }),
    input: 'signing-config',
    fix: /given with 'rekor-url'.*give one or the other/,
  },
  {
    name: 'a signing-config that is not there',
    inputs: () => ({ sign: 'true', 'signing-config': 'deploy/signing_config.json' }),
    input: 'signing-config',
    fix: /cannot read deploy\/signing_config\.json \(ENOENT\)/,
  },
  {
    name: 'a signing-config that is not JSON',
    prepare: signingConfig('{"mediaType": '),
    inputs: () => ({ sign: 'true', 'signing-config': 'deploy/signing_config.json' }),
    input: 'signing-config',
    fix: /is not JSON/,
  },
  {
    name: 'a signing-config with Rekor v2 and the legacy .sig',
    prepare: signingConfig(
      JSON.stringify({
        mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
        caUrls: [],
        rekorTlogUrls: [
          {
            url: 'https://log2026-1.rekor.example.com',
            majorApiVersion: 2,
            validFor: { start: '2026-01-01T00:00:00Z' },
            operator: 'example.com',
          },
        ],
        rekorTlogConfig: { selector: 'ANY' },
      }),
    ),
    inputs: () => ({
      sign: 'true',
      'signing-config': 'deploy/signing_config.json',
      'cosign-key': cosignKey.pem,
      'cosign-password': cosignKey.password,
      'key-tlog-upload': 'true',
    }),
    input: 'signature-format',
    fix: /needs a Rekor v1 entry.*set 'signature-format: bundle'/,
  },
  {
    name: 'a username without a password',
    inputs: () => ({ password: '' }),
    input: 'password',
    fix: /give both/,
  },
  {
    name: 'a password without a username',
    inputs: () => ({ username: '' }),
    input: 'username',
    fix: /give both/,
  },
  {
    name: 'a cosign-key that is not a key',
    inputs: () => ({ sign: 'true', 'cosign-key': 'not a key at all' }),
    input: 'cosign-key',
    fix: /cosign/,
  },
  {
    name: 'a cosign key with the wrong password',
    inputs: () => ({
      sign: 'true',
      'cosign-key': cosignKey.pem,
      'cosign-password': 'not-the-password',
    }),
    input: 'cosign-password',
    fix: /it does not decrypt 'cosign-key'\. Give the password/,
  },
  {
    name: 'a cosign key without its password',
    inputs: () => ({ sign: 'true', 'cosign-key': cosignKey.pem }),
    input: 'cosign-password',
    fix: /not given, and 'cosign-key' is encrypted: give the password the key was generated with/,
  },
  {
    name: 'signing keyless without an id-token',
    inputs: () => ({ sign: 'true' }),
    input: 'sign',
    fix: /id-token: write/,
  },
  {
    name: 'a wrong password (401)',
    inputs: () => ({ password: WRONG_PASSWORD }),
    input: 'password',
    fix: /check the username and password/,
  },
  {
    name: 'a wrong password against a token server (401)',
    registry: 'token',
    inputs: () => ({ password: WRONG_PASSWORD }),
    input: 'password',
    fix: /check the username and password/,
  },
  {
    name: 'a pull-only token (push denied)',
    registry: 'token',
    inputs: () => ({
      username: token.users.reader!.username,
      password: token.users.reader!.password,
    }),
    input: 'username',
    fix: /grant them push access/,
  },
  {
    name: 'an unknown artifact-type',
    inputs: () => ({ 'artifact-type': 'helm' }),
    input: 'artifact-type',
    fix: /one of flux, helm-chart/,
  },
  {
    name: 'chart-version for a Flux artifact',
    inputs: () => ({ 'chart-version': '1.0.0' }),
    input: 'chart-version',
    fix: /set 'artifact-type: helm-chart'/,
  },
  {
    name: 'a tag for a Helm chart',
    prepare: chart(),
    inputs: () => ({ ...HELM_CHART, tag: 'v1' }),
    input: 'tag',
    fix: /published under its version/,
  },
  {
    name: 'ignore-paths for a Helm chart',
    prepare: chart(),
    inputs: () => ({ ...HELM_CHART, 'ignore-paths': '*.md' }),
    input: 'ignore-paths',
    fix: /own \.helmignore/,
  },
  {
    name: 'a chart directory without Chart.yaml',
    prepare: chart((deploy) => rm(join(deploy, 'Chart.yaml'))),
    inputs: () => HELM_CHART,
    input: 'path',
    fix: /must name a chart directory, the one holding Chart\.yaml/,
  },
  {
    name: 'a Chart.yaml that is not YAML',
    prepare: chartYaml(/^name: shop$/m, 'name: [shop'),
    inputs: () => HELM_CHART,
    input: 'path',
    fix: /is not valid YAML.*helm lint/,
  },
  {
    name: 'a Chart.yaml without a name',
    prepare: chartYaml(/^name: shop\n/m),
    inputs: () => HELM_CHART,
    input: 'path',
    fix: /'name' is missing: give the chart a name/,
  },
  {
    name: 'a Chart.yaml without a version',
    prepare: chartYaml(/^version: 1\.4\.2\n/m),
    inputs: () => HELM_CHART,
    input: 'path',
    fix: /'version' is missing: give the chart a version/,
  },
  {
    name: 'a chart version that is not semver',
    prepare: chartYaml(/^version: 1\.4\.2$/m, 'version: 1.4.two'),
    inputs: () => HELM_CHART,
    input: 'path',
    fix: /'1\.4\.two', is not a semantic version.*Set a valid version/,
  },
  {
    name: 'a chart apiVersion other than v1 or v2',
    prepare: chartYaml(/^apiVersion: v2$/m, 'apiVersion: v3'),
    inputs: () => HELM_CHART,
    input: 'path',
    fix: /apiVersion 'v3'.*use v2/,
  },
  {
    name: "a .helmignore with '**'",
    prepare: chart((deploy) => writeFile(join(deploy, '.helmignore'), 'notes/**/draft.md\n')),
    inputs: () => HELM_CHART,
    input: 'path',
    fix: /\.helmignore line 1.*no '\*\*'/,
  },
  {
    name: 'a chart name a repository cannot hold',
    prepare: chartYaml(/^name: shop$/m, 'name: Shop'),
    inputs: () => HELM_CHART,
    input: 'path',
    fix: /rename the chart in its Chart\.yaml/,
  },
  {
    name: 'a chart-version that is not semver',
    prepare: chart(),
    inputs: () => ({ ...HELM_CHART, 'chart-version': 'release-{{short_sha}}' }),
    input: 'chart-version',
    fix: /the version given by 'chart-version', 'release-[0-9a-f]{7}', is not a semantic version/,
  },
  {
    name: 'a chart-version from the release tag on a branch push',
    prepare: chart(),
    inputs: () => ({ ...HELM_CHART, 'chart-version': '{{version}}' }),
    input: 'chart-version',
    fix: /is not a Git tag\. Publish the chart from semver Git tags/,
  },
  {
    name: 'a chart version already published with other content',
    registry: 'token',
    existing: (registry, repository) => publishChart(registry, repository),
    prepare: chart((deploy) => writeFile(join(deploy, 'templates', 'extra.yaml'), 'kind: Pod\n')),
    inputs: () => HELM_CHART,
    input: 'path',
    fix: /already published at .*:1\.4\.2 with other content.*Bump 'version' in deploy\/Chart\.yaml/,
  },
  {
    name: 'an unreachable registry',
    inputs: (r) => ({ url: `oci://127.0.0.1:${closedPort}/${r}` }),
    input: 'url',
    fix: /is the registry running/,
  },
];

/** Our chart, published to `<repository>/shop:1.4.2` by the action, as an earlier release did. */
async function publishChart(registry: TestRegistry, repository: string): Promise<void> {
  const result = await publish({
    workspace: await workspace(chart()),
    registry,
    repository,
    inputs: HELM_CHART,
    githubToken: GITHUB_TOKEN,
    secrets: () => registry.secrets(),
  });
  expect(result.exitCode, visibleLog(result)).toBe(0);
}

/** Every tag of the repository and of the chart repository under it, with the digest it names. */
async function registryState(registry: TestRegistry, repository: string) {
  const state: string[] = [];
  for (const name of [repository, `${repository}/shop`]) {
    for (const tag of await tags(registry, name)) {
      state.push(`${name}:${tag}@${(await manifest(registry, name, tag))?.digest}`);
    }
  }
  return state;
}

/** Runs the case; publish() fails the case if its run printed a secret or left a temporary file. */
async function runCase(testCase: Case, repository: string): Promise<RunResult> {
  const registry = testCase.registry === 'token' ? token : htpasswd;
  return publish({
    run: testCase.run ?? 'push to the default branch',
    workspace: await workspace(testCase.prepare),
    registry,
    repository,
    inputs: testCase.inputs?.(repository) ?? {},
    env: testCase.env ?? {},
    githubToken: GITHUB_TOKEN,
    secrets: () => [
      ...htpasswd.secrets(),
      ...token.secrets(),
      WRONG_PASSWORD,
      Buffer.from(`writer:${WRONG_PASSWORD}`).toString('base64'),
    ],
  });
}

describe('bad input', () => {
  const outcomes: { name: string; exitCode: number | null; wrote: boolean }[] = [];
  afterAll(() => {
    const failed = outcomes.filter((o) => o.exitCode !== 0).length;
    console.log(
      `bad input: ${outcomes.length} runs attempted, ${failed} failed as they should, ` +
        `${outcomes.filter((o) => o.exitCode === 0).length} succeeded, ` +
        `${outcomes.filter((o) => o.wrote).length} wrote to the registry`,
    );
  });

  it(`has at least 30 cases`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  CASES.forEach((testCase, index) => {
    it.concurrent(
      `${testCase.name}: fails naming '${testCase.input}' and the fix, writes nothing`,
      async () => {
        const repository = `bad/case-${index}`;
        const registry = testCase.registry === 'token' ? token : htpasswd;
        await testCase.existing?.(registry, repository);
        const before = await registryState(registry, repository);
        const result = await runCase(testCase, repository);
        const after = await registryState(registry, repository);
        outcomes.push({
          name: testCase.name,
          exitCode: result.exitCode,
          wrote: after.join() !== before.join(),
        });
        const log = visibleLog(result);
        expect(result.exitCode, log).not.toBe(0);
        const errors = result.stdout.split('\n').filter((line) => line.startsWith('::error'));
        expect(errors, log).toHaveLength(1);
        const [line] = errors as [string];
        // Quoted as inputs are named in messages: 'url', or 'resolve-symlinks: false'.
        expect(line, log).toContain(`'${testCase.input}`);
        expect(line, log).toMatch(testCase.fix);
        expect(line).not.toMatch(/Unexpected error/);
        expect(after).toEqual(before);
        // No case writes anything, so the (htpasswd) registry's catalog is empty whichever cases
        // ran before or beside this one.
        expect(await catalog(htpasswd)).toEqual([]);
      },
    );
  });
});
