// The documentation is code: action.yml and the README tables match the declarations they are
// generated from (run `npm run docs` to regenerate them after changing an input or an output), the
// Flux objects the README and docs/ show are the ones a run's job summary prints, and the code map
// of docs/development.md names every directory of src/.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { fluxYaml, keylessSubjectRegex } from '../src/report/flux.js';
import type { PublishResult, SignatureReport } from '../src/report/result.js';
import {
  renderActionYml,
  renderInputsTable,
  renderOutputsTable,
  replaceSection,
} from './support/docs.js';

const update = process.env.UPDATE_DOCS === '1';

/** Generated files are formatted as `npm run format` would leave them. */
async function expectFile(path: string, generated: string) {
  const expected = await format(generated, { ...(await resolveConfig(path)), filepath: path });
  if (update) await writeFile(path, expected);
  expect(await readFile(path, 'utf8'), `${path} is stale: run 'npm run docs'`).toBe(expected);
}

/** README.md and every docs/*.md, as [path, text]. */
async function documentation(): Promise<[string, string][]> {
  const docs = (await readdir('docs')).filter((f) => f.endsWith('.md')).map((f) => join('docs', f));
  const texts: [string, string][] = [];
  for (const path of ['README.md', ...docs]) texts.push([path, await readFile(path, 'utf8')]);
  return texts;
}

/** The ```yaml blocks of a Markdown text, with the line each starts on. */
function yamlBlocks(text: string): { line: number; text: string }[] {
  const lines = text.split('\n');
  const blocks: { line: number; text: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '```yaml') continue;
    const start = i + 1;
    while (i + 1 < lines.length && lines[i + 1] !== '```') i++;
    blocks.push({ line: start + 1, text: lines.slice(start, i + 1).join('\n') });
  }
  return blocks;
}

const FLUX_KINDS = ['OCIRepository', 'Kustomization', 'HelmRelease'];

/**
 * What the job summary prints for the runs the documentation describes: the workflow
 * `<file>` of my-org/app publishing to ghcr.io/my-org/<repository>, for `main` or for a tag,
 * signed keyless or with a key.
 */
function summaryObjects(): unknown[] {
  const objects: unknown[] = [];
  const runs = [
    { repository: 'manifests/app', workflow: 'publish-manifests.yml', chart: undefined },
    {
      repository: 'charts/app',
      workflow: 'release-chart.yml',
      chart: { name: 'app', version: '1.2.0' },
    },
  ];
  for (const { repository, workflow, chart } of runs) {
    for (const ref of ['refs/heads/main', 'refs/tags/v1.2.0']) {
      const release = ref.startsWith('refs/tags/');
      const subject = `https://github.com/my-org/app/.github/workflows/${workflow}@${ref}`;
      const signatures: SignatureReport[] = [
        {
          method: 'keyless',
          signatureTag: undefined,
          bundleDigest: undefined,
          rekorLogIndexes: [],
          identity: {
            issuer: 'https://token.actions.githubusercontent.com',
            subjectRegex: keylessSubjectRegex(subject),
          },
          durationMs: 0,
        },
        {
          method: 'key',
          signatureTag: undefined,
          bundleDigest: undefined,
          rekorLogIndexes: [],
          durationMs: 0,
        },
      ];
      const primaryTag = chart ? chart.version : release ? 'v1.2.0' : '1a2b3c4';
      const promotedTags = chart ? [] : [release ? 'stable' : 'latest'];
      for (const signature of signatures) {
        const result: PublishResult = {
          plan: {
            ...(chart ? { chart } : {}),
            primaryTag,
            promotedTags,
            rules: [],
            dryRun: false,
            dryRunReason: '',
            notices: [],
          },
          target: {
            url: `oci://ghcr.io/my-org/${repository}`,
            name: `ghcr.io/my-org/${repository}`,
            kind: 'registry',
          },
          digest: `sha256:${'0'.repeat(64)}`,
          tags: [primaryTag, ...promotedTags],
          pushed: true,
          unchangedSince: undefined,
          size: undefined,
          fileCount: undefined,
          source: undefined,
          revision: `${ref}@sha1:${'0'.repeat(40)}`,
          signature,
        };
        objects.push(...parseAllDocuments(fluxYaml(result)).map((d) => d.toJS() as unknown));
      }
    }
  }
  return objects;
}

describe('generated documentation', () => {
  it('action.yml declares every input and output with its default', async () => {
    await expectFile('action.yml', renderActionYml());
  });

  it('the README tables list every input and output', async () => {
    let readme = await readFile('README.md', 'utf8');
    readme = replaceSection(readme, 'inputs', renderInputsTable());
    readme = replaceSection(readme, 'outputs', renderOutputsTable());
    await expectFile('README.md', readme);
  });
});

describe('the Flux objects in the README and docs/', async () => {
  const printed = summaryObjects() as { spec: { verify?: unknown } }[];
  // Whole objects, and `verify:` blocks shown on their own (what replaces an object's `spec.verify`).
  const shown: { where: string; kind: string; object: object }[] = [];
  for (const [path, text] of await documentation()) {
    for (const block of yamlBlocks(text)) {
      for (const document of parseAllDocuments(block.text)) {
        const object = document.toJS() as Record<string, unknown> | null;
        if (!object || typeof object !== 'object') continue;
        const where = `${path}:${block.line}`;
        if (FLUX_KINDS.includes(String(object.kind)))
          shown.push({ where, kind: String(object.kind), object });
        else if (Object.keys(object).join() === 'verify')
          shown.push({ where, kind: 'verify', object });
      }
    }
  }

  it('include the staging and production sources and a chart release', () => {
    expect(shown.map((s) => s.kind)).toEqual(
      expect.arrayContaining(['OCIRepository', 'Kustomization', 'HelmRelease', 'verify']),
    );
  });

  it.each(shown)('$where ($kind) is what the job summary prints', ({ kind, object }) => {
    if (kind === 'verify') {
      expect(printed.map((o) => ({ verify: o.spec.verify }))).toContainEqual(object);
    } else {
      expect(printed).toContainEqual(object);
    }
  });
});

describe('the README', () => {
  // Issue 28: a workflow author reads it in five minutes; the rest is in docs/.
  it('is a front door of at most 300 lines', async () => {
    const lines = (await readFile('README.md', 'utf8')).trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(300);
  });
});

describe('the code map of docs/development.md', () => {
  it('lists every directory of src/, and no directory that is not there', async () => {
    const entries = await readdir('src', { recursive: true, withFileTypes: true });
    const directories = entries
      .filter((e) => e.isDirectory())
      .map((e) => `${join(e.parentPath, e.name).replace(/^src\//, '')}/`)
      .sort();
    const map = await readFile(join('docs', 'development.md'), 'utf8');
    const listed = [...map.matchAll(/^\| `([^`]+\/)` +\|/gm)].map((m) => m[1]).sort();
    expect(listed).toEqual(directories);
  });
});
