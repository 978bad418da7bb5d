// Preloaded into the action's Node process under act (support/act.ts, through NODE_OPTIONS):
// appends everything the process writes to stdout and stderr, in order, to $STEP_OUTPUT_TAP.
//
// Why: act (v0.2.89, host mode) reads a step's output through a pseudo-terminal and, when the
// step's process exits non-zero, stops reading as soon as the process is reaped
// (pkg/container/host_environment.go, exec: `if err != nil { return err }` before it waits for the
// copy), so the last lines of a failing step (its error annotation) are sometimes missing from
// act's log on a busy machine. GitHub's runner reads them all. The tap keeps the tests' view of
// what the step printed whole; what act did with it (masks, outputs, summary) is still act's.
import { appendFileSync } from 'node:fs';
import process from 'node:process';

const tap = process.env.STEP_OUTPUT_TAP;
if (tap) {
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    stream.write = (chunk, ...rest) => {
      appendFileSync(tap, chunk);
      return write(chunk, ...rest);
    };
  }
}
