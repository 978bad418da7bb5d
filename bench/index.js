// The benchmark of issue 21: the bundled action (`node dist/index.js`, run as the Actions runner
// runs it) side by side with what users run instead — `flux push artifact`, `flux tag artifact`,
// `cosign sign` and `flux diff artifact`, built from source (.ci/tools) — on the same content, to
// the same local registry, in the same run. Prints one markdown table of medians; asserts nothing.
//
//   npm run bundle   # measures dist/ as it is: rebuild it first to measure the working tree
//   npm run bench [-- --runs 5] [--large-runs 3] [--rows 1,4,6] [--no-1g] [--profile <dir>]
//
// --rows picks rows (1–6, and `ref` for skopeo); --profile also runs ours three more times per row
// under `node --cpu-prof`, keeps the profiles in <dir> and prints where the time went (stderr).
// BENCH_TOOLS_BIN points at another folder of tools than .tools/bin; BENCH_DIR holds the scratch
// folder (default: the OS temp directory).
//
// The registry, the recording proxy, the loopback Sigstore and the workflow runs' variables are the
// test harness's own (__tests__/support, __tests__/fixtures): Node 24 strips their types, and the
// resolve hook below maps their `./x.js` imports onto the `.ts` files. (Only modules that import
// nothing from src/: src/ is the bundle's business.)
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { registerHooks } from 'node:module';
import { cpus, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { Buffer } from 'node:buffer';
import { promisify } from 'node:util';
import { ROOT, runAction, stepEnv } from './action.js';
import {
  chainMetadata,
  cosignSignKeyless,
  cosignSignWithKey,
  cosignVerify,
  fluxDiff,
  fluxPush,
  publishChain,
  tool,
} from './chain.js';
import { measured, median, mb, mib, mibps, ms, ratio, spread } from './measure.js';
import { formatProfile, medianProfile, summarizeProfile } from './profile.js';
import { sigstoreForCosign } from './sigstore-for-cosign.js';
import { generateTree, MiB } from './tree.js';

registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (error) {
      const ours = context.parentURL?.endsWith('.ts') && /^\.\.?\/.*\.js$/.test(specifier);
      if (!ours) throw error;
      return next(specifier.replace(/\.js$/, '.ts'), context);
    }
  },
});
const { startRegistry } = await import('../__tests__/support/registry.ts');
const { startRegistryProxy } = await import('../__tests__/support/proxy.ts');
const { startSigstore } = await import('../__tests__/support/sigstore.ts');
const { writeTrustedRoot } = await import('../__tests__/support/consumers.ts');
const { runEnv } = await import('../__tests__/fixtures/events/runs.ts');

const run = promisify(execFile);
// podinfo's kustomize/ manifests, as the repository's examples/ holds them (README, License).
const PODINFO = join(ROOT, 'examples');
const RUN = 'push to the default branch';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : args[at + 1];
};
const RUNS = Number(option('--runs', 5));
const LARGE_RUNS = Number(option('--large-runs', 3));
const ROWS = option('--rows', '1,2,3,4,5,6,ref').split(',');
const WITH_1G = !args.includes('--no-1g');
const PROFILE_DIR = option('--profile', undefined);
const PROFILE_RUNS = 3;

const progress = (message) => process.stderr.write(`${message}\n`);

const rows = [];
/** A table row; `met` is true, false, or undefined where there is no target. */
function row(number, measure, ours, peer, ratioText, target, met) {
  const verdict = met === undefined ? '—' : met ? 'yes' : 'NO';
  rows.push([number, measure, ours, peer, ratioText, target, verdict]);
}

/**
 * Runs each side `runs` times, after one untimed run of each (binaries and files into the page
 * cache; `warm: false` skips it), alternating which goes first so that neither always follows
 * the other. `sides` maps a name to `(run) => measurement`, `run` being the index or 'warm'.
 */
