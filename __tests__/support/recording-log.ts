// A log for tests of code that takes one: what was logged at each level, and which secrets were
// handed over for masking.
import type { Log } from '../../src/log.js';

type Level = 'debug' | 'info' | 'notice' | 'warning';

export interface RecordingLog extends Log {
  lines: { level: Level; message: string }[];
  masked: Set<string>;
  at(level: Level): string[];
  /** Every line, for leak checks. */
  text(): string;
}

export function recordingLog(): RecordingLog {
  const lines: RecordingLog['lines'] = [];
  const masked = new Set<string>();
  const log = (level: Level) => (message: string) => void lines.push({ level, message });
  return {
    lines,
    masked,
    debug: log('debug'),
    info: log('info'),
    warning: log('warning'),
    notice: log('notice'),
    group: (title, fn) => {
      lines.push({ level: 'info', message: `▶ ${title}` });
      return fn();
    },
    setSecret: (secret) => void masked.add(secret),
    at: (level) => lines.filter((l) => l.level === level).map((l) => l.message),
    text: () => lines.map((l) => l.message).join('\n'),
  };
}
