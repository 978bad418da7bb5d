// The action end to end, run by a real Actions runner (nektos/act: it loads action.yml, gives the
// inputs, the event payload and GITHUB_* variables, reads the outputs and summary) against the real
// registry, and checked through skopeo and GNU tar rather than through our own client.
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUTPUTS } from '../src/report/outputs.js';
import { FEATURE_SHA, MASTER_SHA } from './fixtures/events/runs.js';
import {
  makeWorkspace,
  publish as publishAction,
  scratchDirectories,
  testCosignKey,
} from './support/end-to-end.js';
import { readTree } from './support/file-tree.js';
import { startRegistry, type TestRegistry } from './support/registry.js';
import { visibleLog, type RunOptions, type RunResult } from './support/runner.js';
import { startSigstore, type SigstoreStack } from './support/sigstore.js';
import { gnuTar, skopeo, skopeoInspectRaw, skopeoRegistryFlags } from './support/tools.js';

const GITHUB_TOKEN = 'ghs_not-a-real-token';
const SHORT_SHA = MASTER_SHA.slice(0, 7);

interface Manifest {
  config: { mediaType: string; digest: string };
  layers: { mediaType: string; digest: string }[];
  annotations: Record<string, string>;
}

let registry: TestRegistry;
let workspace: string;
const scratch = scratchDirectories();

beforeAll(async () => {
  registry = await startRegistry({ mode: 'htpasswd' });
  workspace = await makeWorkspace(scratch);
});

afterAll(async () => {
  await registry?.stop();
  await scratch.removeAll();
});

/**
 * Runs the action with the test registry's credentials. Each run is checked as it ends: no
 * password, token or base64 credential in what it published, nothing left in RUNNER_TEMP, and
 * nothing left in the workspace.
 */
async function publish(
  run: RunOptions['run'],
  repository: string,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
): Promise<RunResult> {
  const result = await publishAction({
    run,
    workspace,
    registry,
    repository,
    inputs,
    env,
    githubToken: GITHUB_TOKEN,
    secrets: () => registry.secrets(),
  });
  expect((await readdir(workspace)).sort(), 'what the run left in the workspace').toEqual([
    'deploy',
  ]);
  return result;
}

async function manifestAt(reference: string): Promise<{ raw: Buffer; manifest: Manifest }> {
  const raw = await skopeoInspectRaw(registry, reference);
  return { raw, manifest: JSON.parse(raw.toString()) as Manifest };
}

async function tagsOf(repository: string): Promise<string[]> {
  const { stdout } = await skopeo([
    'list-tags',
    ...skopeoRegistryFlags(registry.users.writer),
    `docker://${registry.host}/${repository}`,
  ]);
  return (JSON.parse(stdout.toString()) as { Tags: string[] }).Tags.sort();
}

/** Copies the artifact out with skopeo and extracts its layer with GNU tar. */
async function extracted(reference: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'extracted-'));
  const layout = join(dir, 'layout');
  await skopeo([
    'copy',
    ...skopeoRegistryFlags(registry.users.writer, '--src-creds'),
    `docker://${registry.host}/${reference}`,
    `oci:${layout}:copy`,
  ]);
  const { manifest } = await manifestAt(reference);
  const out = join(dir, 'content');
  await mkdir(out);
  await gnuTar([
    '-xzf',
    join(layout, 'blobs', 'sha256', manifest.layers[0]!.digest.slice(7)),
    '-C',
    out,
  ]);
  return out;
}

