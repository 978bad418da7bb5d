// `verify` against the real consumers: on each case of the matrix (key or keyless, bundle, legacy
// or both forms, and a matching policy, another identity, issuer or key, a tampered manifest, no
// signature), its Flux ≥ 2.8 verdict is cosign v3's and the Flux-style verifier's, its legacy verdict
// is cosign v2's, and for each failure the verify: block it suggests, given to the Flux-style
// verifier, verifies (or it says why no block can).
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  COSIGN_REGISTRY_FLAGS,
  consume,
  cosignVerify,
  runConsumer,
  startReferrersRegistry,
  writeTrustedRoot,
  type Verdict,
} from '../support/consumers.js';
import { testCosignKey } from '../support/end-to-end.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import type { SigstoreStack } from '../support/sigstore.js';
import {
  exampleWorkspace,
  keylessInputs,
  publishTo,
  sigstoreForRun,
  tamperedCopy,
  type Workspace,
} from '../interop/published.js';
import { runCli } from './cli.js';

type Policy =
  { kind: 'keyless'; subject: string; issuer: string } | { kind: 'key'; publicKey: string };

interface Case {
  name: string;
  /** The artifact, `host/repo@digest`. */
  artifact: () => string;
  policy: () => Policy;
  /** What Flux (and cosign v3) decide, and what cosign v2 (the `.sig` tag only) decides. */
  flux: boolean;
  legacy: boolean;
  /** Flux compares no digest claim on the `.sig` path: it accepts what cosign refuses. */
  fluxVerifyAccepts?: boolean;
  /** A verify: block is suggested (for a failure): the one that would match. */
  suggests?: 'matchOIDCIdentity' | 'secretRef';
}

const scratch: string[] = [];
let sigstore: SigstoreStack;
let workspace: Workspace;
let registry: TestRegistry;
let trustedRoot: string;
let ourKey: { privateKey: string; publicKey: string; password: string };
let otherPublicKey: string;
const digests: Record<string, string> = {};

async function generateKeyPair(password: string) {
  const dir = await mkdtemp(join(tmpdir(), 'verify-key-'));
  scratch.push(dir);
  await consume('cosign', ['generate-key-pair', '--output-key-prefix', join(dir, 'cosign')], {
    COSIGN_PASSWORD: password,
  });
  return { privateKey: join(dir, 'cosign.key'), publicKey: join(dir, 'cosign.pub'), password };
}

/** The real cosign v3 signs `reference` with our key in the bundle format, no transparency log. */
function cosignSignBundle(reference: string) {
  return consume(
    'cosign',
    [
      'sign',
      ...COSIGN_REGISTRY_FLAGS,
      '--key',
      ourKey.privateKey,
      '--tlog-upload=false',
      '--new-bundle-format=true',
      '--use-signing-config=false',
      '-y',
      reference,
    ],
    { COSIGN_PASSWORD: ourKey.password },
  );
}

/** The artifact published to `repository` (or, by `digestOf`'s name, another manifest there). */
const at =
  (repository: string, digestOf = repository) =>
  () =>
    `${registry.host}/${repository}@${digests[digestOf]}`;

async function publishKeyless(repository: string, format: string) {
  const result = await publishTo(
    registry,
    repository,
    workspace,
    { ...keylessInputs(sigstore), 'signature-format': format },
    { env: sigstore.env, secrets: sigstore.secrets() },
  );
  digests[repository] = result.outputs.digest!;
}

async function publishWithKey(repository: string) {
  const { readFile } = await import('node:fs/promises');
  const result = await publishTo(
    registry,
    repository,
    workspace,
    {
      sign: 'true',
      'cosign-key': await readFile(ourKey.privateKey, 'utf8'),
      'cosign-password': ourKey.password,
      // The legacy form alone: the bundle of each key case is cosign's own (cosignSignBundle).
      'signature-format': 'legacy',
    },
    { secrets: [ourKey.password] },
  );
  digests[repository] = result.outputs.digest!;
}

async function publishUnsigned(repository: string) {
  digests[repository] = (await publishTo(registry, repository, workspace)).outputs.digest!;
}

