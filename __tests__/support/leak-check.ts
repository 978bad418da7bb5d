// Secrets must never reach a job log: every run's stdout and stderr (as the job log shows them, that
// is without the `::add-mask::` commands the runner consumes), the runner's whole log, outputs and
// job summary are searched for every password, token and base64 credential the test handed out.
import { visibleLog, type RunResult } from './runner.js';

/** A secret as a failure message may show it: its length and first characters, never all of it. */
function hint(secret: string): string {
  return `${secret.slice(0, 3)}… (${secret.length} characters)`;
}

/**
 * The secrets found in what a run made public, shown by a hint only. Secrets shorter than six
 * characters (a test key's `hello`) are skipped: they would match ordinary words.
 */
export function leakedSecrets(result: RunResult, secrets: Iterable<string>): string[] {
  const published = [
    visibleLog(result),
    result.runnerLog,
    result.summary,
    ...Object.values(result.outputs),
  ].join('\n');
  const leaked: string[] = [];
  for (const secret of new Set(secrets)) {
    if (secret.length >= 6 && published.includes(secret)) leaked.push(hint(secret));
  }
  return leaked;
}