describe('a push to the default branch', () => {
  let result: RunResult;
  beforeAll(async () => {
    result = await publish('push to the default branch', 'e2e/main');
  });

  it('exits 0 and writes the outputs', () => {
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(result.outputs.tags?.split('\n')).toEqual([SHORT_SHA, 'latest']);
    expect(result.outputs.pushed).toBe('true');
    expect(result.outputs.url).toBe(`oci://${registry.host}/e2e/main@${result.outputs.digest}`);
    expect(result.outputs.ref).toBe(`${registry.host}/e2e/main@${result.outputs.digest}`);
    expect(JSON.parse(result.outputs.plan!)).toMatchObject({
      primaryTag: SHORT_SHA,
      promotedTags: ['latest'],
    });
  });

  it('gives a later step of the job every output action.yml declares', () => {
    // The runner (act) read the outputs from the step and evaluated steps.publish.outputs.
    expect(Object.keys(result.outputs).sort()).toEqual(OUTPUTS.map((o) => o.name).sort());
  });

  it('stores a Flux artifact with the Git origin in its annotations', async () => {
    const { manifest } = await manifestAt(`e2e/main:${SHORT_SHA}`);
    expect(manifest.config.mediaType).toBe('application/vnd.cncf.flux.config.v1+json');
    expect(manifest.layers.map((l) => l.mediaType)).toEqual([
      'application/vnd.cncf.flux.content.v1.tar+gzip',
    ]);
    expect(manifest.annotations).toMatchObject({
      'org.opencontainers.image.source': 'https://github.com/larkspur-labs/storefront-deploy',
      'org.opencontainers.image.revision': `master@sha1:${MASTER_SHA}`,
    });
    expect(manifest.annotations['org.opencontainers.image.created']).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/,
    );
  });

  it('points latest at the same manifest bytes', async () => {
    const primary = await manifestAt(`e2e/main:${SHORT_SHA}`);
    const latest = await manifestAt('e2e/main:latest');
    expect(latest.raw).toEqual(primary.raw);
    expect(await tagsOf('e2e/main')).toEqual([SHORT_SHA, 'latest'].sort());
  });

  it('packs exactly the input tree, as GNU tar extracts it', async () => {
    const content = await extracted(`e2e/main:${SHORT_SHA}`);
    const strip = (items: Awaited<ReturnType<typeof readTree>>) =>
      items.map(({ path, kind, content }) => ({ path, kind, content }));
    expect(strip(await readTree(content))).toEqual(
      strip(await readTree(join(workspace, 'deploy'))),
    );
  });

  it('writes a job summary with the table, the promotion reasons and Flux YAML', () => {
    expect(result.summary).toContain('<h3>Published Flux OCI artifact</h3>');
    expect(result.summary).toContain(
      `<td>Digest</td><td><code>${result.outputs.digest}</code></td>`,
    );
    expect(result.summary).toMatch(/✅ <code>latest: branch=\{\{default_branch\}\}<\/code>/);
    expect(result.summary).toContain('kind: OCIRepository');
    expect(result.summary).toContain(`url: oci://${registry.host}/e2e/main`);
    expect(result.summary).toContain('tag: latest');
  });

  it('gives the same digest when the same commit is published again', async () => {
    const again = await publish('push to the default branch', 'e2e/main');
    expect(again.exitCode).toBe(0);
    expect(again.outputs.digest).toBe(result.outputs.digest);
  });
});

describe('diff-tag', () => {
  it('points the new tags at the published artifact when the content is unchanged', async () => {
    const first = await publish('push to the default branch', 'e2e/diff');
    expect(first.exitCode, first.stderr + first.stdout).toBe(0);
    const result = await publish('push to a feature branch', 'e2e/diff', { 'diff-tag': 'latest' });
    expect(result.exitCode, result.stderr + result.stdout).toBe(0);
    expect(result.outputs.pushed).toBe('false');
    expect(result.outputs.digest).toBe(first.outputs.digest);
    const featureTag = FEATURE_SHA.slice(0, 7);
    expect(result.outputs.tags).toBe(featureTag);
    expect((await manifestAt(`e2e/diff:${featureTag}`)).raw).toEqual(
      (await manifestAt('e2e/diff:latest')).raw,
    );
    expect(result.summary).toContain('Content unchanged since <code>latest</code>');
  });

  it('leaves the diff-tag as it is, and still lists it, when it points at the artifact', async () => {
    const first = await publish('push to the default branch', 'e2e/diff-rerun');
    const again = await publish('push to the default branch', 'e2e/diff-rerun', {
      'diff-tag': 'latest',
    });
    expect(again.exitCode, again.stderr + again.stdout).toBe(0);
    expect(again.outputs.pushed).toBe('false');
    expect(again.outputs.tags?.split('\n')).toEqual([SHORT_SHA, 'latest']);
    expect(visibleLog(again)).toContain(`latest already → ${first.outputs.digest}`);
  });

  it('pushes a new artifact when a file changed', async () => {
    await publish('push to the default branch', 'e2e/diff-changed');
    await writeFile(join(workspace, 'deploy', 'extra.yaml'), 'kind: ConfigMap\n');
    try {
      const result = await publish('push to a feature branch', 'e2e/diff-changed', {
        'diff-tag': 'latest',
      });
      expect(result.exitCode, result.stderr + result.stdout).toBe(0);
      expect(result.outputs.pushed).toBe('true');
      const latest = await manifestAt('e2e/diff-changed:latest');
      expect((await manifestAt(`e2e/diff-changed:${FEATURE_SHA.slice(0, 7)}`)).raw).not.toEqual(
        latest.raw,
      );
    } finally {
      await rm(join(workspace, 'deploy', 'extra.yaml'));
    }
  });
});

