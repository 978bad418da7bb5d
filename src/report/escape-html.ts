// HTML's three characters that text must not carry into the job summary, which GitHub renders as
// HTML: written by the summary builder (src/github/summary.ts) and the review's Markdown, whose
// <details> and <code> are HTML (src/review/summary-section.ts).

/** `&`, `<` and `>` as entities. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
