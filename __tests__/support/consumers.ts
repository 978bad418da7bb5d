// The real consumers of what we publish, built from source by `.ci/deps` into `.tools/bin/`:
// cosign v3 and v2, oras, helm v4, and the Flux-code commands of `interop/` (pull, push, tag and a verifier
// with source-controller's semantics, all on Flux's and cosign's own Go packages), plus a registry
// that serves the OCI 1.1 referrers API. Tests ask them for a verdict and an exit code.
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import type { TestRegistry } from './registry.js';

export const TOOLS_BIN = join(import.meta.dirname, '..', '..', '.tools', 'bin');

export type Consumer =
  | 'cosign'
  | 'cosign-v2'
  | 'oras'
  | 'helm'
  | 'flux-pull'
  | 'flux-push'
  | 'flux-tag'
  | 'flux-verify'
  | 'referrers-registry';

export interface Verdict {
  exitCode: number;
  stdout: string;
  stderr: string;
}

function binary(name: Consumer): string {
  const path = join(TOOLS_BIN, name);
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: run .ci/deps, which builds the consumers from source.`);
  }
  return path;
}

/** Runs a consumer to its end; a non-zero exit is a verdict, not an error. */
export function runConsumer(
  name: Consumer,
  args: string[],
  env: Record<string, string> = {},
): Promise<Verdict> {
  return new Promise((resolve, reject) => {
    execFile(
      binary(name),
      args,
      {
        env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
        maxBuffer: 64 * 1024 * 1024,
        timeout: 120_000,
      },
      (error, stdout, stderr) => {
        const code = error && 'code' in error ? error.code : 0;
        if (typeof code !== 'number') return reject(error ?? new Error(`${name}: no exit code`));
        resolve({ exitCode: code, stdout, stderr });
      },
    );
  });
}

/** Runs a consumer that must succeed, and returns what it printed. */
export async function consume(
  name: Consumer,
  args: string[],
  env: Record<string, string> = {},
): Promise<string> {
  const verdict = await runConsumer(name, args, env);
  if (verdict.exitCode !== 0) {
    throw new Error(`${name} ${args.join(' ')} exited ${verdict.exitCode}: ${verdict.stderr}`);
  }
  return verdict.stdout;
}

/** The flags every cosign command needs for a plain-HTTP loopback registry. */
export const COSIGN_REGISTRY_FLAGS = ['--allow-http-registry'];

/** `cosign verify` (v3, or v2 as `cosign-v2`) of a reference in a loopback registry. */
export function cosignVerify(
  cosign: 'cosign' | 'cosign-v2',
  reference: string,
  flags: string[],
): Promise<Verdict> {
  return runConsumer(cosign, ['verify', ...COSIGN_REGISTRY_FLAGS, ...flags, reference]);
}

/**
 * A registry with the OCI 1.1 referrers API (go-containerregistry's `pkg/registry`), in memory on
 * a free loopback port, anonymous. distribution 2.8 has no such API.
 */
export async function startReferrersRegistry(): Promise<TestRegistry> {
  const child = spawn(binary('referrers-registry'), ['--addr', '127.0.0.1:0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  const host = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`referrers-registry exited ${code}`)));
    lines.on('line', (line) => {
      const listening = /^listening on (\S+)$/.exec(line);
      if (listening) resolve(listening[1]!);
    });
  });
  return {
    mode: 'anonymous',
    host,
    origin: `http://${host}`,
    users: {},
    secrets: () => [],
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function pem(label: string, der: Uint8Array): string {
  const base64 = Buffer.from(der).toString('base64');
  return `-----BEGIN ${label}-----\n${base64.replace(/(.{64})/g, '$1\n').trimEnd()}\n-----END ${label}-----\n`;
}

/**
 * Writes `trusted_root.json` for a test Sigstore with the real `cosign trusted-root create`, from
 * the stack's certificate chains and public keys: the file a user would give cosign's
 * `--trusted-root` or Flux's `spec.verify.trustedRootSecretRef`. `omit` leaves a log out, to show
 * that verifiers need its proof.
 */
export async function writeTrustedRoot(
  root: TrustedRoot,
  dir: string,
  options: { omit?: 'rekor' | 'ctfe'; name?: string } = {},
): Promise<string> {
  const out = join(dir, options.name ?? 'trusted_root.json');
  const file = async (name: string, text: string) => {
    const path = join(dir, name);
    await writeFile(path, text);
    return path;
  };
  const chain = (certificates: { rawBytes: Uint8Array }[]) =>
    certificates.map((c) => pem('CERTIFICATE', c.rawBytes)).join('');
  const args = ['trusted-root', 'create', '--out', out];
  for (const [i, ca] of root.certificateAuthorities.entries()) {
    const path = await file(`fulcio-${i}.pem`, chain(ca.certChain!.certificates));
    args.push(`--fulcio=url=${ca.uri},certificate-chain=${path}`);
  }
  for (const [kind, logs] of [
    ['rekor', root.tlogs],
    ['ctfe', root.ctlogs],
  ] as const) {
    if (kind === options.omit) continue;
    for (const [i, log] of logs.entries()) {
      const key = log.publicKey!;
      const path = await file(`${kind}-${i}.pub`, pem('PUBLIC KEY', key.rawBytes!));
      const start = key.validFor!.start!.toISOString().replace(/\.\d+Z$/, 'Z');
      // A Rekor v2 log is known by its checkpoint's origin, its host name.
      const origin = log.checkpointKeyId ? `,origin=${new URL(log.baseUrl).hostname}` : '';
      args.push(`--${kind}=url=${log.baseUrl},public-key=${path},start-time=${start}${origin}`);
    }
  }
  for (const [i, tsa] of root.timestampAuthorities.entries()) {
    const path = await file(`tsa-${i}.pem`, chain(tsa.certChain!.certificates));
    args.push(`--tsa=url=${tsa.uri},certificate-chain=${path}`);
  }
  await consume('cosign', args);
  return out;
}

/** A service of a signing config, as `cosign signing-config create` takes it. */
export interface SigningConfigService {
  url: string;
  apiVersion: number;
  start?: Date;
  end?: Date;
  operator?: string;
}

/**
 * Writes `signing_config.v0.2.json` with the real `cosign signing-config create`: the file a user
 * gives cosign's `--signing-config` and our `signing-config` input. `rekorConfig` and `tsaConfig`
 * are cosign's `ANY`, `ALL` or `EXACT:<n>`.
 */
export async function writeSigningConfig(
  path: string,
  services: {
    fulcio: SigningConfigService[];
    rekor?: SigningConfigService[];
    rekorConfig?: string;
    tsa?: SigningConfigService[];
    tsaConfig?: string;
  },
): Promise<string> {
  const spec = (s: SigningConfigService) => {
    const time = (d: Date) => d.toISOString().replace(/\.\d+Z$/, 'Z');
    const start = time(s.start ?? new Date(Date.now() - 3_600_000));
    const end = s.end ? `,end-time=${time(s.end)}` : '';
    return `url=${s.url},api-version=${s.apiVersion},start-time=${start}${end},operator=${s.operator ?? 'sigstore.mock'}`;
  };
  const args = ['signing-config', 'create', '--out', path];
  for (const s of services.fulcio) args.push(`--fulcio=${spec(s)}`);
  for (const s of services.rekor ?? []) args.push(`--rekor=${spec(s)}`);
  if (services.rekorConfig) args.push(`--rekor-config=${services.rekorConfig}`);
  for (const s of services.tsa ?? []) args.push(`--tsa=${spec(s)}`);
  if (services.tsaConfig) args.push(`--tsa-config=${services.tsaConfig}`);
  await consume('cosign', args);
  return path;
}
