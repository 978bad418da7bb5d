// Keyless signing with the services of a cosign signing config (written by the real `cosign
// signing-config create`), as the real consumers judge it against a trusted root that lists those
// services (written by `cosign trusted-root create`), with no --insecure-* flag: Rekor v2 with the
// TSA timestamp it requires, and Rekor v1.
import { execFile } from 'node:child_process';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/cli.js';
import { makeRepo } from '../context/git-repo.js';
import { runEnv } from '../fixtures/events/runs.js';
import {
  cosignVerify,
  runConsumer,
  writeSigningConfig,
  writeTrustedRoot,
  type Verdict,
} from '../support/consumers.js';
import { testCosignKey } from '../support/end-to-end.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { startSigstore, type SigstoreStack } from '../support/sigstore.js';
import {
  EXAMPLES,
  exampleWorkspace,
  outsideActions,
  publishTo,
  referrers,
  RUN,
  type Workspace,
} from './published.js';

let sigstore: SigstoreStack;
let workspace: Workspace;
let registry: TestRegistry;
let trustedRoot: string;

/** Where the signing configs go, relative to the workspace (the input's path). */
const CONFIGS = 'sigstore';

beforeAll(async () => {
  sigstore = await startSigstore({
    subject: `https://github.com/${runEnv(RUN).GITHUB_WORKFLOW_REF}`,
    rekorV2: true,
  });
  workspace = await exampleWorkspace();
  registry = await startRegistry();
  trustedRoot = await writeTrustedRoot(sigstore.trustedRoot, workspace.dir);
  await mkdir(join(workspace.dir, CONFIGS));
  // Written once for all: the CLI's and the cosign key's tests use rekor-v2.json too.
  await writeSigningConfig(join(workspace.dir, CONFIGS, 'rekor-v2.json'), {
    fulcio: [{ url: sigstore.fulcioURL, apiVersion: 1 }],
    // A Rekor v1 log beside it: cosign takes the highest API version it speaks, as we do.
    rekor: [
      { url: sigstore.rekorURL, apiVersion: 1 },
      { url: sigstore.rekorV2URL!, apiVersion: 2 },
    ],
    rekorConfig: 'ANY',
    tsa: [{ url: sigstore.tsaURL, apiVersion: 1 }],
    tsaConfig: 'ANY',
  });
  await writeSigningConfig(join(workspace.dir, CONFIGS, 'rekor-v1.json'), {
    fulcio: [{ url: sigstore.fulcioURL, apiVersion: 1 }],
    rekor: [{ url: sigstore.rekorURL, apiVersion: 1 }],
    rekorConfig: 'ANY',
  });
}, 60_000);

afterAll(async () => {
  await sigstore?.stop();
  await registry?.stop();
  await workspace?.remove();
});

const identityFlags = () => [
  '--trusted-root',
  trustedRoot,
  '--certificate-identity',
  sigstore.identity.subject,
  '--certificate-oidc-issuer',
  sigstore.identity.issuer,
];

/** Flux's `matchOIDCIdentity` takes regular expressions: the exact values, anchored. */
const anchored = (value: string) => `^${value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`;

const fluxVerify = (reference: string): Promise<Verdict> =>
  runConsumer('flux-verify', [
    '--url',
    reference,
    '--trusted-root',
    trustedRoot,
    '--issuer',
    anchored(sigstore.identity.issuer),
    '--subject',
    anchored(sigstore.identity.subject),
  ]);

/** Our CLI's `verify`, as a user runs it. */
async function ourVerify(reference: string): Promise<Verdict> {
  const args = [
    resolve('dist/cli/index.js'),
    'verify',
    `oci://${reference}`,
    ...identityFlags(),
    '--output',
    'json',
  ];
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args);
    return { exitCode: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { exitCode: code, stdout, stderr };
  }
}

/**
 * Publishes the workspace signed keyless with the signing config `name` and `inputs`: the signed
 * reference, and the job summary.
 */
async function publishSigned(repository: string, name: string, inputs: Record<string, string>) {
  const result = await publishTo(
    registry,
    repository,
    workspace,
    { sign: 'true', 'signing-config': `${CONFIGS}/${name}`, ...inputs },
    { env: sigstore.env, secrets: sigstore.secrets() },
  );
  return {
    signed: `${registry.host}/${repository}@${result.outputs.digest}`,
    summary: result.summary,
    bundleDigest: result.outputs['bundle-digest'],
  };
}

