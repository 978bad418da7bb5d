// An attempt that stops moving is abandoned. Without this, a registry (or a proxy in front of it)
// that stalls holds the run for undici's 300 s header timeout, once per attempt. The clock measures
// silence, not duration: a large upload may take as long as it needs while bytes keep flowing.

/** Aborts `signal` when `touch()` has not been called for `ms`. */
export class ProgressTimeout {
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly ms: number) {
    this.touch();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Something moved: the silence starts over. */
  readonly touch = (): void => {
    clearTimeout(this.timer);
    // A TimeoutError, which the retry policy counts as transient.
    const reason = new DOMException(`no byte moved for ${this.ms / 1000} s`, 'TimeoutError');
    this.timer = setTimeout(() => this.controller.abort(reason), this.ms);
    this.timer.unref();
  };

  stop(): void {
    clearTimeout(this.timer);
  }
}
