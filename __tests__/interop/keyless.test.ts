// Keyless signatures as the real consumers judge them: cosign v3 (bundle referrers first), cosign
// v2.6.2 (the legacy `.sig` tag), and the Flux-style verifier (source-controller's rules, on
// cosign's packages), against a trusted root written by `cosign trusted-root create`, on a
// registry without the referrers API (distribution 2.8: the tag schema) and on one with it.
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/cli.js';
import { makeRepo } from '../context/git-repo.js';
import {
  cosignVerify,
  runConsumer,
  startReferrersRegistry,
  writeTrustedRoot,
  type Verdict,
} from '../support/consumers.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import type { SigstoreStack } from '../support/sigstore.js';
import {
  EXAMPLES,
  exampleWorkspace,
  keylessInputs,
  outsideActions,
  publishTo,
  referrers,
  sigstoreForRun,
  summaryIdentity,
  tamperedCopy,
  type Workspace,
} from './published.js';

interface Policy {
  issuer: string;
  subject: string;
}

type Check = (reference: string, policy: Policy) => Promise<Verdict>;

let trustedRoot: string;

/** cosign's flags for a keyless policy: the exact identity, trusted through `root`. */
const identityFlags = (policy: Policy, root = trustedRoot) => [
  '--trusted-root',
  root,
  '--certificate-identity',
  policy.subject,
  '--certificate-oidc-issuer',
  policy.issuer,
];

const cosignV3: Check = (reference, policy) =>
  cosignVerify('cosign', reference, identityFlags(policy));

/** cosign v2.6.2 in its legacy mode reads the `.sig` tag, even where a bundle exists. */
const cosignV2: Check = (reference, policy) =>
  cosignVerify('cosign-v2', reference, ['--new-bundle-format=false', ...identityFlags(policy)]);

/** Flux's `matchOIDCIdentity` takes regular expressions: the exact values, anchored. */
const anchored = (value: string) => `^${value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`;

const fluxVerify: Check = (reference, policy) =>
  runConsumer('flux-verify', [
    '--url',
    reference,
    '--trusted-root',
    trustedRoot,
    '--issuer',
    policy.issuer,
    '--subject',
    policy.subject,
  ]);

/** Each consumer, and the identity form it is given (exact for cosign, regexps for Flux). */
const CONSUMERS: { name: string; check: Check; policy: (exact: Policy) => Policy }[] = [
  { name: 'cosign v3', check: cosignV3, policy: (p) => p },
  { name: 'cosign v2.6.2', check: cosignV2, policy: (p) => p },
  {
    name: 'flux-verify',
    check: fluxVerify,
    policy: (p) => ({ issuer: anchored(p.issuer), subject: anchored(p.subject) }),
  },
];

function expectRefused(verdict: Verdict, name: string) {
  expect(verdict.exitCode, verdict.stdout + verdict.stderr).not.toBe(0);
  if (name === 'flux-verify') {
    expect(verdict.exitCode).toBe(1);
    expect(verdict.stderr).toContain('no matching signatures were found');
  } else {
    expect(verdict.stderr).toMatch(/no (matching )?signatures|no matching attestations/);
  }
}

let sigstore: SigstoreStack;
let workspace: Workspace;

beforeAll(async () => {
  sigstore = await sigstoreForRun();
  workspace = await exampleWorkspace();
  trustedRoot = await writeTrustedRoot(sigstore.trustedRoot, workspace.dir);
});

afterAll(async () => {
  await sigstore?.stop();
  await workspace?.remove();
});

describe.each([
  { kind: 'distribution 2.8 (referrers tag schema)', api: false, start: () => startRegistry() },
  { kind: 'a registry with the referrers API', api: true, start: startReferrersRegistry },
])('keyless, both formats, on $kind', ({ api, start }) => {
  let registry: TestRegistry;
  let signed: string;
  let summary: string;
  let exact: Policy;
  let unsigned: string;
  let tampered: string;

  beforeAll(async () => {
    registry = await start();
    const result = await publishTo(registry, 'app', workspace, keylessInputs(sigstore), {
      env: sigstore.env,
      secrets: sigstore.secrets(),
    });
    signed = `${registry.host}/app@${result.outputs.digest}`;
    summary = result.summary;
    exact = sigstore.identity;
    const other = await publishTo(registry, 'app', workspace, {
      tag: 'unsigned',
      promote: '',
      annotations: 'org.opencontainers.image.description=another artifact',
    });
    unsigned = `${registry.host}/app@${other.outputs.digest}`;
    tampered = `${registry.host}/app@${await tamperedCopy(registry, 'app', result.outputs.digest!, 'tampered')}`;
  }, 120_000);
  afterAll(() => registry?.stop());

  it('lists the bundle where this registry keeps referrers', async () => {
    const digest = signed.slice(signed.indexOf('@') + 1);
    const listed = await referrers(registry, 'app', digest);
    expect(listed.api).toBe(api);
    const { index } = listed;
    expect(index.manifests.map((m) => m.artifactType)).toContain(
      'application/vnd.dev.sigstore.bundle.v0.3+json',
    );
  });

  it.each(CONSUMERS)('$name accepts the exact workflow identity', async ({ check, policy }) => {
    const verdict = await check(signed, policy(exact));
    expect(verdict.exitCode, verdict.stderr).toBe(0);
  });

  it('flux-verify accepts the matchOIDCIdentity block of the job summary', async () => {
    const verdict = await fluxVerify(signed, summaryIdentity(summary));
    expect(verdict.exitCode, verdict.stderr).toBe(0);
    expect(JSON.parse(verdict.stdout)).toMatchObject({ verified: true, format: 'bundle' });
  });

  it.each([
    { omit: 'ctfe', needs: /SCT/ },
    { omit: 'rekor', needs: /log/ },
  ] as const)('cosign v3 needs the proof of the $omit log', async ({ omit, needs }) => {
    const partial = await writeTrustedRoot(sigstore.trustedRoot, workspace.dir, {
      omit,
      name: `without-${omit}.json`,
    });
    for (const legacy of [false, true]) {
      const verdict = await cosignVerify('cosign', signed, [
        `--new-bundle-format=${!legacy}`,
        ...identityFlags(exact, partial),
      ]);
      expect(verdict.exitCode).not.toBe(0);
      expect(verdict.stderr).toMatch(needs);
    }
  });

  it.each(CONSUMERS)('$name refuses another identity', async ({ name, check, policy }) => {
    const other = { ...exact, subject: exact.subject.replace('publish.yml', 'other.yml') };
    expectRefused(await check(signed, policy(other)), name);
  });

  it.each(CONSUMERS)('$name refuses another issuer', async ({ name, check, policy }) => {
    const other = { ...exact, issuer: 'https://accounts.example.com' };
    expectRefused(await check(signed, policy(other)), name);
  });

  it.each(CONSUMERS)(
    '$name refuses a changed manifest carrying the signatures',
    async ({ name, check, policy }) => {
      expectRefused(await check(tampered, policy(exact)), name);
    },
  );

  it.each(CONSUMERS)(
    '$name refuses a digest that was not signed',
    async ({ name, check, policy }) => {
      expectRefused(await check(unsigned, policy(exact)), name);
    },
  );
});

