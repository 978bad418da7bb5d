// The action's entry point: the inputs and the run's context from @actions/core and
// @actions/github, the flow, then outputs and the job summary; any error becomes one annotation.
import * as core from '@actions/core';
import { actionsContext } from './github/context.js';
import { workflowTokenCredential } from './github/credentials.js';
import { cancelled, exitWhenCancelled } from './cancellation.js';
import { UserError } from './errors.js';
import { failRun } from './github/failure.js';
import { actionsLog } from './github/log.js';
import { actionsIdentityToken } from './github/oidc.js';
import { writeJobSummary } from './github/summary.js';
import { parseInputs, signsInPublicLog } from './inputs.js';
import { publish } from './main.js';
import { outputValues } from './report/outputs.js';
import { jobSummary } from './report/summary.js';
import { planUses } from './plan/plan.js';

async function run(): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const inputs = parseInputs((name) => core.getInput(name), { log: actionsLog, workspace });
  // Imported here, not above: @actions/github reads the event payload as it loads, and a payload
  // it cannot parse must end as this step's error, not as a crash before it.
  const { context: run } = await import('@actions/github');
  const context = await actionsContext(run, {
    needs: {
      defaultBranch: planUses(inputs, 'default_branch'),
      visibility: signsInPublicLog(inputs),
    },
    token: inputs.githubToken,
    log: actionsLog,
    env: process.env,
  });
  const result = await publish(inputs, context, actionsLog, {
    workspace,
    env: process.env,
    userAgent: 'publish-oci-artifact',
    identity: actionsIdentityToken(),
    fallbackCredentials: workflowTokenCredential(inputs.githubToken, run.actor, actionsLog),
  });
  for (const [name, value] of Object.entries(outputValues(result))) core.setOutput(name, value);
  await writeJobSummary(jobSummary(result));
}

// Cancelling a job sends SIGINT, then SIGTERM, then SIGKILL. Rather than vanish mid-line, give
// back open upload sessions (cancellation.ts) and say what the registry holds; the runner empties
// RUNNER_TEMP, where the layer file is.
exitWhenCancelled((signal) =>
  failRun(
    new UserError(
      'CANCELLED',
      `Cancelled (${signal}) before the publish finished: no tag points at a partial artifact, ` +
        'since tags move only once the content (and its signatures) is all pushed. Re-run the ' +
        'job to publish.',
    ),
  ),
);

try {
  await run();
} catch (error) {
  // A cancelled run's requests fail on purpose: exitWhenCancelled reports it, then exits.
  if (cancelled.aborted) await new Promise(() => undefined);
  failRun(error);
}