describe('a semver tag push', () => {
  it('publishes the Git tag and promotes stable', async () => {
    const result = await publish('push of tag v6.1.0', 'e2e/release');
    expect(result.exitCode, result.stderr + result.stdout).toBe(0);
    expect(result.outputs.tags?.split('\n')).toEqual(['v6.1.0', 'stable']);
    expect(await tagsOf('e2e/release')).toEqual(['stable', 'v6.1.0']);
    const { manifest } = await manifestAt('e2e/release:stable');
    expect(manifest.annotations['org.opencontainers.image.revision']).toBe(
      `v6.1.0@sha1:${MASTER_SHA}`,
    );
    expect(result.summary).toContain('semver: "*"');
  });

  it('does not promote a prerelease to stable, and says why', async () => {
    const result = await publish('push of tag v6.2.0-rc.1', 'e2e/prerelease');
    expect(result.exitCode, result.stderr + result.stdout).toBe(0);
    expect(result.outputs.tags).toBe('v6.2.0-rc.1');
    expect(await tagsOf('e2e/prerelease')).toEqual(['v6.2.0-rc.1']);
    expect(result.summary).toMatch(/⏭️ <code>stable: [^<]*<\/code>: .*prerelease/);
  });
});

describe('a pull request', () => {
  it('is a dry run: prints the plan, pushes nothing', async () => {
    const result = await publish('pull request opened', 'e2e/pr');
    expect(result.exitCode, result.stderr + result.stdout).toBe(0);
    expect(result.outputs.pushed).toBe('false');
    expect(result.outputs.digest).toBe('');
    expect(result.summary).toContain('<h3>Dry run: nothing published');
    await expect(tagsOf('e2e/pr')).rejects.toThrow();
  });
});