async function alternate(label, runs, sides, { warm = true } = {}) {
  const names = Object.keys(sides);
  if (warm) for (const name of names) await sides[name]('warm');
  const results = Object.fromEntries(names.map((name) => [name, []]));
  for (let i = 0; i < runs; i++) {
    progress(`${label}: run ${i + 1}/${runs}`);
    const order = i % 2 === 0 ? names : [...names].reverse();
    for (const name of order) results[name].push(await sides[name](i));
  }
  return results;
}

const seconds = (results) => results.map((r) => r.seconds);

/** What a request is for: a manifest PUT by digest stores, one by name tags. */
function requestKind(method, path) {
  if (path === '/v2/') return 'ping';
  if (path.includes('/tags/list')) return 'tag list';
  if (path.includes('/blobs/uploads/')) return 'upload';
  if (path.includes('/blobs/')) return 'blob check';
  if (path.includes('/referrers/')) return 'referrers';
  if (path.includes('/manifests/')) {
    if (method !== 'PUT') return 'manifest read';
    return path.includes('/manifests/sha256:') ? 'manifest' : 'tag';
  }
  return 'other';
}

/** Requests by kind; `beforeTags` counts those sent before the first tag. */
function classify(requests) {
  const kinds = new Map();
  let beforeTags = 0;
  for (const { method, path } of requests) {
    const kind = requestKind(method, path.split('?')[0]);
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    if (!kinds.has('tag')) beforeTags++;
  }
  const summary = [...kinds].map(([kind, n]) => `${n} ${kind}`).join(', ');
  return { total: requests.length, beforeTags, uploads: kinds.get('upload') ?? 0, summary };
}

/** A proxy in front of the registry that records each run's requests and when the first came. */
async function recordingProxy(registry) {
  const proxy = await startRegistryProxy(registry.origin);
  let first;
  proxy.use((request, next) => {
    first ??= process.hrtime.bigint();
    return next();
  });
  return {
    host: proxy.host,
    stop: () => proxy.stop(),
    /** Runs `fn`, then returns its result, its requests and when the first arrived. */
    async record(fn) {
      proxy.requests.length = 0;
      first = undefined;
      const result = await fn();
      return { result, requests: [...proxy.requests], first };
    },
  };
}

