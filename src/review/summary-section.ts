// The review in the job summary, as Markdown: what was compared with, the list as `git diff
// --name-status` prints it, then each file's unified diff in a collapsed <details> (text files;
// binary files and those over the caps by size only, with counts of what was left out).
import { nameStatus } from '../artifact/content-diff.js';
import { escapeHtml } from '../report/escape-html.js';
import type { Review } from './review-result.js';
import { describeBase } from './review-result.js';
import { DEFAULT_DIFF_LIMITS, renderChanges, type DiffLimits } from './unified-diff.js';

/** Text in a fenced block no line of it can close: a fence longer than any backtick run in it. */
function fenced(text: string, language = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${text}\n${fence}`;
}

/** Markdown for the job summary; `limits` caps the diffs shown. */
export function reviewMarkdown(review: Review, limits: DiffLimits = DEFAULT_DIFF_LIMITS): string {
  const lines = ['', '#### Changes', '', `${escapeHtml(describeBase(review))}.`, ''];
  if (!review.compared) return lines.join('\n');
  if (review.changes.length === 0) {
    lines.push('No changes: the artifact would hold the same files.', '');
    return lines.join('\n');
  }
  const count = review.changes.length;
  lines.push(
    `${count} changed file${count === 1 ? '' : 's'}:`,
    '',
    fenced(nameStatus(review.changes)),
    '',
  );
  const rendered = renderChanges(review.changes, limits);
  const bySize: string[] = [];
  for (const { change, rendered: one } of rendered.changes) {
    if (one.kind !== 'diff') {
      bySize.push(`- ${escapeHtml(one.text)}`);
      continue;
    }
    lines.push(
      '<details>',
      `<summary><code>${change.status} ${escapeHtml(change.path)}</code></summary>`,
      '',
      fenced(one.text, 'diff'),
      '',
      '</details>',
      '',
    );
  }
  if (bySize.length > 0) lines.push('Not shown as a diff:', '', ...bySize, '');
  if (rendered.overTotal > 0) {
    lines.push(
      `${rendered.overTotal} diff${rendered.overTotal === 1 ? '' : 's'} left out: the diffs ` +
        `shown reach the cap of ${limits.total} characters.`,
      '',
    );
  }
  return lines.join('\n');
}
