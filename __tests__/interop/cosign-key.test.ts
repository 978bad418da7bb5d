// Signing with a key made by the real `cosign generate-key-pair`: cosign v3 and v2 and the
// Flux-style verifier (a `secretRef` holding cosign.pub) accept our signatures, in each form (the
// legacy `.sig` and the Sigstore bundle, also beside someone's keyless bundle, where cosign v3 and
// Flux read only bundles), and a signature the real `cosign sign --key` adds to our artifact
// survives our later signing and promotion.
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makeRepo } from '../context/git-repo.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  COSIGN_REGISTRY_FLAGS,
  consume,
  cosignVerify,
  runConsumer,
  type Verdict,
} from '../support/consumers.js';
import { bundlesOf, legacySignaturesOf } from '../support/registry-state.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import type { SigstoreStack } from '../support/sigstore.js';
import {
  EXAMPLES,
  exampleWorkspace,
  keylessInputs,
  publishTo,
  sigstoreForRun,
  type Workspace,
} from './published.js';

interface KeyPair {
  privateKey: string;
  publicKeyPath: string;
  privateKeyPath: string;
  password: string;
}

/** A fresh encrypted key pair, made by cosign itself with COSIGN_PASSWORD. */
async function generateKeyPair(password: string): Promise<KeyPair> {
  const dir = await mkdtemp(join(tmpdir(), 'cosign-key-'));
  const privateKeyPath = join(dir, 'cosign.key');
  await consume('cosign', ['generate-key-pair', '--output-key-prefix', join(dir, 'cosign')], {
    COSIGN_PASSWORD: password,
  });
  return {
    privateKey: await readFile(privateKeyPath, 'utf8'),
    privateKeyPath,
    publicKeyPath: join(dir, 'cosign.pub'),
    password,
  };
}

type KeyCheck = (reference: string, publicKey: string) => Promise<Verdict>;

// No transparency log for key signatures unless asked: cosign is told to skip it, as Flux does.
const keyFlags = (key: string) => ['--key', key, '--insecure-ignore-tlog=true'];

const CONSUMERS: { name: string; check: KeyCheck }[] = [
  {
    name: 'cosign v3',
    check: (reference, key) => cosignVerify('cosign', reference, keyFlags(key)),
  },
  {
    name: 'cosign v2.6.2',
    check: (reference, key) => cosignVerify('cosign-v2', reference, keyFlags(key)),
  },
  {
    name: 'flux-verify',
    check: (reference, key) => runConsumer('flux-verify', ['--url', reference, '--key', key]),
  },
];

let registry: TestRegistry;
let workspace: Workspace;
let ours: KeyPair;
let another: KeyPair;
let signed: string;

beforeAll(async () => {
  [registry, workspace, ours, another] = await Promise.all([
    startRegistry(),
    exampleWorkspace(),
    generateKeyPair('correct horse battery staple'),
    generateKeyPair('another password'),
  ]);
  const result = await publishTo(
    registry,
    'app',
    workspace,
    { sign: 'true', 'cosign-key': ours.privateKey, 'cosign-password': ours.password },
    { secrets: [ours.privateKey, ours.password] },
  );
  signed = `${registry.host}/app@${result.outputs.digest}`;
}, 120_000);

afterAll(async () => {
  await registry?.stop();
  await workspace?.remove();
});

describe('a signature made with a key from cosign generate-key-pair', () => {
  it.each(CONSUMERS)('$name accepts it with cosign.pub', async ({ check }) => {
    const verdict = await check(signed, ours.publicKeyPath);
    expect(verdict.exitCode, verdict.stderr).toBe(0);
  });

  it.each(CONSUMERS)('$name refuses it with another public key', async ({ name, check }) => {
    const verdict = await check(signed, another.publicKeyPath);
    expect(verdict.exitCode).not.toBe(0);
    if (name === 'flux-verify') {
      expect(verdict.exitCode).toBe(1);
      expect(verdict.stderr).toContain('no matching signatures were found');
    }
  });
});

