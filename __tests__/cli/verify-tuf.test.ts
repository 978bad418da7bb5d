// Keyless `verify` and `pull` without --trusted-root: the trusted root comes from a TUF repository
// (Sigstore's public-good one by default; here one on loopback, pointed at with --tuf-mirror and
// --tuf-root, which publishes the loopback Sigstore's trusted_root.json). Its metadata is kept in
// the user's cache directory and serves offline; a repository whose metadata does not verify, or
// that cannot be reached with nothing cached, ends the command in one line, exit 2.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COSIGN_REGISTRY_FLAGS, runConsumer, writeTrustedRoot } from '../support/consumers.js';
import { scratchDirectories } from '../support/end-to-end.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { startSigstore, type SigstoreStack } from '../support/sigstore.js';
import { startTufRepository, type TufRepository } from '../support/tuf-repository.js';
import { checkout, outputsOf, publishWithCli, runCli } from './cli.js';

const scratch = scratchDirectories();
let sigstore: SigstoreStack;
let registry: TestRegistry;
let tuf: TufRepository;
let trustedRootJSON: string;
let dir: string;
let artifact: string;

beforeAll(async () => {
  [sigstore, registry] = await Promise.all([startSigstore(), startRegistry()]);
  dir = await checkout(scratch);
  trustedRootJSON = await readFile(
    await writeTrustedRoot(sigstore.trustedRoot, await scratch.make('trusted-root-')),
    'utf8',
  );
  tuf = await startTufRepository({
    targets: { 'trusted_root.json': trustedRootJSON },
    dir: await scratch.make('tuf-'),
  });
  const signing = ['--sign', '--fulcio-url', sigstore.fulcioURL, '--rekor-url', sigstore.rekorURL];
  const published = await publishWithCli(
    dir,
    `oci://${registry.host}/app`,
    ['--tag', 'v1', '--promote', '', ...signing],
    { SIGSTORE_ID_TOKEN: await sigstore.identityToken.getToken() },
  );
  artifact = `oci://${registry.host}/app@${published.digest}`;
}, 120_000);

afterAll(async () => {
  await Promise.all([registry?.stop(), sigstore?.stop(), tuf?.stop()]);
  await scratch.removeAll();
});

const signer = () => [
  '--certificate-identity',
  sigstore.identity.subject,
  '--certificate-oidc-issuer',
  sigstore.identity.issuer,
];
const mirror = (repository: TufRepository) => [
  '--tuf-mirror',
  repository.url,
  '--tuf-root',
  repository.rootPath,
];

/** `verify` as a user with a fresh home directory (HOME is the cwd) runs it. */
async function verify(
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
) {
  const cwd = options.cwd ?? (await scratch.make('home-'));
  const result = await runCli(['verify', artifact, '-o', 'json', ...args], {
    cwd,
    env: options.env,
  });
  return { ...result, cwd };
}

