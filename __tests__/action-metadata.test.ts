// action.yml as GitHub's runner reads it. The runner evaluates `${{ }}` in action metadata and
// allows no context in a description: one such description and the action fails to load in every
// workflow ("Unrecognized named-value: 'secrets'"), before any of our code runs. GitHub's own
// parser of action metadata (@actions/workflow-parser, behind its Actions language services)
// reports exactly those errors; the end-to-end tests then load the action in a real runner (act).
import { readFile } from 'node:fs/promises';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { NoOperationTraceWriter } from '@actions/workflow-parser';
import { describe, expect, it } from 'vitest';

function metadataErrors(content: string): string[] {
  const result = parseAction({ name: 'action.yml', content }, new NoOperationTraceWriter());
  return result.context.errors.getErrors().map((error) => error.message);
}

describe('action.yml', () => {
  it("has no error in GitHub's parser of action metadata", async () => {
    expect(metadataErrors(await readFile('action.yml', 'utf8'))).toEqual([]);
  });

  it('would fail to load with an expression in a description, as the parser shows', async () => {
    const broken = (await readFile('action.yml', 'utf8')).replace(
      "description: 'Where to publish",
      "description: 'Example: ${{ secrets.URL }}. Where to publish",
    );
    expect(metadataErrors(broken)).toEqual([
      expect.stringMatching(/Unrecognized named-value: 'secrets'/),
    ]);
  });
});
