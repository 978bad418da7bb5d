// Bad input for each command, publish included: one line on stderr that says what and which flag, exit 2, nothing
// on stdout, and nothing written (the working directory and the registry are as they were).
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchDirectories } from '../support/end-to-end.js';
import { catalog } from '../support/registry-state.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { checkout, publishWithCli, runCli } from './cli.js';

const scratch = scratchDirectories();
let registry: TestRegistry;
let dir: string;

beforeAll(async () => {
  registry = await startRegistry();
  dir = await checkout(scratch);
  await publishWithCli(dir, `oci://${registry.host}/app`, ['--tag', 'v1', '--promote', '']);
  await mkdir(join(dir, 'full'));
  await writeFile(join(dir, 'full', 'keep.txt'), 'x');
  await writeFile(join(dir, 'not-a-key.pub'), 'hello');
  await writeFile(join(dir, 'bad-root.json'), '{"mediaType": 1');
}, 60_000);

afterAll(async () => {
  await registry?.stop();
  await scratch.removeAll();
});

const app = () => `oci://${registry.host}/app:v1`;
const keyless = ['--certificate-identity', 'x', '--certificate-oidc-issuer', 'y'];

const CASES: { command: string; args: () => string[]; says: RegExp }[] = [
  { command: 'pull', args: () => [app()], says: /--output/ },
  { command: 'pull', args: () => [app(), '-o', 'full'], says: /not an empty directory/ },
  { command: 'pull', args: () => [app(), '-o', 'out', '--max-size', 'lots'], says: /--max-size/ },
  { command: 'pull', args: () => ['ghcr.io/app:v1', '-o', 'out'], says: /oci:\/\// },
  { command: 'pull', args: () => [app(), '-o', 'out', '--key', 'not-a-key.pub'], says: /--key/ },
  {
    command: 'pull',
    args: () => [app(), '-o', 'out', ...keyless, '--tuf-mirror', 'tuf.example.com'],
    says: /--tuf-mirror/,
  },
  {
    command: 'pull',
    args: () => [`oci://${registry.host}/app:nope`, '-o', 'out'],
    // The CLI as it was run (here not installed, so not on PATH under its name).
    says: /no artifact.*List the tags with: node \S*dist\/cli\/index\.js list oci:\/\//,
  },
  { command: 'list', args: () => [app()], says: /repository, not a tag/ },
  {
    command: 'list',
    args: () => [`oci://${registry.host}/app`, '--filter-regex', '('],
    says: /--filter-regex/,
  },
  {
    command: 'list',
    args: () => [`oci://${registry.host}/app`, '--filter-semver', 'soon'],
    says: /--filter-semver/,
  },
  { command: 'tag', args: () => [app()], says: /--tag/ },
  {
    command: 'tag',
    args: () => [`oci://${registry.host}/app:nope`, '--tag', 'x'],
    says: /no artifact/,
  },
  { command: 'diff', args: () => [app()], says: /--path/ },
  { command: 'diff', args: () => [app(), '--path', 'missing'], says: /--path missing/ },
  { command: 'build', args: () => [], says: /--path/ },
  {
    command: 'build',
    args: () => ['--path', 'deploy', '--output', 'no/such/dir/a.tgz'],
    says: /--output/,
  },
  { command: 'verify', args: () => [app()], says: /--certificate-identity/ },
  {
    command: 'verify',
    args: () => [app(), '--key', 'not-a-key.pub', ...keyless],
    says: /not both/,
  },
  {
    command: 'verify',
    args: () => [app(), ...keyless, '--trusted-root', 'bad-root.json'],
    says: /--trusted-root/,
  },
  {
    command: 'verify',
    args: () => [
      app(),
      ...keyless,
      '--tuf-mirror',
      'http://127.0.0.1:9',
      '--tuf-root',
      'bad-root.json',
    ],
    says: /--tuf-root bad-root.json is not TUF root metadata/,
  },
  {
    command: 'verify',
    args: () => [app(), '--certificate-identity-regexp', '(', '--certificate-oidc-issuer', 'y'],
    says: /regexp/,
  },
  {
    command: 'publish',
    args: () => ['--path', 'deploy', '--annotations', 'no-equals'],
    says: /^error: --annotations: 'no-equals' is not key=value/,
  },
  { command: 'publish', args: () => ['--path', 'missing'], says: /^error: --path: 'missing'/ },
  {
    command: 'publish',
    args: () => ['--path', 'deploy', '--sign', '--cosign-key', 'no-such.key'],
    says: /^error: --cosign-key: cannot read the key file no-such\.key/,
  },
  {
    command: 'publish',
    args: () => ['--url', app().replace(/:v1$/, ''), '--path', 'deploy', '--username', 'u'],
    says: /^error: --password: not given, but username is/,
  },
  { command: 'publish', args: () => ['--creds', 'nocolon'], says: /--creds must be/ },
  {
    command: 'publish',
    args: () => ['--path', 'deploy', '--git-tag', 'v9'],
    says: /^error: --git-tag: 'v9' does not point at HEAD/,
  },
  { command: 'publish', args: () => ['deploy'], says: /publish takes no arguments, not 'deploy'/ },
  {
    command: 'list',
    args: () => [`oci://${registry.host}/app`, '--username', 'u'],
    says: /--password \(or REGISTRY_PASSWORD\) is not given, but --username is/,
  },
  ...['publish', 'pull', 'list', 'tag', 'diff', 'build', 'verify'].map((command) => ({
    command,
    args: () => ['--colour', 'blue'],
    says: /'--colour'/,
  })),
];

describe.each(CASES)('$command $says', ({ command, args, says }) => {
  it('fails in one line, exit 2, writing nothing', async () => {
    const before = (await readdir(dir)).sort();
    const repositories = await catalog(registry);
    const result = await runCli([command, ...args()], { cwd: dir });
    expect(result.status, result.stderr).toBe(2);
    expect(result.stdout).toBe('');
    // One line, ending with its code (docs/errors.md).
    expect(result.stderr).toMatch(/^error: [^\n]+ \[[A-Z_]+\]\n$/);
    expect(result.stderr).toMatch(says);
    expect((await readdir(dir)).sort()).toEqual(before);
    expect(await catalog(registry)).toEqual(repositories);
  });
});

describe('help', () => {
  it.each(['publish', 'pull', 'list', 'tag', 'diff', 'build', 'verify'])(
    '%s --help lists its flags',
    async (command) => {
      const result = await runCli([command, '--help'], { cwd: dir });
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^Usage: publish-oci-artifact ${command} `));
      expect(result.stdout).toContain('--help');
    },
  );

  it('publish stays the default: its help with no command names the others', async () => {
    const result = await runCli(['--help'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe((await runCli(['publish', '--help'], { cwd: dir })).stdout);
    expect(result.stdout).toContain('--url');
    expect(result.stdout).toContain('Other commands (each with --help): pull, list, tag, diff');
  });

  it.each([
    ['publish', 'Exit status: 0 done, 2 bad input or an error.'],
    ['list', 'Exit status: 0 done, 2 bad input or an error.'],
    ['verify', 'Exit status: 0 done, 1 not verified, 2 bad input or an error.'],
    ['diff', 'Exit status: 0 done, 1 different, 2 bad input or an error.'],
  ])('%s --help ends with the one exit-status table', async (command, line) => {
    const result = await runCli([command, '--help'], { cwd: dir });
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe(line);
  });

  it.each(['pull', 'list', 'tag', 'diff', 'verify'])(
    '%s takes the registry flags publish takes',
    async (command) => {
      const result = await runCli([command, '--help'], { cwd: dir });
      for (const flag of ['--username', '--password', '--creds', '--insecure-registry']) {
        expect(result.stdout).toContain(flag);
      }
      expect(result.stdout).toContain('REGISTRY_PASSWORD');
    },
  );
});
