// A logger and secret mask for tests of code that takes them as callbacks: what was logged at each
// level, and which secrets were handed over for masking.
import type { OciLogger } from '../../src/oci/options.js';

export interface RecordingLog extends OciLogger {
  lines: { level: keyof OciLogger; message: string }[];
  masked: Set<string>;
  maskSecret: (secret: string) => void;
  at(level: keyof OciLogger): string[];
  /** Every line, for leak checks. */
  text(): string;
}

export function recordingLog(): RecordingLog {
  const lines: RecordingLog['lines'] = [];
  const masked = new Set<string>();
  const log = (level: keyof OciLogger) => (message: string) => void lines.push({ level, message });
  return {
    lines,
    masked,
    debug: log('debug'),
    info: log('info'),
    warning: log('warning'),
    notice: log('notice'),
    maskSecret: (secret) => void masked.add(secret),
    at: (level) => lines.filter((l) => l.level === level).map((l) => l.message),
    text: () => lines.map((l) => l.message).join('\n'),
  };
}