/** The digest `tag` points at in the registry; throws unless it is `digest`. */
async function expectTag(registry, repository, tag, digest) {
  const response = await globalThis.fetch(`${registry.origin}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
  });
  const found = response.headers.get('docker-content-digest');
  if (found !== digest) throw new Error(`${repository}:${tag} is ${found}, not ${digest}`);
}

/** The action's own phase timings (`<phase>: done in <n> ms`, src/log.ts) in its log. */
function phases(stdout) {
  return [...stdout.matchAll(/^([^:\n]+): done in (\d+) ms$/gm)].map((m) => [m[1], Number(m[2])]);
}

/**
 * Runs ours `PROFILE_RUNS` more times under `node --cpu-prof` (one run is too noisy on shared
 * cores) and prints where its time went: the medians of its wall time, of its log's phases and
 * of the profile's groups, and the typical run's top functions.
 */
async function profile(label, action) {
  if (!PROFILE_DIR) return;
  const dir = join(PROFILE_DIR, label);
  await rm(dir, { recursive: true, force: true });
  const runs = [];
  for (let i = 0; i < PROFILE_RUNS; i++) {
    runs.push(await action(['--cpu-prof', '--cpu-prof-dir', dir], i));
  }
  const files = (await readdir(dir)).map((file) => join(dir, file));
  const summary = medianProfile(await Promise.all(files.map((file) => summarizeProfile(file))));
  const byPhase = new Map();
  for (const result of runs) {
    for (const [phase, time] of phases(result.stdout)) {
      byPhase.set(phase, [...(byPhase.get(phase) ?? []), time]);
    }
  }
  const logged = [...byPhase].map(([phase, times]) => `${phase} ${median(times)} ms`).join(', ');
  progress(
    `${label}: wall ${spread(seconds(runs), ms)}; phases (median): ${logged}\n` +
      formatProfile(`${label} (${dir})`, summary),
  );
}

/** A workspace holding `source` as `deploy/`. */
async function workspaceWith(scratch, source) {
  const workspace = await mkdtemp(join(scratch, 'workspace-'));
  await cp(source, join(workspace, 'deploy'), { recursive: true });
  return workspace;
}

/**
 * Each side once more through the recording proxy (`ours(host)`, `chain(host)`), and a row with
 * their registry requests.
 */
async function countRequests(ctx, number, target, { ours, chain }) {
  const { proxy } = ctx;
  const a = classify((await proxy.record(() => ours(proxy.host))).requests);
  const b = classify((await proxy.record(() => chain(proxy.host))).requests);
  row(
    number,
    'same: registry requests (anonymous registry)',
    `${a.total} (${a.summary})`,
    `${b.total} (${b.summary})`,
    ratio(a.total, b.total),
    target ? target.text : '—',
    target ? target.met(a) : undefined,
  );
}

/** 1: podinfo, unsigned, first publish with the promotion tag; and its requests. */
async function unsigned(ctx) {
  const { registry } = ctx;
  const ours = (host, name, extra = {}) =>
    runAction({ ...ctx.step, inputs: { url: `oci://${host}/unsigned/${name}` }, ...extra });
  const chain = (host, name) =>
    publishChain({ ...ctx.chain, host, repository: `unsigned/${name}` });
  const results = await alternate('1 unsigned', RUNS, {
    ours: (i) => ours(registry.host, `ours-${i}`),
    chain: (i) => chain(registry.host, `chain-${i}`),
  });
  await expectTag(registry, 'unsigned/ours-0', 'latest', results.ours[0].outputs.digest);
  await expectTag(registry, 'unsigned/chain-0', 'latest', results.chain[0].digest);
  const a = seconds(results.ours);
  const b = seconds(results.chain);
  // The target leaves out what no Node action can avoid: starting Node and the design's libraries
  // (row 6's floor, measured here in the same run), then allows 40 ms for the work.
  const floor = await librariesFloor(ctx);
  const floorRuns = [];
  for (let i = 0; i < RUNS; i++) floorRuns.push(await floor());
  const librariesStart = median(seconds(floorRuns));
  row(
    '1',
    'podinfo, unsigned, first publish + `latest`: wall time',
    spread(a, ms),
    `flux-push + flux-tag: ${spread(b, ms)}; libraries' start: ${ms(librariesStart)}`,
    ratio(median(a), median(b)),
    `≤ libraries' start + 40 ms (${ms(librariesStart + 0.04)})`,
    median(a) <= librariesStart + 0.04,
  );
  const beforeTags = { text: '≤ 8 before the first tag', met: (r) => r.beforeTags <= 8 };
  await countRequests(ctx, '1', beforeTags, {
    ours: (host) => ours(host, 'counted'),
    chain: (host) => chain(host, 'counted-chain'),
  });
  ctx.podinfoSeconds = a;
  await profile('row-1-unsigned', (nodeArgs, i) =>
    ours(registry.host, `profiled-${i}`, { nodeArgs }),
  );
}

/** 2: the same, signed with a key from `cosign generate-key-pair`, no transparency log. */
async function keySigned(ctx) {
  const { registry, scratch } = ctx;
  const password = 'bench key password';
  const prefix = join(scratch, 'cosign');
  await measured(tool('cosign'), ['generate-key-pair', '--output-key-prefix', prefix], {
    env: { ...ctx.toolEnv, COSIGN_PASSWORD: password },
  });
  const keyPath = `${prefix}.key`;
  const privateKey = await readFile(keyPath, 'utf8');
  const ours = (host, name, extra = {}) =>
    runAction({
      ...ctx.step,
      inputs: {
        url: `oci://${host}/key/${name}`,
        sign: 'true',
        'cosign-key': privateKey,
        'cosign-password': password,
        // The form the chain's `cosign sign --new-bundle-format=false` writes.
        'signature-format': 'legacy',
      },
      ...extra,
    });
  const chain = (host, name) =>
    publishChain({
      ...ctx.chain,
      host,
      repository: `key/${name}`,
      sign: cosignSignWithKey({ keyPath, password, env: ctx.toolEnv }),
    });
  const results = await alternate('2 key-signed', RUNS, {
    ours: (i) => ours(registry.host, `ours-${i}`),
    chain: (i) => chain(registry.host, `chain-${i}`),
  });
  // Both sides' signatures, as a Flux `verify` with `provider: cosign` and a key would take them.
  const flags = ['--key', `${prefix}.pub`, '--insecure-ignore-tlog=true'];
  await cosignVerify(`${registry.host}/key/ours-0@${results.ours[0].outputs.digest}`, flags);
  await cosignVerify(`${registry.host}/key/chain-0@${results.chain[0].digest}`, flags);
  const a = seconds(results.ours);
  const b = seconds(results.chain);
  row(
    '2',
    'podinfo, cosign key (legacy `.sig`, no tlog): wall time',
    spread(a, ms),
    `flux-push + flux-tag + cosign sign --key: ${spread(b, ms)}`,
    ratio(median(a), median(b)),
    '≤ 1.00×',
    median(a) <= median(b),
  );
  await countRequests(ctx, '2', undefined, {
    ours: (host) => ours(host, 'counted'),
    chain: (host) => chain(host, 'counted-chain'),
  });
  await profile('row-2-key', (nodeArgs, i) => ours(registry.host, `profiled-${i}`, { nodeArgs }));
}

/** The loopback Sigstore, and how cosign is pointed at it (signing config, trusted root). */
async function loopbackSigstore(ctx) {
  const stack = await startSigstore({
    subject: `https://github.com/${ctx.step.runEnv.GITHUB_WORKFLOW_REF}`,
  });
  const front = await sigstoreForCosign(stack);
  const dir = await mkdtemp(join(ctx.scratch, 'sigstore-'));
  const trustedRoot = await writeTrustedRoot(stack.trustedRoot, dir);
  const signingConfig = join(dir, 'signing_config.json');
  const start = new Date(Date.now() - 60_000).toISOString().replace(/\.\d+Z$/, 'Z');
  const service = (path) =>
    `url=${front.origin}${path},api-version=1,start-time=${start},operator=mock`;
  await measured(
    tool('cosign'),
    [
      'signing-config',
      'create',
      `--fulcio=${service('/fulcio')}`,
      `--rekor=${service('/rekor')}`,
      '--rekor-config=ANY',
      `--oidc-provider=${service('/oidc')}`,
      '--out',
      signingConfig,
    ],
    { env: ctx.toolEnv },
  );
  return {
    stack,
    trustedRoot,
    signingConfig,
    // The Actions token endpoint cosign asks, as in a job with `id-token: write`.
    cosignEnv: {
      ...ctx.toolEnv,
      ACTIONS_ID_TOKEN_REQUEST_URL: `${front.origin}/oidc/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: stack.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
    },
    async stop() {
      await front.stop();
      await stack.stop();
    },
  };
}

/** 3: the same, keyless, against the loopback Sigstore. */
async function keyless(ctx) {
  const { registry } = ctx;
  const sigstore = await loopbackSigstore(ctx);
  try {
    const ours = (host, name, extra = {}) =>
      runAction({
        ...ctx.step,
        inputs: {
          url: `oci://${host}/keyless/${name}`,
          sign: 'true',
          'fulcio-url': sigstore.stack.fulcioURL,
          'rekor-url': sigstore.stack.rekorURL,
          // cosign v3 writes a bundle referrer only: so does ours here (its default adds `.sig`).
          'signature-format': 'bundle',
        },
        env: sigstore.stack.env,
        ...extra,
      });
    const chain = (host, name) =>
      publishChain({
        ...ctx.chain,
        host,
        repository: `keyless/${name}`,
        sign: cosignSignKeyless({ ...sigstore, env: sigstore.cosignEnv }),
      });
    const results = await alternate('3 keyless', RUNS, {
      ours: (i) => ours(registry.host, `ours-${i}`),
      chain: (i) => chain(registry.host, `chain-${i}`),
    });
    const { issuer, subject } = sigstore.stack.identity;
    const flags = [
      '--trusted-root',
      sigstore.trustedRoot,
      '--certificate-identity',
      subject,
      '--certificate-oidc-issuer',
      issuer,
    ];
    await cosignVerify(`${registry.host}/keyless/ours-0@${results.ours[0].outputs.digest}`, flags);
    await cosignVerify(`${registry.host}/keyless/chain-0@${results.chain[0].digest}`, flags);
    const a = seconds(results.ours);
    const b = seconds(results.chain);
    row(
      '3',
      'podinfo, keyless (bundle referrer, Rekor entry): wall time',
      spread(a, ms),
      `flux-push + flux-tag + cosign sign: ${spread(b, ms)}`,
      ratio(median(a), median(b)),
      '≤ 1.50×',
      median(a) <= 1.5 * median(b),
    );
    await countRequests(ctx, '3', undefined, {
      ours: (host) => ours(host, 'counted'),
      chain: (host) => chain(host, 'counted-chain'),
    });
    await profile('row-3-keyless', (nodeArgs, i) =>
      ours(registry.host, `profiled-${i}`, { nodeArgs }),
    );
  } finally {
    await sigstore.stop();
  }
}

