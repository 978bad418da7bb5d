// Read-modify-write of a shared manifest (a referrers index, a cosign `.sig` manifest) on
// registries that ignore If-Match (distribution among them, measured): a concurrent writer that
// read before our write lands over it within about the time our own round trip took. So after each
// write we wait at least that long (with jitter), read back, and go round again if our change was
// lost.

export interface WriteUntilKeptOptions {
  /** Rounds before giving up. */
  attempts: number;
  /** The least time to let concurrent writers land before reading back. */
  settleMs: number;
  /**
   * Reads, merges our change in and writes. `false` means the write was refused as stale (an
   * If-Match the registry did honour): read and merge again at once.
   */
  write(): Promise<boolean>;
  /** Reads back: does what is there now hold our change? */
  kept(): Promise<boolean>;
  /** Called when a round lost our change, before the next one. */
  onLost?(reason: 'stale' | 'overwritten'): void;
}

/** Runs rounds until the change is kept; `false` when `attempts` rounds all lost it. */
export async function writeUntilKept(options: WriteUntilKeptOptions): Promise<boolean> {
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    const started = Date.now();
    if (!(await options.write())) {
      options.onLost?.('stale');
      continue;
    }
    const settle = Math.max(options.settleMs, 2 * (Date.now() - started));
    await new Promise((resolve) => setTimeout(resolve, settle + Math.random() * settle));
    if (await options.kept()) return true;
    options.onLost?.('overwritten');
  }
  return false;
}
