import { describe, expect, it } from 'vitest';
import { UserError } from '../src/errors.js';
import { DEFAULT_PROMOTE, parseInputs } from '../src/inputs.js';
import { parsePromoteRules } from '../src/plan/promote-rules.js';
import { recordingLog } from './support/recording-log.js';

function reader(values: Record<string, string>) {
  return (name: string) => values[name] ?? '';
}

function parseError(values: Record<string, string>): UserError {
  try {
    parseInputs(reader(values));
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('parseInputs', () => {
  it('applies the declared defaults to inputs not given', () => {
    const inputs = parseInputs(reader({ url: 'oci://ghcr.io/org/app' }));
    expect(inputs).toMatchObject({
      url: 'oci://ghcr.io/org/app',
      path: '.',
      tagTemplate: undefined,
      promoteRules: parsePromoteRules(DEFAULT_PROMOTE),
      dryRun: 'auto',
      sign: false,
      signatureFormat: 'both',
      resolveSymlinks: false,
      rekorUrl: 'https://rekor.sigstore.dev',
      githubToken: undefined,
    });
  });

  it('defaults the CLI to the local OCI layout', () => {
    expect(parseInputs(reader({}), { forCli: true }).url).toBe('oci-layout:oci-layout');
  });

  it('requires url in the action, naming it and saying what to give', () => {
    const error = parseError({});
    expect(error.input).toBe('url');
    expect(error.message).toMatch(/Input 'url'.*oci:\/\/<registry>\/<repository>/);
  });

  it('keeps "=" inside annotation values', () => {
    const inputs = parseInputs(
      reader({ url: 'oci://r/a', annotations: 'a=b=c\n# comment\n\nx.y/z = v w' }),
    );
    expect(inputs.annotations).toEqual({ a: 'b=c', 'x.y/z': 'v w' });
  });

  it('refuses an annotation without "="', () => {
    const error = parseError({ url: 'oci://r/a', annotations: 'novalue' });
    expect(error.input).toBe('annotations');
    expect(error.message).toContain("'novalue'");
  });

  it.each([
    ['sign', 'yes'],
    ['dry-run', 'maybe'],
    ['signature-format', 'sigstore'],
    ['resolve-symlinks', '1'],
    ['insecure-registry', 'on'],
  ])('refuses %s=%s, naming the input', (name, value) => {
    const error = parseError({ url: 'oci://r/a', [name]: value });
    expect(error.input).toBe(name);
    expect(error.message).toContain(`'${value}'`);
  });

  it('refuses a user name without a password', () => {
    expect(parseError({ url: 'oci://r/a', username: 'me' }).input).toBe('password');
  });

  it('masks secret inputs as soon as they are read', () => {
    const log = recordingLog();
    parseInputs(
      reader({ url: 'oci://r/a', username: 'me', password: 'hunter2', 'github-token': 'ghs_x' }),
      { log },
    );
    expect([...log.masked].sort()).toEqual(['ghs_x', 'hunter2']);
  });

  it('splits ignore-paths into lines, dropping blanks and comments', () => {
    const inputs = parseInputs(
      reader({ url: 'oci://r/a', 'ignore-paths': '*.md\n\n# docs\ntmp/\n' }),
    );
    expect(inputs.ignorePaths).toEqual(['*.md', 'tmp/']);
  });
});

describe('parseInputs url', () => {
  it.each(['ghcr.io/org/app', 'http://ghcr.io/org/app', 'https://ghcr.io/org/app'])(
    'refuses %s, showing the oci:// form',
    (url) => {
      const error = parseError({ url });
      expect(error.input).toBe('url');
      expect(error.message).toContain('oci://<registry>/<repository>');
    },
  );

  it('parses the target once: its kind, its name for cosign, its layout directory', () => {
    expect(parseInputs(reader({ url: 'oci://ghcr.io/Org/App' })).target).toEqual({
      kind: 'registry',
      url: 'oci://ghcr.io/org/app',
      name: 'ghcr.io/org/app',
    });
    const layout = parseInputs(reader({ url: 'oci-layout:out' }), {
      workspace: '/home/runner/work/repo',
    });
    expect(layout.location).toEqual({ kind: 'layout', directory: '/home/runner/work/repo/out' });
    expect(layout.target).toEqual({
      kind: 'layout',
      url: 'oci-layout:out',
      name: '/home/runner/work/repo/out',
    });
  });

  it.each(['oci://ghcr.io/org/app:v1', `oci://ghcr.io/org/app@sha256:${'a'.repeat(64)}`])(
    'refuses %s: tags come from the tag and promote inputs',
    (url) => {
      const error = parseError({ url });
      expect(error.input).toBe('url');
      expect(error.message).toContain("tags come from the 'tag' and 'promote' inputs");
    },
  );
});

describe('parseInputs checks values before any network call', () => {
  it('parses the tag template and the promotion rules, naming the input at fault', () => {
    const inputs = parseInputs(
      reader({ url: 'oci://r/a', tag: '{{branch}}', promote: 'edge: branch=main' }),
    );
    expect(inputs.tagTemplate?.source).toBe('{{branch}}');
    expect(inputs.promoteRules.map((r) => r.text)).toEqual(['edge: branch=main']);
    expect(parseError({ url: 'oci://r/a', promote: 'edge' }).input).toBe('promote');
    expect(parseError({ url: 'oci://r/a', tag: 'a/b' }).input).toBe('tag');
  });

  it('refuses a diff-tag that is not an OCI tag', () => {
    const error = parseError({ url: 'oci://r/a', 'diff-tag': 'feature/x' });
    expect(error.input).toBe('diff-tag');
    expect(error.message).toContain("'feature/x' is not an OCI tag");
  });

  it('refuses a Sigstore URL over plain HTTP to another host, where the token would travel', () => {
    const error = parseError({ url: 'oci://r/a', 'fulcio-url': 'http://fulcio.example.com' });
    expect(error.input).toBe('fulcio-url');
  });

  it('accepts plain HTTP to a loopback Sigstore deployment', () => {
    const inputs = parseInputs(reader({ url: 'oci://r/a', 'rekor-url': 'http://127.0.0.1:3000/' }));
    expect(inputs.rekorUrl).toBe('http://127.0.0.1:3000');
  });
});

describe('parseInputs artifact-type', () => {
  it('is flux unless told, with the latest and stable rules when promote is not given', () => {
    const inputs = parseInputs(reader({ url: 'oci://r/a' }));
    expect(inputs.artifactType).toBe('flux');
    expect(inputs.promoteRules.map((rule) => rule.text)).toEqual(DEFAULT_PROMOTE.split('\n'));
  });

  it("promotes nothing when promote is 'none', where the default would promote", () => {
    expect(parseInputs(reader({ url: 'oci://r/a', promote: 'none' })).promoteRules).toEqual([]);
  });

  it('promotes nothing for a Helm chart unless rules are given, and then applies them', () => {
    const chart = { url: 'oci://r/charts', 'artifact-type': 'helm-chart' };
    expect(parseInputs(reader(chart)).promoteRules).toEqual([]);
    const promoted = parseInputs(reader({ ...chart, promote: 'stable: semver=*' }));
    expect(promoted.promoteRules.map((rule) => rule.text)).toEqual(['stable: semver=*']);
  });

  it('parses chart-version and chart-app-version as templates', () => {
    const inputs = parseInputs(
      reader({
        url: 'oci://r/charts',
        'artifact-type': 'helm-chart',
        'chart-version': '{{version}}',
        'chart-app-version': 'v{{major}}.{{minor}}',
      }),
    );
    expect(inputs.chartVersion?.source).toBe('{{version}}');
    expect(inputs.chartAppVersion?.source).toBe('v{{major}}.{{minor}}');
    const error = parseError({
      url: 'oci://r/charts',
      'artifact-type': 'helm-chart',
      'chart-version': '{{semver}}',
    });
    expect(error.input).toBe('chart-version');
    expect(error.message).toContain('unknown placeholder {{semver}}');
  });

  it.each([
    ['tag', 'v1'],
    ['diff-tag', 'latest'],
    ['ignore-paths', '*.md'],
    ['resolve-symlinks', 'true'],
  ])('refuses %s for a Helm chart rather than ignoring it', (name, value) => {
    const error = parseError({
      url: 'oci://r/charts',
      'artifact-type': 'helm-chart',
      [name]: value,
    });
    expect(error.input).toBe(name);
    expect(error.message).toContain("does not apply to 'artifact-type: helm-chart'");
  });

  it.each(['chart-version', 'chart-app-version'])('refuses %s for a Flux artifact', (name) => {
    const error = parseError({ url: 'oci://r/a', [name]: '1.0.0' });
    expect(error.input).toBe(name);
    expect(error.message).toContain("set 'artifact-type: helm-chart'");
  });

  it('refuses an unknown artifact type, listing the known ones', () => {
    const error = parseError({ url: 'oci://r/a', 'artifact-type': 'helm' });
    expect(error.input).toBe('artifact-type');
    expect(error.message).toContain('one of flux, helm-chart');
  });
});