/** 4: the same content again from another commit: ours with `diff-tag`, the chain's diff. */
async function republish(ctx) {
  const { registry } = ctx;
  // Published once by each, as the commit before would have.
  await runAction({ ...ctx.step, inputs: { url: `oci://${registry.host}/republish/ours` } });
  await publishChain({ ...ctx.chain, host: registry.host, repository: 'republish/chain' });
  let commit = 0;
  const ours = (host, extra = {}) => {
    // Another commit whose manifests did not change; its time is fixed so git is not asked.
    const sha = (++commit).toString(16).padStart(40, 'a');
    return runAction({
      ...ctx.step,
      inputs: { url: `oci://${host}/republish/ours`, 'diff-tag': 'latest' },
      env: { GITHUB_SHA: sha, SOURCE_DATE_EPOCH: '1715608581' },
      ...extra,
    });
  };
  const diff = (host) =>
    fluxDiff({
      host,
      repository: 'republish/chain',
      workspace: ctx.step.workspace,
      env: ctx.toolEnv,
    });
  const results = await alternate('4 re-publish', RUNS, {
    ours: () => ours(registry.host),
    chain: () => diff(registry.host),
  });
  if (results.ours.some((r) => r.outputs.pushed !== 'false')) throw new Error('ours pushed again');
  if (results.chain.some((r) => r.changed)) throw new Error('flux-diff saw a change');
  const a = seconds(results.ours);
  const b = seconds(results.chain);
  row(
    '4',
    'podinfo re-published unchanged: wall time (ours with `diff-tag: latest`)',
    spread(a, ms),
    `flux-diff, then nothing: ${spread(b, ms)}`,
    ratio(median(a), median(b)),
    '≤ 0.50×',
    median(a) <= 0.5 * median(b),
  );
  const noUpload = { text: '≤ 3, no upload', met: (r) => r.total <= 3 && r.uploads === 0 };
  await countRequests(ctx, '4', noUpload, { ours, chain: diff });
  await profile('row-4-republish', (nodeArgs) => ours(registry.host, { nodeArgs }));
}

