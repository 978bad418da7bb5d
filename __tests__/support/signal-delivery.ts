// Whether a signal sent to a process has reached it, read from the kernel rather than guessed with a
// sleep. Node handles a signal in two steps: the kernel runs libuv's handler, which only writes to
// a pipe the event loop watches, then the loop calls the process's 'SIGINT'/'SIGTERM' listeners.
// Once the kernel no longer lists the signal as pending (proc(5): SigPnd, ShdPnd), the pipe is
// readable, so anything that becomes readable after that point (an answer written to a socket) is
// seen by the loop after the signal: epoll reports descriptors in the order they became ready.
import { readFile } from 'node:fs/promises';
import { constants } from 'node:os';

/** Resolves once `signal` is no longer pending for process `pid` (or the process has ended). */
export async function signalDelivered(pid: number, signal: NodeJS.Signals): Promise<void> {
  const bit = 1n << BigInt(constants.signals[signal] - 1);
  for (;;) {
    let status: string;
    try {
      status = await readFile(`/proc/${pid}/status`, 'utf8');
    } catch {
      return; // ended: nothing is pending any more
    }
    const pending = ['SigPnd', 'ShdPnd'].some((field) => {
      const hex = new RegExp(`^${field}:\\s*([0-9a-f]+)$`, 'm').exec(status)?.[1];
      return hex !== undefined && (BigInt(`0x${hex}`) & bit) !== 0n;
    });
    if (!pending) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
