// The action's entry point: read the inputs as the runner passes them, run the flow, write outputs
// and the job summary, and turn any error into one failure line (the stack only with debug on).
import { constants } from 'node:os';
import { actionsContext } from './context/actions.js';
import { UserError } from './errors.js';
import { parseInputs } from './inputs.js';
import { publish } from './main.js';
import { outputValues } from './report/outputs.js';
import { summaryMarkdown } from './report/summary.js';
import { actionsLog, appendSummary, getInput, setFailed, setOutput } from './runner.js';

async function run(): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const inputs = parseInputs(getInput, { maskSecret: (s) => actionsLog.setSecret(s), workspace });
  const context = await actionsContext(process.env, actionsLog);
  const result = await publish(inputs, context, actionsLog, {
    workspace,
    env: process.env,
    userAgent: 'publish-oci-artifact',
  });
  for (const [name, value] of Object.entries(outputValues(result))) setOutput(name, value);
  appendSummary(summaryMarkdown(result));
}

// Cancelling a job sends SIGINT, then SIGTERM, then SIGKILL. Rather than vanish mid-line, say
// what the registry holds; the runner empties RUNNER_TEMP, where the layer file is.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    setFailed(
      `Cancelled (${signal}) before the publish finished: no tag points at a partial artifact, ` +
        'since tags move only once the content (and its signatures) is all pushed. Re-run the ' +
        'job to publish.',
    );
    process.exit(128 + constants.signals[signal]);
  });
}

try {
  await run();
} catch (error) {
  if (error instanceof Error && error.stack) actionsLog.debug(error.stack);
  const message = error instanceof Error ? error.message : String(error);
  setFailed(
    error instanceof UserError || !(error instanceof Error)
      ? message
      : `Unexpected error: ${message}`,
  );
}