beforeAll(async () => {
  [sigstore, workspace, registry] = await Promise.all([
    sigstoreForRun(),
    exampleWorkspace(),
    startRegistry(),
  ]);
  trustedRoot = await writeTrustedRoot(sigstore.trustedRoot, workspace.dir);
  const keys = await Promise.all([generateKeyPair('our password'), generateKeyPair('theirs')]);
  ourKey = keys[0];
  otherPublicKey = join(workspace.dir, 'other.pub');
  await writeFile(otherPublicKey, testCosignKey('unused').publicKeyPEM);

  await publishKeyless('keyless-bundle', 'bundle');
  await publishKeyless('keyless-legacy', 'legacy');
  await publishKeyless('keyless-both', 'both');
  await publishWithKey('key-legacy');
  await publishUnsigned('key-bundle');
  await cosignSignBundle(at('key-bundle')());
  await publishWithKey('key-both');
  await cosignSignBundle(at('key-both')());
  await publishUnsigned('unsigned');
  digests['keyless-tampered'] = await tamperedCopy(
    registry,
    'keyless-both',
    digests['keyless-both']!,
    'tampered',
  );
  digests['key-tampered'] = await tamperedCopy(
    registry,
    'key-legacy',
    digests['key-legacy']!,
    'tampered',
  );
}, 300_000);

afterAll(async () => {
  await registry?.stop();
  await sigstore?.stop();
  await workspace?.remove();
  const { rm } = await import('node:fs/promises');
  await Promise.all(scratch.map((d) => rm(d, { recursive: true, force: true })));
});

const exact = (): Policy => ({ kind: 'keyless', ...sigstore.identity });
const otherSubject = (): Policy => ({
  ...(exact() as Policy & { kind: 'keyless' }),
  subject: sigstore.identity.subject.replace('.github/workflows/', '.github/workflows/other-'),
});
const otherIssuer = (): Policy => ({
  ...(exact() as Policy & { kind: 'keyless' }),
  issuer: 'https://accounts.example.com',
});
const ours = (): Policy => ({ kind: 'key', publicKey: ourKey.publicKey });
const another = (): Policy => ({ kind: 'key', publicKey: otherPublicKey });

const CASES: Case[] = [
  {
    name: 'keyless bundle, matching',
    artifact: at('keyless-bundle'),
    policy: exact,
    flux: true,
    legacy: false,
  },
  {
    name: 'keyless legacy, matching',
    artifact: at('keyless-legacy'),
    policy: exact,
    flux: true,
    legacy: true,
  },
  {
    name: 'keyless both, matching',
    artifact: at('keyless-both'),
    policy: exact,
    flux: true,
    legacy: true,
  },
  {
    name: 'keyless both, wrong identity',
    artifact: at('keyless-both'),
    policy: otherSubject,
    flux: false,
    legacy: false,
    suggests: 'matchOIDCIdentity',
  },
  {
    name: 'keyless both, wrong issuer',
    artifact: at('keyless-both'),
    policy: otherIssuer,
    flux: false,
    legacy: false,
    suggests: 'matchOIDCIdentity',
  },
  {
    name: 'keyless bundle, wrong identity',
    artifact: at('keyless-bundle'),
    policy: otherSubject,
    flux: false,
    legacy: false,
    suggests: 'matchOIDCIdentity',
  },
  {
    name: 'keyless legacy, wrong issuer',
    artifact: at('keyless-legacy'),
    policy: otherIssuer,
    flux: false,
    legacy: false,
    suggests: 'matchOIDCIdentity',
  },
  {
    name: 'keyless both, tampered',
    artifact: at('keyless-both', 'keyless-tampered'),
    policy: exact,
    flux: false,
    legacy: false,
  },
  {
    name: 'keyless, unsigned',
    artifact: at('unsigned'),
    policy: exact,
    flux: false,
    legacy: false,
  },
  {
    name: 'key legacy, matching',
    artifact: at('key-legacy'),
    policy: ours,
    flux: true,
    legacy: true,
  },
  {
    name: 'key legacy, wrong key',
    artifact: at('key-legacy'),
    policy: another,
    flux: false,
    legacy: false,
    suggests: 'secretRef',
  },
  {
    name: 'key bundle, matching',
    artifact: at('key-bundle'),
    policy: ours,
    flux: true,
    legacy: false,
  },
  {
    name: 'key bundle, wrong key',
    artifact: at('key-bundle'),
    policy: another,
    flux: false,
    legacy: false,
    suggests: 'secretRef',
  },
  { name: 'key both, matching', artifact: at('key-both'), policy: ours, flux: true, legacy: true },
  {
    name: 'key legacy, tampered',
    artifact: at('key-legacy', 'key-tampered'),
    policy: ours,
    flux: false,
    legacy: false,
    fluxVerifyAccepts: true,
  },
  { name: 'key, unsigned', artifact: at('unsigned'), policy: ours, flux: false, legacy: false },
];

