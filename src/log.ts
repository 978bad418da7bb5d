// How every part of the program talks to the person running it: one interface, whatever the part.
// The action logs through @actions/core (groups, annotations, masking: github/log.ts), the CLI
// through stderr (cli/console-log.ts); both get the same phases, sizes and timings.

export interface Log {
  debug(message: string): void;
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
  /** Runs `fn` as one collapsible phase of the log. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  /** Keeps `secret` out of every later log line. */
  setSecret(secret: string): void;
}

/** Says nothing and masks nothing: for callers that give no log. */
export const silentLog: Log = {
  debug: () => undefined,
  info: () => undefined,
  notice: () => undefined,
  warning: () => undefined,
  group: (_title, fn) => fn(),
  setSecret: () => undefined,
};

/** "1.2 MB", "512 B": sizes for humans. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}

/** Runs one phase as a log group and ends it with its duration. */
export async function phase<T>(log: Log, title: string, fn: () => Promise<T>): Promise<T> {
  return log.group(title, async () => {
    const start = performance.now();
    const result = await fn();
    log.info(`${title}: done in ${Math.round(performance.now() - start)} ms`);
    return result;
  });
}

/** Uploads smaller than this finish too fast for progress lines to help. */
const PROGRESS_THRESHOLD_BYTES = 10 * 1000 * 1000;

/**
 * A progress callback for one upload: a line at every tenth of a large upload (none for small
 * ones), so long uploads show they are moving without flooding the log.
 */
export function uploadProgress(
  log: Log,
  label: string,
  total: number,
): ((progress: { sent: number }) => void) | undefined {
  if (total < PROGRESS_THRESHOLD_BYTES) return undefined;
  let reported = 0;
  return ({ sent }) => {
    const tenth = Math.floor((sent / total) * 10);
    if (tenth <= reported) return;
    reported = tenth;
    log.info(`  ${label}: ${formatBytes(sent)} of ${formatBytes(total)} (${tenth * 10}%)`);
  };
}
