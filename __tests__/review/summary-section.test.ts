// The review as the job summary shows it: the base, the list, each text diff collapsed in a
// ```diff block, the rest by size, and what the caps left out.
import { describe, expect, it } from 'vitest';
import { diffTrees } from '../../src/artifact/content-diff.js';
import type { Review } from '../../src/review/review-result.js';
import { reviewMarkdown } from '../../src/review/summary-section.js';
import { file, tree } from '../support/tar-entries.js';

const LATEST = { tag: 'latest', why: "what a push to master moves ('latest: branch=master')" };
const DIGEST = `sha256:${'a'.repeat(64)}`;

function review(changes: Review['changes'], over: Partial<Review> = {}): Review {
  return { base: LATEST, baseDigest: DIGEST, note: undefined, compared: true, changes, ...over };
}

describe('reviewMarkdown', () => {
  it('names the base by tag and digest, lists the files, and collapses each diff', () => {
    const changes = diffTrees(
      tree(file('app.yaml', 'replicas: 1\n'), file('logo.bin', Buffer.from([0, 1]))),
      tree(file('app.yaml', 'replicas: 2\n'), file('logo.bin', Buffer.from([0, 2]))),
    );
    const markdown = reviewMarkdown(review(changes));
    expect(markdown).toContain(
      `Compared with latest (${DIGEST}), what a push to master moves ('latest: branch=master').`,
    );
    expect(markdown).toContain('2 changed files:\n\n```\nM\tapp.yaml\nM\tlogo.bin\n```');
    expect(markdown).toContain(
      '<details>\n<summary><code>M app.yaml</code></summary>\n\n```diff\ndiff --git a/app.yaml b/app.yaml\n--- a/app.yaml\n+++ b/app.yaml\n@@ -1,1 +1,1 @@\n-replicas: 1\n+replicas: 2\n```\n\n</details>',
    );
    expect(markdown).toContain('Not shown as a diff:\n\n- logo.bin: binary (2 B → 2 B)');
  });

  it('fences a diff holding backticks with a longer fence', () => {
    const changes = diffTrees(tree(), tree(file('README.md', '```yaml\na: 1\n```\n')));
    expect(reviewMarkdown(review(changes))).toContain('````diff\n');
  });

  it('says how many diffs the total cap left out', () => {
    const changes = diffTrees(tree(), tree(file('a.yaml', 'a: 1\n'), file('b.yaml', 'b: 1\n')));
    const markdown = reviewMarkdown(review(changes), { perFile: 1000, total: 150 });
    expect(markdown).toContain('1 diff left out: the diffs shown reach the cap of 150 characters.');
  });

  it('says there is no base yet, and lists every file as new', () => {
    const changes = diffTrees(tree(), tree(file('a.yaml', 'a: 1\n')));
    const markdown = reviewMarkdown(
      review(changes, { baseDigest: undefined, note: 'nothing is published at latest' }),
    );
    expect(markdown).toContain(
      "Compared with latest, what a push to master moves ('latest: branch=master'): nothing is published at latest, so every file is new.",
    );
    expect(markdown).toContain('A\ta.yaml');
  });

  it('says so when nothing changes', () => {
    expect(reviewMarkdown(review([]))).toContain(
      'No changes: the artifact would hold the same files.',
    );
  });
});
