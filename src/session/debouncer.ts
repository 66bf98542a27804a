/**
 * Runs only the last call of a burst, `delayMs` after it (a search as the admin types). Every call's promise
 * settles once the call that replaced it, or it, has run, so a caller awaits "the answer to what was typed".
 */
export class Debouncer {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private settle: (() => void) | null = null;

  constructor(private readonly delayMs: number) {}

  run(work: () => Promise<void> | void): Promise<void> {
    this.cancel();
    return new Promise<void>((resolve) => {
      this.settle = resolve;
      this.timer = setTimeout(() => {
        this.timer = null;
        this.settle = null;
        Promise.resolve(work()).then(resolve, resolve);
      }, this.delayMs);
    });
  }

  /** Drops the call waiting to run; its promise settles now. */
  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.settle?.();
    this.settle = null;
  }
}