describe('a signature added by the real cosign sign --key', () => {
  let theirs: KeyPair;
  let digest: string;
  let theirBundles: string[];

  beforeAll(async () => {
    theirs = await generateKeyPair('their password');
    const first = await publishTo(registry, 'shared', workspace, { promote: '' });
    digest = first.outputs.digest!;
    // Both forms: the `.sig` manifest every writer appends to, and a bundle in the fallback index.
    for (const bundle of [false, true]) {
      await consume(
        'cosign',
        [
          'sign',
          ...COSIGN_REGISTRY_FLAGS,
          '--key',
          theirs.privateKeyPath,
          '--tlog-upload=false',
          `--new-bundle-format=${bundle}`,
          '--use-signing-config=false',
          '-y',
          `${registry.host}/shared@${digest}`,
        ],
        { COSIGN_PASSWORD: theirs.password },
      );
    }
    theirBundles = await bundlesOf(registry, 'shared', digest);
    expect(theirBundles).toHaveLength(1);
    // Then we sign the same digest and promote it.
    const again = await publishTo(registry, 'shared', workspace, {
      sign: 'true',
      'cosign-key': ours.privateKey,
      'cosign-password': ours.password,
    });
    expect(again.outputs.digest).toBe(digest);
  }, 120_000);

  it('is still in the .sig manifest beside ours', async () => {
    expect(await legacySignaturesOf(registry, 'shared', digest)).toHaveLength(2);
  });

  it('is still in the referrers index, beside our bundle', async () => {
    const bundles = await bundlesOf(registry, 'shared', digest);
    expect(bundles).toEqual(expect.arrayContaining(theirBundles));
    expect(bundles).toHaveLength(theirBundles.length + 1);
  });

  it.each([
    ['cosign', '--new-bundle-format=true'],
    ['cosign', '--new-bundle-format=false'],
    ['cosign-v2', '--new-bundle-format=false'],
  ] as const)('still verifies with %s %s', async (cosign, format) => {
    const verdict = await cosignVerify(cosign, `${registry.host}/shared:latest`, [
      format,
      ...keyFlags(theirs.publicKeyPath),
    ]);
    expect(verdict.exitCode, verdict.stderr).toBe(0);
  });

  it('and ours verifies too', async () => {
    const verdict = await cosignVerify(
      'cosign-v2',
      `${registry.host}/shared:latest`,
      keyFlags(ours.publicKeyPath),
    );
    expect(verdict.exitCode, verdict.stderr).toBe(0);
  });
});

describe('signature-format with a key', () => {
  const keyInputs = () => ({
    sign: 'true',
    'cosign-key': ours.privateKey,
    'cosign-password': ours.password,
  });
  const secrets = () => ({ secrets: [ours.privateKey, ours.password] });

  it('both writes the legacy .sig and a bundle naming the key as cosign v3 does', async () => {
    const result = await publishTo(registry, 'both', workspace, keyInputs(), secrets());
    const digest = result.outputs.digest!;
    expect(await legacySignaturesOf(registry, 'both', digest)).toHaveLength(1);
    expect(await bundlesOf(registry, 'both', digest)).toEqual([result.outputs['bundle-digest']]);
    expect(result.outputs['signature-tag']).toBe(`sha256-${digest.slice(7)}.sig`);
  });

  it('bundle writes only the bundle, which cosign v3 and flux-verify accept', async () => {
    const result = await publishTo(
      registry,
      'bundle-only',
      workspace,
      { ...keyInputs(), 'signature-format': 'bundle' },
      secrets(),
    );
    const digest = result.outputs.digest!;
    expect(await legacySignaturesOf(registry, 'bundle-only', digest)).toEqual([]);
    expect(result.outputs['signature-tag']).toBe('');
    const reference = `${registry.host}/bundle-only@${digest}`;
    for (const { name, check } of CONSUMERS.filter((c) => c.name !== 'cosign v2.6.2')) {
      const verdict = await check(reference, ours.publicKeyPath);
      expect(verdict.exitCode, `${name}: ${verdict.stderr}`).toBe(0);
    }
  });

  it('legacy writes only the .sig, which cosign v2.6.2 accepts', async () => {
    const result = await publishTo(
      registry,
      'legacy-only',
      workspace,
      { ...keyInputs(), 'signature-format': 'legacy' },
      secrets(),
    );
    const digest = result.outputs.digest!;
    expect(await bundlesOf(registry, 'legacy-only', digest)).toEqual([]);
    const verdict = await cosignVerify(
      'cosign-v2',
      `${registry.host}/legacy-only@${digest}`,
      keyFlags(ours.publicKeyPath),
    );
    expect(verdict.exitCode, verdict.stderr).toBe(0);
  });
});