/** 5: a generated tree of `bytes`: ours, flux-push and `tar | gzip -6 | sha256sum`. */
async function largeTree(ctx, label, bytes) {
  const { registry, scratch } = ctx;
  progress(`5 ${label}: generating the tree`);
  const workspace = await mkdtemp(join(scratch, 'workspace-'));
  const tree = join(workspace, 'deploy');
  const generated = await generateTree(tree, bytes, { binaryShare: 0.1 });
  // Warm the page cache so that no side pays for the first read. Through cat: GNU tar writing to
  // /dev/null itself skips reading the files.
  await run('sh', ['-c', `tar -c -C "${tree}" . | cat > /dev/null`]);
  const rssIn = scratch;
  const ours = (name, extra = {}) =>
    runAction({
      ...ctx.step,
      workspace,
      inputs: { url: `oci://${registry.host}/large/${label.toLowerCase()}-ours-${name}` },
      rssIn,
      ...extra,
    });
  const results = await alternate(
    `5 ${label}`,
    LARGE_RUNS,
    {
      ours,
      fluxPush: (i) =>
        fluxPush({
          ...ctx.chain,
          workspace,
          host: registry.host,
          repository: `large/${label.toLowerCase()}-flux-${i}`,
          rssIn,
        }),
      floor: () =>
        measured(
          'sh',
          ['-c', `tar -c --sort=name -C "${tree}" . | gzip -6 | sha256sum > /dev/null`],
          {
            rssIn,
          },
        ),
    },
    { warm: false },
  );
  if (label === '200M') {
    await profile(`row-5-${label}`, (nodeArgs, i) =>
      ours(`profiled-${i}`, { nodeArgs, rssIn: undefined }),
    );
  }
  await rm(workspace, { recursive: true, force: true });
  const speeds = (side) => results[side].map((r) => generated.bytes / MiB / r.seconds);
  const rss = (side) => results[side].map((r) => r.rssBytes);
  return {
    content: `${generated.files} files, ${mib(generated.bytes)}`,
    speeds: { ours: speeds('ours'), flux: speeds('fluxPush'), floor: speeds('floor') },
    rss: { ours: rss('ours'), flux: rss('fluxPush'), floor: rss('floor') },
  };
}