describe.each([
  // Bundle only: what Flux ≥ 2.8 and cosign v3 read; nothing for a reader of the `.sig` tag.
  { format: 'bundle', accepted: ['cosign v3', 'flux-verify'], found: 'bundle' },
  // Legacy only: Flux ≥ 2.8 falls back to the `.sig` tag when no bundle exists, as cosign does.
  { format: 'legacy', accepted: ['cosign v3', 'cosign v2.6.2', 'flux-verify'], found: 'legacy' },
])('keyless, $format format only', ({ format, accepted, found }) => {
  let registry: TestRegistry;
  let signed: string;

  beforeAll(async () => {
    registry = await startRegistry();
    const inputs = { ...keylessInputs(sigstore), 'signature-format': format };
    const result = await publishTo(registry, 'app', workspace, inputs, {
      env: sigstore.env,
      secrets: sigstore.secrets(),
    });
    signed = `${registry.host}/app@${result.outputs.digest}`;
  }, 120_000);
  afterAll(() => registry?.stop());

  it.each(CONSUMERS)(`$name decides as a consumer of that format does`, async (consumer) => {
    const verdict = await consumer.check(signed, consumer.policy(sigstore.identity));
    if (accepted.includes(consumer.name)) expect(verdict.exitCode, verdict.stderr).toBe(0);
    else expectRefused(verdict, consumer.name);
    if (consumer.name === 'flux-verify' && verdict.exitCode === 0) {
      expect(JSON.parse(verdict.stdout)).toMatchObject({ format: found });
    }
  });
});

describe('the CLI in another CI system: keyless with SIGSTORE_ID_TOKEN', () => {
  let registry: TestRegistry;
  let repo: ReturnType<typeof makeRepo>;
  beforeAll(async () => {
    registry = await startRegistry();
    repo = makeRepo();
    await cp(EXAMPLES, join(repo.dir, 'deploy'), { recursive: true });
    repo.git(['add', '.']);
    repo.commit('manifests', '2026-01-02T03:04:05Z');
  });
  afterAll(() => registry?.stop());

  /** The CLI signing keyless, in an environment with no GitHub Actions variables. */
  function cliSign(repository: string, env: Record<string, string>) {
    const args = [
      ...['--url', `oci://${registry.host}/${repository}`, '--path', 'deploy', '--sign'],
      ...['--fulcio-url', sigstore.fulcioURL, '--rekor-url', sigstore.rekorURL],
    ];
    return runCli(args, { cwd: repo.dir, env: outsideActions(env) });
  }

  it('publishes a signature that cosign v3 and the Flux-style verifier accept', async () => {
    const token = await sigstore.identityToken.getToken();
    const cli = await cliSign('from-ci', { SIGSTORE_ID_TOKEN: token });
    expect(cli.status, cli.stderr).toBe(0);
    expect(cli.stderr + cli.stdout).not.toContain(token);
    const digest = /^digest=(\S+)$/m.exec(cli.stdout)![1]!;
    for (const { name, check, policy } of CONSUMERS.filter((c) => c.name !== 'cosign v2.6.2')) {
      const verdict = await check(`${registry.host}/from-ci@${digest}`, policy(sigstore.identity));
      expect(verdict.exitCode, `${name}: ${verdict.stderr}`).toBe(0);
    }
  });

  it('without a token, fails before pushing anything, saying where the token goes', async () => {
    const cli = await cliSign('no-token', {});
    expect(cli.status).not.toBe(0);
    expect(cli.stderr).toMatch(/SIGSTORE_ID_TOKEN is not set/);
    const tags = await fetch(`http://${registry.host}/v2/no-token/tags/list`);
    expect(tags.status).toBe(404);
  });
});