describe('a key signature on a digest that carries a keyless bundle', () => {
  let sigstore: SigstoreStack;
  let reference: string;

  beforeAll(async () => {
    sigstore = await sigstoreForRun();
    // CI signs keyless; then a release manager signs the same digest with a key.
    const keyless = await publishTo(registry, 'two-signers', workspace, keylessInputs(sigstore), {
      env: sigstore.env,
      secrets: sigstore.secrets(),
    });
    const keyed = await publishTo(
      registry,
      'two-signers',
      workspace,
      { sign: 'true', 'cosign-key': ours.privateKey, 'cosign-password': ours.password },
      { secrets: [ours.privateKey, ours.password] },
    );
    expect(keyed.outputs.digest).toBe(keyless.outputs.digest);
    expect(await bundlesOf(registry, 'two-signers', keyed.outputs.digest!)).toHaveLength(2);
    reference = `${registry.host}/two-signers@${keyed.outputs.digest}`;
  }, 120_000);

  afterAll(() => sigstore?.stop());

  it.each(CONSUMERS)('$name finds the key signature with cosign.pub', async ({ check }) => {
    const verdict = await check(reference, ours.publicKeyPath);
    expect(verdict.exitCode, verdict.stderr).toBe(0);
  });

  it('a re-run with the key finds its bundle and adds nothing', async () => {
    const digest = reference.split('@')[1]!;
    const before = await bundlesOf(registry, 'two-signers', digest);
    const again = await publishTo(
      registry,
      'two-signers',
      workspace,
      { sign: 'true', 'cosign-key': ours.privateKey, 'cosign-password': ours.password },
      { secrets: [ours.privateKey, ours.password] },
    );
    expect(again.outputs['bundle-digest']).toMatch(/^sha256:/);
    expect(await bundlesOf(registry, 'two-signers', digest)).toEqual(before);
    expect(again.stdout).toMatch(/signed by this signer already, in every form asked for/);
  });
});

describe('the CLI, signing with the key file', () => {
  it('publishes a signature that cosign v3 and the Flux-style verifier accept', async () => {
    const repo = makeRepo();
    await cp(EXAMPLES, join(repo.dir, 'deploy'), { recursive: true });
    repo.git(['add', '.']);
    repo.commit('manifests', '2026-01-02T03:04:05Z');
    const cli = spawnSync(
      process.execPath,
      [
        resolve('dist/cli/index.js'),
        '--url',
        `oci://${registry.host}/from-cli`,
        '--path',
        'deploy',
        '--sign',
        '--cosign-key',
        ours.privateKeyPath,
      ],
      { cwd: repo.dir, encoding: 'utf8', env: { ...process.env, COSIGN_PASSWORD: ours.password } },
    );
    expect(cli.status, cli.stderr).toBe(0);
    expect(cli.stderr + cli.stdout).not.toContain(ours.password);
    const digest = /^digest=(\S+)$/m.exec(cli.stdout)![1]!;
    for (const { name, check } of CONSUMERS.filter((c) => c.name !== 'cosign v2.6.2')) {
      const verdict = await check(`${registry.host}/from-cli@${digest}`, ours.publicKeyPath);
      expect(verdict.exitCode, `${name}: ${verdict.stderr}`).toBe(0);
    }
  });
});
