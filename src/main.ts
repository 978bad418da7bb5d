// The flow, in the order it runs: check the path and the signing prerequisites → open the repository
// → plan (tags, promotions and why, dry-run) → (dry run: build, review what would change against
// the base (review/review.ts), stop) → build → compare with diff-tag → push → sign → promote (move
// the tags) → the result the entries report. A Helm chart is built
// first, since its name says which repository it goes to and its version is its tag, and it is
// always compared with the chart at that tag (charts are immutable); every later phase is the
// same for both kinds. Each phase is a function beside its module (plan/phase.ts,
// artifact/build-phase.ts, compare-phase.ts and push-phase.ts, sign/phase.ts, promote/phase.ts,
// report/publish-result.ts), given the one run value (run.ts) and returning what the later ones
// need; this file only decides their order. It knows nothing of GitHub: the entries (index.ts,
// cli/publish.ts) hand it the context, a log, and where credentials and identity tokens come from.
import { buildPhase, destination, packageSource, type Built } from './artifact/build-phase.js';
import { comparePhase } from './artifact/compare-phase.js';
import { pushPhase } from './artifact/push-phase.js';
import type { Context } from './context/context.js';
import type { Inputs } from './inputs.js';
import type { Log } from './log.js';
import { planPhase } from './plan/phase.js';
import { promotePhase } from './promote/phase.js';
import { publishResult } from './report/publish-result.js';
import type { PublishResult } from './report/result.js';
import { reviewPhase } from './review/review.js';
import { openRepositoryAt, type Run, type Runtime } from './run.js';
import { prepareSigning, signPhase } from './sign/phase.js';

export async function publish(
  inputs: Inputs,
  context: Context,
  log: Log,
  runtime: Runtime,
): Promise<PublishResult> {
  const run: Run = { inputs, context, runtime, log };
  // Every input was checked by parseInputs; the path is checked here before the first network
  // call, the key and the identity token before the first write, on dry runs too.
  const source = await packageSource(run);
  // Key derivation (scrypt, a few hundred ms on libuv's threads) overlaps the plan and the build;
  // it is awaited before anything is pushed and before a dry run ends, so a key that does not
  // decrypt still stops the run with nothing written.
  const signingReady = inputs.sign ? prepareSigning(run) : undefined;
  signingReady?.catch(() => undefined); // held until awaited, not an unhandled rejection
  let built: Built | undefined;
  try {
    // A chart's name and version decide where it goes and its tag; building it first also checks
    // it as helm package would on dry runs (pull requests). Charts are small: Helm caps them.
    built = inputs.artifactType === 'helm-chart' ? await buildPhase(run, source) : undefined;
    const { location, target, chart } = destination(run, built);
    const repository = await openRepositoryAt(run, location);

    const plan = await planPhase(run, repository, chart);
    const planned = { plan, target, ...source.provenance };
    if (plan.dryRun) {
      built ??= await buildPhase(run, source);
      const review = await reviewPhase(run, repository, built);
      await signingReady;
      return publishResult({ ...planned, review });
    }

    // The registry's ping and push token travel while the artifact is built; a failure is met,
    // and reported, again by the first write.
    repository.prepareToWrite().catch(() => undefined);
    built ??= await buildPhase(run, source);
    const signing = await signingReady;
    const compared = await comparePhase(run, repository, built, plan);
    const stored = compared?.unchanged ?? (await pushPhase(run, repository, built));
    const signature = signing
      ? await signPhase(run, signing, repository, stored.manifest, target)
      : undefined;
    const tags = await promotePhase(run, repository, stored, plan);
    return publishResult(planned, {
      digest: stored.manifest.digest,
      tags,
      pushed: stored.pushed,
      unchangedSince: stored.unchangedSince,
      size: built.layer.size,
      fileCount: built.fileCount,
      signature,
      review: compared?.review,
    });
  } finally {
    // The layer file, whether the run pushed it, found it published, or stopped before.
    await built?.dispose();
  }
}