function throughputRow(label, tree) {
  const { ours, flux, floor } = tree.speeds;
  const r = median(ours) / median(flux);
  row(
    '5',
    `${label} tree (${tree.content}): throughput`,
    spread(ours, mibps),
    `flux-push: ${spread(flux, mibps)}; tar, gzip -6, sha256sum: ${spread(floor, mibps)}`,
    `${r.toFixed(2)}×`,
    '≥ 1.50× flux-push',
    r >= 1.5,
  );
}

async function largeTrees(ctx) {
  throughputRow('200 MiB', await largeTree(ctx, '200M', 200 * MiB));
  if (!WITH_1G) return;
  const large = await largeTree(ctx, '1G', 1024 * MiB);
  throughputRow('1 GiB', large);
  // The peak of each run; the target holds only if it holds for the worst of them.
  const worst = Math.max(...large.rss.ours);
  const fluxWorst = Math.max(...large.rss.flux);
  row(
    '5',
    '1 GiB tree: peak RSS',
    spread(large.rss.ours, mb),
    `flux-push: ${spread(large.rss.flux, mb)}; tar, gzip, sha256sum: ${mb(Math.max(...large.rss.floor))}`,
    ratio(median(large.rss.ours), median(large.rss.flux)),
    '< 150 MB and ≤ flux-push + 100 MB',
    worst < 150e6 && worst <= fluxWorst + 100e6,
  );
}

/** The dist/ files an unsigned publish loads (a load hook preloaded into the action). */
async function loadedChunks(ctx) {
  const record = join(ctx.scratch, 'loaded.txt');
  const hook = join(ctx.scratch, 'record-loads.mjs');
  await writeFile(
    hook,
    `import { registerHooks } from 'node:module';
import { appendFileSync } from 'node:fs';
registerHooks({ load(url, context, next) {
  appendFileSync(${JSON.stringify(record)}, url + '\\n');
  return next(url, context);
} });`,
  );
  await runAction({
    ...ctx.step,
    inputs: { url: `oci://${ctx.registry.host}/loads/podinfo` },
    env: { NODE_OPTIONS: `--import=${hook}` },
  });
  const dist = `file://${join(ROOT, 'dist')}/`;
  const urls = (await readFile(record, 'utf8')).split('\n').filter((u) => u.startsWith(dist));
  const files = [...new Set(urls.map((u) => u.slice(dist.length)))];
  const described = [];
  let signing = false;
  for (const file of files) {
    const text = await readFile(join(ROOT, 'dist', file), 'utf8');
    signing ||= text.includes('FulcioSigner');
    described.push(`${file} (${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB)`);
  }
  return { files: described, signing };
}

