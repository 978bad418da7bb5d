// The job summary, written with @actions/core's summary builder (HTML the job page renders).
import * as core from '@actions/core';
import { escapeHtml } from '../report/escape-html.js';
import type { Inline, JobSummary } from '../report/summary.js';

function html(parts: Inline[]): string {
  return parts
    .map((part) =>
      typeof part === 'string' ? escapeHtml(part) : `<code>${escapeHtml(part.code)}</code>`,
    )
    .join('');
}

/** Appends the summary to the file the runner names (GITHUB_STEP_SUMMARY); none outside a runner. */
export async function writeJobSummary(summary: JobSummary): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const builder = core.summary.addHeading(html(summary.heading), 3).addTable([
    [
      { data: '', header: true },
      { data: '', header: true },
    ],
    ...summary.table.map(([label, lines]) => [label, lines.map(html).join('<br>')]),
  ]);
  if (summary.promotion.length > 0) {
    builder
      .addHeading('Promotion', 4)
      .addList(
        summary.promotion.map(
          (p) => `${p.applied ? '✅' : '⏭️'} ${html([{ code: p.rule }])}: ${escapeHtml(p.reason)}`,
        ),
      );
  }
  // What the pull request would change comes before how to consume the artifact.
  if (summary.review) builder.addRaw(summary.review, true);
  for (const section of summary.sections) {
    if (section.heading) builder.addHeading(escapeHtml(section.heading), 4);
    if (section.text) builder.addRaw(`<p>${escapeHtml(section.text)}</p>`, true);
    builder.addCodeBlock(escapeHtml(section.code), section.language);
  }
  await builder.write();
}