interface BundleJSON {
  verificationMaterial: {
    tlogEntries: {
      kindVersion: { kind: string; version: string };
      integratedTime?: string;
      inclusionPromise?: unknown;
    }[];
    timestampVerificationData?: { rfc3161Timestamps: unknown[] };
  };
}

/** The one Sigstore bundle attached to `signed`. */
async function bundleOf(signed: string): Promise<BundleJSON> {
  const [repository, digest] = signed.slice(registry.host.length + 1).split('@') as [
    string,
    string,
  ];
  const { index } = await referrers(registry, repository, digest);
  const [referrer] = index.manifests;
  const response = await fetch(
    `${registry.origin}/v2/${repository}/manifests/${referrer!.digest}`,
    {
      headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
    },
  );
  const manifest = (await response.json()) as { layers: { digest: string }[] };
  const blob = await fetch(
    `${registry.origin}/v2/${repository}/blobs/${manifest.layers[0]!.digest}`,
  );
  return (await blob.json()) as BundleJSON;
}

describe('a signing config with Rekor v2 and a TSA', () => {
  let signed: string;
  let summary: string;
  let bundleDigest: string | undefined;

  beforeAll(async () => {
    ({ signed, summary, bundleDigest } = await publishSigned('rekor-v2', 'rekor-v2.json', {
      'signature-format': 'bundle',
    }));
  }, 120_000);

  it('writes a bundle whose only log entry is Rekor v2’s, with the TSA’s timestamp', async () => {
    const { verificationMaterial } = await bundleOf(signed);
    expect(verificationMaterial.tlogEntries).toHaveLength(1);
    const [entry] = verificationMaterial.tlogEntries;
    expect(entry!.kindVersion).toEqual({ kind: 'hashedrekord', version: '0.0.2' });
    expect(entry!.inclusionPromise).toBeUndefined();
    expect(verificationMaterial.timestampVerificationData?.rfc3161Timestamps).toHaveLength(1);
  });

  it('cosign v3 accepts it through the trusted root, with no --insecure-* flag', async () => {
    const verdict = await cosignVerify('cosign', signed, identityFlags());
    expect(verdict.exitCode, verdict.stderr).toBe(0);
  });

  it('the Flux-style verifier accepts it', async () => {
    const verdict = await fluxVerify(signed);
    expect(verdict.exitCode, verdict.stderr).toBe(0);
    expect(JSON.parse(verdict.stdout)).toMatchObject({ verified: true, format: 'bundle' });
  });

  it('our verify accepts it', async () => {
    const verdict = await ourVerify(signed);
    expect(verdict.exitCode, verdict.stdout + verdict.stderr).toBe(0);
  });

  it('the job summary gives Flux the trusted root as a Secret, and how to write it', () => {
    expect(summary).toContain('trustedRootSecretRef:\n      name: sigstore-trusted-root');
    expect(summary).toContain(`--rekor="url=${sigstore.rekorV2URL},public-key=rekor.pub,`);
    expect(summary).toContain(',origin=127.0.0.1"');
    expect(summary).toContain(`--tsa="url=${sigstore.tsaURL},`);
    expect(summary).toContain('--from-file=trusted_root.json=./trusted_root.json');
  });

  it('a re-run finds its bundle valid and logs nothing again', async () => {
    const before = sigstore.counts();
    const again = await publishSigned('rekor-v2', 'rekor-v2.json', {
      'signature-format': 'bundle',
    });
    expect(again.signed).toBe(signed);
    expect(again.bundleDigest).toBe(bundleDigest);
    expect(sigstore.counts()).toEqual(before);
  });

  it('cosign v3 refuses it through a trusted root that does not list the logs', async () => {
    const withoutLogs = await writeTrustedRoot(sigstore.trustedRoot, workspace.dir, {
      omit: 'rekor',
      name: 'without-rekor.json',
    });
    const flags = identityFlags();
    flags[1] = withoutLogs;
    const verdict = await cosignVerify('cosign', signed, flags);
    expect(verdict.exitCode).not.toBe(0);
    expect(verdict.stderr).toMatch(/log/);
  });

  // Even reading bundles, v2.6.2 wants a log's integrated time, which Rekor v2 does not give.
  it('cosign v2.6.2 cannot accept it: it needs a Rekor v1 integrated time', async () => {
    const verdict = await cosignVerify('cosign-v2', signed, [
      '--new-bundle-format=true',
      ...identityFlags(),
    ]);
    expect(verdict.exitCode).not.toBe(0);
    expect(verdict.stderr).toMatch(/integrated timestamps: 0 < 1/);
  });
});