function ourFlags(policy: Policy): string[] {
  return policy.kind === 'key'
    ? ['--key', policy.publicKey]
    : [
        '--trusted-root',
        trustedRoot,
        '--certificate-identity',
        policy.subject,
        '--certificate-oidc-issuer',
        policy.issuer,
      ];
}

function cosignFlags(policy: Policy): string[] {
  return policy.kind === 'key'
    ? ['--key', policy.publicKey, '--insecure-ignore-tlog=true']
    : [
        '--trusted-root',
        trustedRoot,
        '--certificate-identity',
        policy.subject,
        '--certificate-oidc-issuer',
        policy.issuer,
      ];
}

const anchored = (value: string) => `^${value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`;

function fluxVerify(artifact: string, flags: string[]): Promise<Verdict> {
  return runConsumer('flux-verify', ['--url', artifact, ...flags]);
}

function fluxFlags(policy: Policy): string[] {
  return policy.kind === 'key'
    ? ['--key', policy.publicKey]
    : [
        '--trusted-root',
        trustedRoot,
        '--issuer',
        anchored(policy.issuer),
        '--subject',
        anchored(policy.subject),
      ];
}

/** The Flux-style verifier's flags for a suggested verify: block. */
function flagsForBlock(yaml: string): string[] {
  const flags: string[] = [];
  const pairs = /- issuer: ("(?:[^"\\]|\\.)*")\n\s+subject: ("(?:[^"\\]|\\.)*")/g;
  for (const match of yaml.matchAll(pairs)) {
    flags.push(
      '--issuer',
      JSON.parse(match[1]!) as string,
      '--subject',
      JSON.parse(match[2]!) as string,
    );
  }
  if (flags.length) return ['--trusted-root', trustedRoot, ...flags];
  // secretRef: a Secret holding the cosign.pub of the key that signed, which this test holds.
  expect(yaml).toMatch(/secretRef:\n\s+name: cosign-pub/);
  return ['--key', ourKey.publicKey];
}

interface Ours {
  verified: boolean;
  verdicts: Record<'flux' | 'legacy', { verified: boolean; format: string }>;
  signatures: {
    format: string;
    signer: Record<string, string>;
    verified: boolean;
    reason?: string;
  }[];
  suggestion: string | null;
  noSuggestion?: string;
  fluxAcceptsOtherDigest: boolean;
}

async function ourVerify(artifact: string, policy: Policy, extra: string[] = []) {
  const result = await runCli(
    ['verify', `oci://${artifact}`, '-o', 'json', ...ourFlags(policy), ...extra],
    {
      cwd: workspace.dir,
    },
  );
  expect([0, 1], result.stderr).toContain(result.status);
  return { status: result.status, report: JSON.parse(result.stdout) as Ours };
}

