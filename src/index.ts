// The action's entry point. Until the publishing flow lands, it only validates its one required
// input, and turns any error into a single failure line rather than a stack trace.
import * as core from '@actions/core';

function run(): void {
  const url = core.getInput('url', { required: true });
  core.info(`Target: ${url}`);
  throw new Error('Publishing is not implemented yet: this build only validates its inputs.');
}

try {
  run();
} catch (error) {
  core.setFailed(error instanceof Error ? error.message : String(error));
}
