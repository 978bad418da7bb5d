// The CLI's log: plain lines on stderr (stdout carries the outputs), secrets replaced by `***`.
import type { Log } from '../log.js';

export function consoleLog(options: { debug?: boolean } = {}): Log {
  const secrets = new Set<string>();
  const write = (prefix: string, message: string) => {
    let text = message;
    for (const secret of secrets) text = text.split(secret).join('***');
    process.stderr.write(`${prefix}${text}\n`);
  };
  return {
    debug: (m) => {
      if (options.debug) write('debug: ', m);
    },
    info: (m) => write('', m),
    notice: (m) => write('notice: ', m),
    warning: (m) => write('warning: ', m),
    async group(title, fn) {
      write('▶ ', title);
      return fn();
    },
    setSecret: (secret) => {
      if (secret) secrets.add(secret);
    },
  };
}