describe.each(CASES)('verify: $name', (c) => {
  it('decides as cosign v3 and the Flux-style verifier do', async () => {
    const artifact = c.artifact();
    const policy = c.policy();
    const [{ status, report }, v3, flux] = await Promise.all([
      ourVerify(artifact, policy),
      cosignVerify('cosign', artifact, cosignFlags(policy)),
      fluxVerify(artifact, fluxFlags(policy)),
    ]);
    expect(status).toBe(c.flux ? 0 : 1);
    expect(report.verdicts.flux.verified).toBe(c.flux);
    expect(v3.exitCode === 0, v3.stderr).toBe(c.flux);
    if (c.fluxVerifyAccepts) {
      // Flux accepts a `.sig` payload naming another digest; cosign (and we) refuse it, and say so.
      expect(flux.exitCode, flux.stderr).toBe(0);
      expect(report.fluxAcceptsOtherDigest).toBe(true);
      const strict = await fluxVerify(artifact, [...fluxFlags(policy), '--check-claims']);
      expect(strict.exitCode).toBe(1);
    } else {
      expect(flux.exitCode === 0, flux.stderr).toBe(c.flux);
      expect(report.fluxAcceptsOtherDigest).toBe(false);
    }
  });

  it('decides with --legacy as cosign v2 does', async () => {
    const artifact = c.artifact();
    const policy = c.policy();
    const [{ status, report }, v2] = await Promise.all([
      ourVerify(artifact, policy, ['--legacy']),
      cosignVerify('cosign-v2', artifact, ['--new-bundle-format=false', ...cosignFlags(policy)]),
    ]);
    expect(status).toBe(c.legacy ? 0 : 1);
    expect(report.verdicts.legacy.verified).toBe(c.legacy);
    expect(v2.exitCode === 0, v2.stderr).toBe(c.legacy);
  });

  if (!c.flux) {
    it(
      c.suggests
        ? `suggests a ${c.suggests} block that the Flux-style verifier accepts`
        : 'lists what is there and says no verify: block can match',
      async () => {
        const { report } = await ourVerify(c.artifact(), c.policy());
        if (!c.suggests) {
          expect(report.suggestion).toBeNull();
          expect(report.noSuggestion).toBeTruthy();
          return;
        }
        expect(report.suggestion).toContain(c.suggests);
        expect(report.suggestion).toMatch(/^ {2}verify:\n {4}provider: cosign\n/);
        expect(report.signatures.length).toBeGreaterThan(0);
        const verdict = await fluxVerify(c.artifact(), flagsForBlock(report.suggestion!));
        expect(verdict.exitCode, verdict.stderr).toBe(0);
      },
    );
  }
});

describe('verify explains what is there', () => {
  it('lists each signature with its format, identity and issuer', async () => {
    const { report } = await ourVerify(at('keyless-both')(), otherIssuer());
    expect(report.signatures.map((s) => s.format).sort()).toEqual(['bundle', 'legacy']);
    for (const signature of report.signatures) {
      expect(signature.signer).toEqual({ kind: 'keyless', ...sigstore.identity });
      expect(signature.reason).toContain('issuer');
    }
  });

  it('prints the block and the verdicts as text', async () => {
    const result = await runCli(
      ['verify', `oci://${at('keyless-bundle')()}`, ...ourFlags(otherSubject())],
      { cwd: workspace.dir },
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('* Flux ≥ 2.8 and cosign v3: not verified');
    expect(result.stdout).toContain(`identity ${sigstore.identity.subject}`);
    expect(result.stdout).toContain('matchOIDCIdentity:');
  });

  it('on a tampered .sig Flux accepts, warns and does not say no block can make Flux accept it', async () => {
    const artifact = at('key-legacy', 'key-tampered')();
    const result = await runCli(['verify', `oci://${artifact}`, ...ourFlags(ours())], {
      cwd: workspace.dir,
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Flux itself would accept a legacy signature');
    expect(result.stdout).not.toContain('No verify: block can make Flux accept');
  });

  it('names a digest reference once in its header', async () => {
    const artifact = at('key-both')();
    const result = await runCli(['verify', `oci://${artifact}`, ...ourFlags(ours())], {
      cwd: workspace.dir,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(`Verified: ${artifact}`);
  });
});

describe('verify on a registry with the OCI 1.1 referrers API', () => {
  let api: TestRegistry;
  let signed: string;

  beforeAll(async () => {
    api = await startReferrersRegistry();
    const result = await publishTo(api, 'app', workspace, keylessInputs(sigstore), {
      env: sigstore.env,
      secrets: sigstore.secrets(),
    });
    signed = `${api.host}/app@${result.outputs.digest}`;
  }, 120_000);
  afterAll(() => api?.stop());

  it('reads the bundle the API lists, as cosign v3 and the Flux-style verifier do', async () => {
    const [{ status, report }, v3, flux] = await Promise.all([
      ourVerify(signed, exact()),
      cosignVerify('cosign', signed, cosignFlags(exact())),
      fluxVerify(signed, fluxFlags(exact())),
    ]);
    expect(status).toBe(0);
    expect(report.verdicts.flux).toMatchObject({ verified: true, format: 'bundle' });
    expect(v3.exitCode, v3.stderr).toBe(0);
    expect(JSON.parse(flux.stdout)).toMatchObject({ verified: true, format: 'bundle' });
  });
});
