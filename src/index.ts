// The action's entry point: read the inputs as the runner passes them, run the flow, write outputs
// and the job summary, and turn any error into one failure line (the stack only with debug on).
import * as core from '@actions/core';
import { actionsContext } from './context/context.js';
import { UserError } from './errors.js';
import { parseInputs } from './inputs.js';
import type { Log } from './log.js';
import { publish } from './main.js';
import { outputValues } from './report/outputs.js';
import { summaryMarkdown } from './report/summary.js';

const actionsLog: Log = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  notice: (m) => core.notice(m),
  warning: (m) => core.warning(m),
  group: (title, fn) => core.group(title, fn),
  setSecret: (s) => core.setSecret(s),
};

async function run(): Promise<void> {
  const inputs = parseInputs((name) => core.getInput(name), {
    maskSecret: (s) => core.setSecret(s),
  });
  const context = await actionsContext(process.env, actionsLog);
  const result = await publish(inputs, context, actionsLog, {
    workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    env: process.env,
    userAgent: 'publish-oci-artifact',
  });
  for (const [name, value] of Object.entries(outputValues(result))) core.setOutput(name, value);
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summaryMarkdown(result)).write();
}

try {
  await run();
} catch (error) {
  if (error instanceof Error && error.stack) core.debug(error.stack);
  const message = error instanceof Error ? error.message : String(error);
  core.setFailed(
    error instanceof UserError || !(error instanceof Error)
      ? message
      : `Unexpected error: ${message}`,
  );
}
