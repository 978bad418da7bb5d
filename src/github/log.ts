// The job log through @actions/core: annotations, collapsible groups, and masking by the runner.
import * as core from '@actions/core';
import type { Log } from '../log.js';

export const actionsLog: Log = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(message),
  notice: (message) => core.notice(message),
  warning: (message) => core.warning(message),
  group: (title, fn) => core.group(title, fn),
  setSecret: (secret) => core.setSecret(secret),
};
