/** Time for the executor: injected in tests, the platform's timers otherwise. No DOM needed. */

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export const systemNow = (): number => globalThis.performance?.now() ?? Date.now();

/** Resolves after `ms`, or early (resolving, not rejecting) when the signal aborts. */
export const systemSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) {
      resolve();
      return;
    }
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, Math.max(0, ms));
    signal?.addEventListener('abort', done, { once: true });
  });

/** Lets the scheduling loop sleep until something happens: a request returns, the job is cancelled. */
export class Wakeup {
  private resolveCurrent: (() => void) | null = null;
  private current: Promise<void> | null = null;

  notify(): void {
    const resolve = this.resolveCurrent;
    this.resolveCurrent = null;
    this.current = null;
    resolve?.();
  }

  next(): Promise<void> {
    if (!this.current) {
      this.current = new Promise<void>((resolve) => {
        this.resolveCurrent = resolve;
      });
    }
    return this.current;
  }
}
