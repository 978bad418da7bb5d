// The other side: what users run instead of the action, the Flux guide's and podinfo's release
// steps, built from source by .ci/tools into .tools/bin: `flux-push` and `flux-tag` (the Flux
// CLI's push and tag on github.com/fluxcd/pkg/oci), `cosign sign` (cosign v3), and `flux-diff`
// (`flux diff artifact`'s check). Each is its own process, as in a workflow's `run:` steps.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { ROOT } from './action.js';
import { chained, measured } from './measure.js';

/** Where the tools are: .tools/bin, or BENCH_TOOLS_BIN (a folder holding the same names). */
const TOOLS_BIN = process.env.BENCH_TOOLS_BIN ?? join(ROOT, '.tools', 'bin');

export function tool(name) {
  const path = join(TOOLS_BIN, name);
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: run .ci/deps, which builds the tools from source.`);
  }
  return path;
}

/** What the chain is told where the action works it out from the run: source, revision, tag. */
export function chainMetadata(runEnv) {
  const refName = runEnv.GITHUB_REF.replace(/^refs\/(heads|tags)\//, '');
  return {
    source: `${runEnv.GITHUB_SERVER_URL}/${runEnv.GITHUB_REPOSITORY}`,
    revision: `${refName}@sha1:${runEnv.GITHUB_SHA}`,
    tag: runEnv.GITHUB_SHA.slice(0, 7),
  };
}

/**
 * The chain's steps, as a workflow runs them: `flux push artifact` to the commit's tag, `flux tag
 * artifact --tag latest`, then `sign(digest)` when given (a `cosign sign` on the pushed digest).
 * Returns the wall time of the whole chain and the digest.
 */
export async function publishChain({ host, repository, workspace, metadata, env, sign }) {
  const tagged = `${host}/${repository}:${metadata.tag}`;
  const options = { cwd: workspace, env };
  const steps = [
    () =>
      measured(
        tool('flux-push'),
        [
          '--url',
          tagged,
          '--path',
          'deploy',
          '--source',
          metadata.source,
          '--revision',
          metadata.revision,
        ],
        options,
      ),
    () => measured(tool('flux-tag'), ['--url', tagged, '--tag', 'latest'], options),
  ];
  if (sign) {
    steps.push(([pushed]) => sign(`${host}/${repository}@${JSON.parse(pushed.stdout).digest}`));
  }
  const { seconds, results } = await chained(steps);
  return { seconds, digest: JSON.parse(results[0].stdout).digest };
}

/** `flux push artifact` alone, with GNU time for its peak RSS (the large trees). */
export async function fluxPush({ host, repository, workspace, metadata, env, rssIn }) {
  const result = await measured(
    tool('flux-push'),
    [
      '--url',
      `${host}/${repository}:${metadata.tag}`,
      '--path',
      'deploy',
      '--source',
      metadata.source,
      '--revision',
      metadata.revision,
    ],
    { cwd: workspace, env, rssIn },
  );
  return { ...result, digest: JSON.parse(result.stdout).digest };
}

/** `flux diff artifact oci://…:latest --path deploy`: its verdict (`changed`) and wall time. */
export async function fluxDiff({ host, repository, workspace, env }) {
  const result = await measured(
    tool('flux-diff'),
    ['--url', `${host}/${repository}:latest`, '--path', 'deploy'],
    { cwd: workspace, env, allow: [1] },
  );
  return { ...result, changed: JSON.parse(result.stdout).changed };
}

/** cosign's flag for a plain-HTTP loopback registry. */
const HTTP = '--allow-http-registry';

/**
 * `cosign sign --key` without a transparency-log entry, in the legacy `.sig` form, which is what
 * the action writes with a key (action.yml: `cosign-key`). cosign v3 refuses `--tlog-upload=false`
 * with its default TUF signing config, so that is turned off, as a user without Rekor must.
 */
export const cosignSignWithKey =
  ({ keyPath, password, env }) =>
  (reference) =>
    measured(
      tool('cosign'),
      [
        'sign',
        HTTP,
        '--key',
        keyPath,
        '--tlog-upload=false',
        '--new-bundle-format=false',
        '--use-signing-config=false',
        '-y',
        reference,
      ],
      { env: { ...env, COSIGN_PASSWORD: password } },
    );

/**
 * Keyless `cosign sign` (a Sigstore bundle referrer, cosign v3's default), its services named by a
 * signing config, its ID token fetched by itself from the Actions token endpoint as in a workflow,
 * and the certificate checked against the given trusted root instead of the public TUF one.
 */
export const cosignSignKeyless =
  ({ signingConfig, trustedRoot, env }) =>
  (reference) =>
    measured(
      tool('cosign'),
      [
        'sign',
        HTTP,
        '--signing-config',
        signingConfig,
        '--trusted-root',
        trustedRoot,
        '-y',
        reference,
      ],
      { env },
    );

/** `cosign verify` of a reference; throws unless cosign accepts it. */
export const cosignVerify = (reference, flags, env) =>
  measured(tool('cosign'), ['verify', HTTP, ...flags, reference], { env });