/** The action's bundle: dist/*.js (the CLI's copy in dist/cli/ aside). */
async function distSize() {
  const files = (await readdir(join(ROOT, 'dist'))).filter((f) => f.endsWith('.js'));
  const sizes = await Promise.all(files.map(async (f) => (await stat(join(ROOT, 'dist', f))).size));
  return `${(sizes.reduce((a, b) => a + b, 0) / 1e6).toFixed(2)} MB in ${files.length} files`;
}

/** Runs `start(onSpawn)` through the recording proxy: seconds from spawn to its first request. */
async function untilFirstRequest(ctx, start) {
  let spawned;
  const recorded = await ctx.proxy.record(() => start((t) => (spawned = t)));
  return { seconds: Number(recorded.first - spawned) / 1e9 };
}

/**
 * The libraries' floor: an ncc bundle of `@actions/core` and `@actions/github` (bench/startup-floor.js)
 * that reads an input and the context, then sends one request. Built once per bench run; returns
 * one start-up measurement (spawn → that request).
 */
async function librariesFloor(ctx) {
  if (!ctx.floor) {
    const floorDir = join(ctx.scratch, 'floor');
    const ncc = join(ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
    await run(process.execPath, [
      ncc,
      'build',
      join(ROOT, 'bench', 'startup-floor.js'),
      '-o',
      floorDir,
      '--target',
      'es2024',
      '-q',
    ]);
    const files = await mkdtemp(join(ctx.scratch, 'runner-'));
    await writeFile(join(files, 'output'), '');
    const env = {
      ...stepEnv({ ...ctx.step, files, inputs: { url: `oci://${ctx.proxy.host}/startup/floor` } }),
      BENCH_FIRST_REQUEST: `http://${ctx.proxy.host}/v2/`,
    };
    ctx.floor = () =>
      untilFirstRequest(ctx, (onSpawn) =>
        measured(process.execPath, [join(floorDir, 'index.js')], { env, onSpawn }),
      );
  }
  return ctx.floor;
}

/** 6: process start → first registry request: bare node, the libraries' floor, ours. */
async function startUp(ctx) {
  const { proxy } = ctx;
  const firstRequest = `http://${proxy.host}/v2/`;
  const floor = await librariesFloor(ctx);
  const results = await alternate('6 start-up', RUNS, {
    bare: () =>
      untilFirstRequest(ctx, (onSpawn) =>
        measured(
          process.execPath,
          ['-e', "require('node:http').get(process.env.BENCH_FIRST_REQUEST, (r) => r.resume())"],
          { env: { ...ctx.toolEnv, BENCH_FIRST_REQUEST: firstRequest }, onSpawn },
        ),
      ),
    floor,
    ours: () =>
      untilFirstRequest(ctx, (onSpawn) =>
        runAction({
          ...ctx.step,
          inputs: { url: `oci://${proxy.host}/startup/ours` },
          onSpawn,
        }),
      ),
  });
  const a = seconds(results.ours);
  const floorSeconds = seconds(results.floor);
  const over = median(a) - median(floorSeconds);
  row(
    '6',
    'start-up: process start → first registry request (unsigned)',
    spread(a, ms),
    `node + @actions/core + @actions/github (ncc bundle): ${spread(floorSeconds, ms)}; bare node: ${spread(seconds(results.bare), ms)}`,
    `${ratio(median(a), median(floorSeconds))} (${over < 0 ? '−' : '+'}${Math.abs(Math.round(over * 1000))} ms)`,
    '≤ libraries + 30 ms',
    over <= 0.03,
  );
  const loaded = await loadedChunks(ctx);
  row(
    '6',
    'dist/*.js: size; what an unsigned run loads',
    `${await distSize()}; loaded: ${loaded.files.join(', ')}`,
    '',
    '',
    'signing not loaded',
    !loaded.signing,
  );
}

/** Skopeo pushing ours from an OCI layout: the protocol's reference, without a target. */
async function skopeo(ctx) {
  const { registry, proxy } = ctx;
  const layout = join(ctx.scratch, 'layout');
  await runAction({ ...ctx.step, inputs: { url: `oci-layout:${layout}` } });
  const copy = (host, name) =>
    measured('skopeo', [
      'copy',
      '--quiet',
      '--dest-tls-verify=false',
      `oci:${layout}:latest`,
      `docker://${host}/skopeo/${name}:latest`,
    ]);
  const results = await alternate('ref skopeo', RUNS, { skopeo: (i) => copy(registry.host, i) });
  const requests = classify((await proxy.record(() => copy(proxy.host, 'counted'))).requests);
  const ours = ctx.podinfoSeconds;
  row(
    'ref',
    'podinfo push, protocol reference (skopeo copy from an OCI layout, no packing)',
    ours ? `row 1: ${spread(ours, ms)}` : '',
    `skopeo copy: ${spread(seconds(results.skopeo), ms)}; ${requests.total} requests (${requests.summary})`,
    ours ? ratio(median(ours), median(seconds(results.skopeo))) : '',
    '—',
    undefined,
  );
}

/** The versions of what was measured: `[name, command, args, pattern for the version]`. */
async function versions() {
  const probes = [
    ['distribution', '/usr/bin/docker-registry', ['--version'], /v?(\d+\.\d+\.\d+)/],
    ['cosign', tool('cosign'), ['version', '--json'], /"gitVersion":\s*"v?([^"]+)"/],
    ['skopeo', 'skopeo', ['--version'], /(\d+\.\d+\.\d+)/],
    ['GNU tar', 'tar', ['--version'], /(\d+\.\d+)/],
    ['gzip', 'gzip', ['--version'], /(\d+\.\d+)/],
    ['Go', 'go', ['version'], /go(\d+\.\d+(\.\d+)?)/],
  ];
  const found = await Promise.all(
    probes.map(async ([name, command, argv, pattern]) => {
      const { stdout } = await run(command, argv).catch(() => ({ stdout: '' }));
      return `${name} ${pattern.exec(stdout)?.[1] ?? '?'}`;
    }),
  );
  return [`Node ${process.versions.node}`, ...found];
}

