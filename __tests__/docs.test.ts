// action.yml and the README tables match the declarations they are generated from.
// Run `npm run docs` to regenerate them after changing an input or an output.
import { readFile, writeFile } from 'node:fs/promises';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import {
  hasSection,
  renderActionYml,
  renderErrorsDoc,
  renderErrorsTable,
  renderInputsTable,
  renderOutputsTable,
  replaceSection,
} from './support/docs.js';
import { ERROR_CATALOGUE } from '../src/errors.js';

const update = process.env.UPDATE_DOCS === '1';

/** Generated files are formatted as `npm run format` would leave them. */
async function expectFile(path: string, generated: string) {
  const expected = await format(generated, { ...(await resolveConfig(path)), filepath: path });
  if (update) await writeFile(path, expected);
  expect(await readFile(path, 'utf8'), `${path} is stale: run 'npm run docs'`).toBe(expected);
}

describe('generated documentation', () => {
  it('action.yml declares every input and output with its default', async () => {
    await expectFile('action.yml', renderActionYml());
  });

  it('the README tables list every input and output', async () => {
    let readme = await readFile('README.md', 'utf8');
    readme = replaceSection(readme, 'inputs', renderInputsTable());
    readme = replaceSection(readme, 'outputs', renderOutputsTable());
    // The troubleshooting block is filled once README.md has its markers.
    if (hasSection(readme, 'errors'))
      readme = replaceSection(readme, 'errors', renderErrorsTable());
    await expectFile('README.md', readme);
  });

  it('docs/errors.md lists every code of the catalogue, with its meaning and fix', async () => {
    await expectFile('docs/errors.md', renderErrorsDoc());
    const documented = await readFile('docs/errors.md', 'utf8');
    for (const code of Object.keys(ERROR_CATALOGUE)) {
      expect(documented).toContain(`### \`${code}\``);
    }
  });
});