describe('a signing config with Rekor v1', () => {
  let signed: string;

  beforeAll(async () => {
    ({ signed } = await publishSigned('rekor-v1', 'rekor-v1.json', {}));
  }, 120_000);

  it('cosign v3 accepts the bundle', async () => {
    const verdict = await cosignVerify('cosign', signed, identityFlags());
    expect(verdict.exitCode, verdict.stderr).toBe(0);
  });

  it('cosign v2.6.2 accepts the legacy .sig', async () => {
    const verdict = await cosignVerify('cosign-v2', signed, [
      '--new-bundle-format=false',
      ...identityFlags(),
    ]);
    expect(verdict.exitCode, verdict.stderr).toBe(0);
  });

  it('the Flux-style verifier and our verify accept it', async () => {
    const flux = await fluxVerify(signed);
    expect(flux.exitCode, flux.stderr).toBe(0);
    const ours = await ourVerify(signed);
    expect(ours.exitCode, ours.stdout + ours.stderr).toBe(0);
  });
});

describe('a cosign key recorded in Rekor v2', () => {
  it('writes a bundle cosign v3 verify --key accepts through the trusted root', async () => {
    const key = testCosignKey('signing-config-key');
    const keyFile = join(workspace.dir, 'cosign.pub');
    await writeFile(keyFile, key.publicKeyPEM);
    const result = await publishTo(
      registry,
      'key-rekor-v2',
      workspace,
      {
        sign: 'true',
        'signing-config': `${CONFIGS}/rekor-v2.json`,
        'signature-format': 'bundle',
        'cosign-key': key.pem,
        'cosign-password': key.password,
        'key-tlog-upload': 'true',
      },
      { secrets: [key.pem, key.password] },
    );
    const signed = `${registry.host}/key-rekor-v2@${result.outputs.digest}`;
    const { verificationMaterial } = await bundleOf(signed);
    expect(verificationMaterial.tlogEntries[0]!.kindVersion.version).toBe('0.0.2');
    const verdict = await cosignVerify('cosign', signed, [
      '--key',
      keyFile,
      '--trusted-root',
      trustedRoot,
    ]);
    expect(verdict.exitCode, verdict.stderr).toBe(0);
  });
});

describe('the CLI with --signing-config', () => {
  let repo: ReturnType<typeof makeRepo>;
  beforeAll(async () => {
    repo = makeRepo();
    await cp(EXAMPLES, join(repo.dir, 'deploy'), { recursive: true });
    await cp(join(workspace.dir, CONFIGS), join(repo.dir, CONFIGS), { recursive: true });
    repo.git(['add', '.']);
    repo.commit('manifests', '2026-01-02T03:04:05Z');
  });

  /** The CLI signing keyless with SIGSTORE_ID_TOKEN, outside GitHub Actions. */
  async function cli(repository: string, flags: string[]) {
    const token = await sigstore.identityToken.getToken();
    const args = [
      ...['--url', `oci://${registry.host}/${repository}`, '--path', 'deploy', '--sign'],
      ...flags,
    ];
    return runCli(args, { cwd: repo.dir, env: outsideActions({ SIGSTORE_ID_TOKEN: token }) });
  }

  it('signs with Rekor v2 and the TSA, as cosign v3 accepts', async () => {
    const run = await cli('from-cli', [
      ...['--signing-config', `${CONFIGS}/rekor-v2.json`, '--signature-format', 'bundle'],
    ]);
    expect(run.status, run.stderr).toBe(0);
    const digest = /^digest=(\S+)$/m.exec(run.stdout)![1]!;
    const verdict = await cosignVerify(
      'cosign',
      `${registry.host}/from-cli@${digest}`,
      identityFlags(),
    );
    expect(verdict.exitCode, verdict.stderr).toBe(0);
  });

  it('refuses it beside --fulcio-url in one line naming both, pushing nothing', async () => {
    const run = await cli('refused', [
      ...['--signing-config', `${CONFIGS}/rekor-v2.json`, '--fulcio-url', sigstore.fulcioURL],
    ]);
    expect(run.status).toBe(2);
    const lines = run.stderr
      .trim()
      .split('\n')
      .filter((line) => line.startsWith('error:'));
    expect(lines).toEqual([
      'error: --signing-config: given with --fulcio-url: the signing config names Fulcio, ' +
        'Rekor and the TSA, so give one or the other. [INPUT_INVALID]',
    ]);
    const tags = await fetch(`${registry.origin}/v2/refused/tags/list`);
    expect(tags.status).toBe(404);
  });
});