function printTable() {
  const header = [
    '#',
    'measure',
    'ours: median (min–max)',
    'peer, same run',
    'ratio',
    'target',
    'met',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  process.stdout.write(`${line(header)}\n${line(widths.map((w) => '-'.repeat(w)))}\n`);
  for (const r of rows) process.stdout.write(`${line(r)}\n`);
}

const scratch = await mkdtemp(join(process.env.BENCH_DIR ?? tmpdir(), 'bench-'));
await mkdir(join(scratch, 'home'));
const registry = await startRegistry({ mode: 'anonymous' });
const proxy = await recordingProxy(registry);
try {
  const stepRunEnv = runEnv(RUN);
  const workspace = await workspaceWith(scratch, PODINFO);
  const toolEnv = { PATH: process.env.PATH, HOME: join(scratch, 'home') };
  const ctx = {
    scratch,
    registry,
    proxy,
    toolEnv,
    step: { scratch, workspace, runEnv: stepRunEnv },
    chain: { workspace, metadata: chainMetadata(stepRunEnv), env: toolEnv },
  };
  const steps = [
    ['1', unsigned],
    ['2', keySigned],
    ['3', keyless],
    ['4', republish],
    ['5', largeTrees],
    ['6', startUp],
    ['ref', skopeo],
  ];
  for (const [name, step] of steps) if (ROWS.includes(name)) await step(ctx);
  printTable();
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  process.stdout.write(
    `\n${cpus().length} × ${cpu}, ${mib(totalmem())} RAM, Linux ${release()}; ` +
      `${(await versions()).join(', ')}; ${RUNS} runs (large trees: ${LARGE_RUNS}); ` +
      `imitated run: ${RUN} (${stepRunEnv.GITHUB_SHA.slice(0, 7)})\n`,
  );
} finally {
  await proxy.stop();
  await registry.stop();
  await rm(scratch, { recursive: true, force: true });
}