describe('a dry run', () => {
  it('still refuses a path that does not exist, naming the input', async () => {
    const result = await publish('pull request opened', 'e2e/pr-bad-path', { path: 'missing' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/^::error[^:]*::Input 'path': 'missing' does not exist/m);
  });
});

describe('keyless signing', () => {
  let sigstore: SigstoreStack;
  beforeAll(async () => {
    sigstore = await startSigstore({
      subject:
        'https://github.com/larkspur-labs/storefront-deploy/.github/workflows/publish.yml@refs/heads/master',
    });
  });
  afterAll(() => sigstore?.stop());

  /** A keyless publish of a push to the default branch; `env` is the job's OIDC variables. */
  const signKeyless = (repository: string, env: Record<string, string> = sigstore.env) =>
    publish(
      'push to the default branch',
      repository,
      { sign: 'true', 'fulcio-url': sigstore.fulcioURL, 'rekor-url': sigstore.rekorURL },
      env,
    );

  it('signs the digest in both forms and shows the Flux verify block', async () => {
    const result = await signKeyless('e2e/signed');
    expect(result.exitCode, result.stderr + result.stdout).toBe(0);
    const digest = result.outputs.digest!;
    expect(result.outputs['signature-tag']).toBe(`sha256-${digest.slice(7)}.sig`);
    expect(result.outputs['bundle-digest']).toMatch(/^sha256:/);
    // The first release's names still answer, with the same values.
    expect(result.outputs.signature).toBe(result.outputs['signature-tag']);
    expect(result.outputs.bundle).toBe(result.outputs['bundle-digest']);
    expect(result.outputs['rekor-log-index']).toMatch(/^\d+\n\d+$/);
    expect(await tagsOf('e2e/signed')).toEqual(
      [SHORT_SHA, 'latest', `sha256-${digest.slice(7)}`, `sha256-${digest.slice(7)}.sig`].sort(),
    );
    expect(result.summary).toContain('matchOIDCIdentity');
    expect(result.summary).toContain(
      String.raw`^https://github\.com/larkspur-labs/storefront-deploy/\.github/workflows/publish\.yml@refs/heads/master$`,
    );
    expect(result.summary).toContain('cosign verify');
    for (const secret of sigstore.secrets()) expect(visibleLog(result)).not.toContain(secret);
  });

  it('says in the Sign group what it waits for, and the summary shows how long signing took', async () => {
    const result = await signKeyless('e2e/sign-wait');
    expect(result.exitCode, visibleLog(result)).toBe(0);
    const signGroup = result.stdout.split('::group::Sign')[1]!.split('::endgroup::')[0]!;
    // distribution ignores If-Match: the .sig and the referrers fallback index are read back.
    expect(signGroup).toMatch(
      /Waiting \d+\.\d s for any other writer of sha256-[0-9a-f]{64}\.sig \(another signer of this digest\), then reading it back/,
    );
    expect(signGroup).toMatch(/Sign: done in \d+ ms/);
    expect(result.summary).toMatch(/signed in \d+\.\d s/);
  });

  it('fails before pushing anything when the job has no id-token permission', async () => {
    const result = await signKeyless('e2e/unsigned', {});
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/^::error[^:]*::.*id-token: write/m);
    await expect(tagsOf('e2e/unsigned')).rejects.toThrow();
  });

  it("asks again for the job's OIDC token when GitHub's endpoint fails for a moment", async () => {
    sigstore.inject('oidc', { kind: 'status', status: 503 }, 2);
    const result = await signKeyless('e2e/oidc-retried');
    expect(result.exitCode, result.stderr + result.stdout).toBe(0);
    expect(result.outputs['bundle-digest']).toMatch(/^sha256:/);
  });

  it('fails naming the permission when GitHub refuses the OIDC token, pushing nothing', async () => {
    const result = await signKeyless('e2e/oidc-refused', {
      ...sigstore.env,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'not-the-request-token',
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/^::error[^:]*::.*401.*id-token: write/m);
    expect(visibleLog(result)).not.toContain('not-the-request-token');
    await expect(tagsOf('e2e/oidc-refused')).rejects.toThrow();
  });
});

describe('signing with a cosign key', () => {
  const { pem, password } = testCosignKey('a-test-password');
  const key = () => pem;

  it('writes the legacy signature and a bundle, and shows the secretRef verify block', async () => {
    const result = await publish('push of tag v6.1.0', 'e2e/key-signed', {
      sign: 'true',
      'cosign-key': key(),
      'cosign-password': password,
    });
    expect(result.exitCode, result.stderr + result.stdout).toBe(0);
    expect(result.outputs['signature-tag']).toBe(`sha256-${result.outputs.digest!.slice(7)}.sig`);
    expect(result.outputs['bundle-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(result.summary).toContain('secretRef:');
    expect(result.summary).toContain('cosign verify --key cosign.pub');
    expect(visibleLog(result)).not.toContain('ENCRYPTED');
  });

  it('fails on a wrong password before anything is pushed', async () => {
    const result = await publish('push of tag v6.1.0', 'e2e/key-wrong', {
      sign: 'true',
      'cosign-key': key(),
      'cosign-password': 'not-the-password',
    });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/^::error[^:]*::.*cosign-password/m);
    await expect(tagsOf('e2e/key-wrong')).rejects.toThrow();
  });
});

describe('bad input', () => {
  it('fails with one error line naming the input when url is missing', async () => {
    const result = await publish('push to the default branch', 'unused', { url: '' });
    expect(result.exitCode).toBe(1);
    const errors = result.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toEqual([expect.stringContaining("Input 'url'")]);
  });

  it('titles the error annotation with the input at fault, as the job page shows it', async () => {
    const result = await publish('push to the default branch', 'unused', { url: '' });
    // The runner decodes the title's %3A: the annotation reads "publish-oci-artifact: input 'url'".
    expect(result.stdout).toMatch(
      /^::error title=publish-oci-artifact%3A input 'url'::Input 'url'/m,
    );
  });
});

describe('secrets', () => {
  it('asks the runner to mask the password and the derived base64 credential', async () => {
    const { username, password } = registry.users.writer!;
    const result = await publish('push to the default branch', 'e2e/masks');
    expect(result.masked).toContain(password);
    expect(result.masked).toContain(Buffer.from(`${username}:${password}`).toString('base64'));
  });

  // Every publish() above also checks, as its run ends, that the run printed no password, token
  // or base64 credential and left no temporary file in the workspace or RUNNER_TEMP.
});
