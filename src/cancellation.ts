// A cancelled run: the Actions runner sends SIGINT, then SIGTERM 7.5 s later, then SIGKILL. On the
// first signal the run stops sending requests (those in flight are abandoned), gives back what it
// holds open in the registry (upload sessions, which would otherwise keep their partial data until
// the registry purges them), and exits, all well inside that grace period. Nothing else needs
// undoing: tags move last, once everything they point at is stored.
import { setMaxListeners } from 'node:events';
import { constants } from 'node:os';
import { UserError, ErrorCode } from './errors.js';

/** Gives back something held open; never throws. */
type Cleanup = () => Promise<void>;

const cleanups = new Set<Cleanup>();
const controller = new AbortController();
// Every request in flight listens (and stops listening once done): no leak to warn about.
setMaxListeners(0, controller.signal);

/** Aborted once the run is cancelled: no request starts after it, in-flight ones are dropped. */
export const cancelled: AbortSignal = controller.signal;

/** The error every request of a cancelled run fails with. */
export class CancelledError extends UserError {
  constructor(reason: string) {
    super(ErrorCode.CANCELLED, `The run was cancelled (${reason}).`);
  }
}

/** Registers `cleanup` to run if the run is cancelled; call the returned function once it is not needed. */
export function onCancel(cleanup: Cleanup): () => void {
  cleanups.add(cleanup);
  return () => void cleanups.delete(cleanup);
}

/** Cancels the run: aborts `cancelled`, then runs every cleanup, for at most `timeoutMs`. */
export async function cancel(reason: string, timeoutMs: number): Promise<void> {
  controller.abort(new CancelledError(reason));
  const pending = [...cleanups].map((cleanup) => cleanup());
  cleanups.clear();
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.allSettled(pending),
    new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs))),
  ]);
  clearTimeout(timer);
}

/** How long the cleanups may take: well inside the 7.5 s before the runner's next signal. */
const CLEANUP_MS = 3_000;

/**
 * On SIGINT or SIGTERM: cancel, then `report` the signal and exit with 128 + its number. A second
 * signal while cleaning up exits at once.
 */
export function exitWhenCancelled(report: (signal: NodeJS.Signals) => void): void {
  let cancelling = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      const code = 128 + constants.signals[signal];
      if (cancelling) process.exit(code);
      cancelling = true;
      void cancel(signal, CLEANUP_MS).finally(() => {
        report(signal);
        process.exit(code);
      });
    });
  }
}