describe('keyless verify without --trusted-root', () => {
  it('verifies with the trusted root the TUF repository publishes', async () => {
    const result = await verify([...signer(), ...mirror(tuf)]);
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ verdicts: { flux: { verified: true } } });
  });

  it('refuses another identity, as with --trusted-root', async () => {
    const other = sigstore.identity.subject.replace('acme/', 'someone-else/');
    const args = [
      '--certificate-identity',
      other,
      '--certificate-oidc-issuer',
      sigstore.identity.issuer,
    ];
    const result = await verify([...args, ...mirror(tuf)]);
    expect(result.status, result.stderr).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ verdicts: { flux: { verified: false } } });
  });

  it('agrees with cosign v3 reading the same TUF repository', async () => {
    const tufRoot = await scratch.make('cosign-tuf-');
    const env = { TUF_ROOT: tufRoot };
    const init = await runConsumer(
      'cosign',
      ['initialize', '--mirror', tuf.url, '--root', tuf.rootPath],
      env,
    );
    expect(init.exitCode, init.stderr).toBe(0);
    const reference = artifact.slice('oci://'.length);
    const cosign = await runConsumer(
      'cosign',
      ['verify', ...COSIGN_REGISTRY_FLAGS, ...signer(), reference],
      env,
    );
    expect(cosign.exitCode, cosign.stderr).toBe(0);
    expect((await verify([...signer(), ...mirror(tuf)])).status).toBe(0);
  });

  it('keeps the metadata in $XDG_CACHE_HOME/publish-oci-artifact/tuf, else ~/.cache', async () => {
    const home = await scratch.make('home-');
    const cache = await scratch.make('xdg-cache-');
    await verify([...signer(), ...mirror(tuf)], { cwd: home, env: { XDG_CACHE_HOME: cache } });
    const [repository] = await readdir(join(cache, 'publish-oci-artifact', 'tuf'));
    const kept = await readdir(join(cache, 'publish-oci-artifact', 'tuf', repository!));
    expect(kept.sort()).toEqual([
      'root.json',
      'snapshot.json',
      'targets',
      'targets.json',
      'timestamp.json',
    ]);

    const result = await verify([...signer(), ...mirror(tuf)], { cwd: home });
    expect(result.status, result.stderr).toBe(0);
    expect(await readdir(join(home, '.cache', 'publish-oci-artifact', 'tuf'))).toHaveLength(1);
  });

  it('verifies offline from the cache of an earlier run', async () => {
    const offline = await startTufRepository({
      targets: { 'trusted_root.json': trustedRootJSON },
      dir: await scratch.make('tuf-offline-'),
    });
    const online = await verify([...signer(), ...mirror(offline)]);
    expect(online.status, online.stderr).toBe(0);
    await offline.stop();

    const result = await verify([...signer(), ...mirror(offline)], { cwd: online.cwd });
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ verdicts: { flux: { verified: true } } });
    expect(result.stderr).toContain(`${offline.url} cannot be reached`);
    expect(result.stderr).toContain('using the trusted root of its metadata cached in');
  });

  it('pull --verify extracts what verifies', async () => {
    const cwd = await scratch.make('home-');
    const result = await runCli(['pull', artifact, '-o', 'out', ...signer(), ...mirror(tuf)], {
      cwd,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(outputsOf(result.stdout).output).toBe(join(cwd, 'out'));
    expect((await readdir(join(cwd, 'out'))).length).toBeGreaterThan(0);
  });
});

describe('a TUF repository that cannot be trusted or reached', () => {
  /** One line on stderr, exit 2, nothing on stdout: the house rule for an error. */
  function expectOneLineError(result: { status: number; stdout: string; stderr: string }) {
    expect(result.status, result.stderr).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: [^\n]+\n$/);
  }

  it.each(['timestamp', 'snapshot', 'targets'] as const)(
    'refuses metadata whose %s is signed by a key its root does not list',
    async (forge) => {
      const forged = await startTufRepository({
        targets: { 'trusted_root.json': trustedRootJSON },
        dir: await scratch.make('tuf-forged-'),
        forge,
      });
      try {
        const result = await verify([...signer(), ...mirror(forged)]);
        expectOneLineError(result);
        expect(result.stderr).toContain(`${forged.url} sent metadata that does not verify`);
        expect(result.stderr).toContain(`${forge} was signed by 0/1 keys`);
      } finally {
        await forged.stop();
      }
    },
  );

  it('fails when the repository cannot be reached and nothing is cached', async () => {
    const gone = await startTufRepository({
      targets: { 'trusted_root.json': trustedRootJSON },
      dir: await scratch.make('tuf-gone-'),
    });
    await gone.stop();
    const result = await verify([...signer(), ...mirror(gone)]);
    expectOneLineError(result);
    expect(result.stderr).toContain(`${gone.url} cannot be reached (connect ECONNREFUSED`);
    expect(result.stderr).toContain('--trusted-root');
  });

  it('asks for --tuf-root for a repository whose root it does not know', async () => {
    const result = await verify([...signer(), '--tuf-mirror', tuf.url]);
    expectOneLineError(result);
    expect(result.stderr).toMatch(/--tuf-mirror .* --tuf-root/);
  });

  it('refuses --trusted-root beside --tuf-mirror', async () => {
    const result = await verify([...signer(), ...mirror(tuf), '--trusted-root', tuf.rootPath]);
    expectOneLineError(result);
    expect(result.stderr).toContain('not both');
  });
});
