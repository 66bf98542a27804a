/**
 * A Web Lock per running job, held by the page that runs it. When that page closes, the browser releases the
 * lock, which is how a job left 'running' is told apart from one still running in another panel or tab.
 */
const PREFIX = 'license-manager:job:';

function lockManager(): LockManager | null {
  return typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : null;
}

export class RunningJobLocks {
  readonly #releases = new Map<string, () => void>();

  /** Holds the job's lock until release(); resolves once held (or at once when another page holds it). */
  hold(jobId: string): Promise<void> {
    const locks = lockManager();
    if (!locks || this.#releases.has(jobId)) return Promise.resolve();
    let release = (): void => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.#releases.set(jobId, release);
    return new Promise<void>((granted) => {
      locks
        .request(PREFIX + jobId, { ifAvailable: true }, async (lock) => {
          granted();
          if (lock === null) {
            this.#releases.delete(jobId);
            return;
          }
          await released;
        })
        .catch(() => {
          this.#releases.delete(jobId);
          granted();
        });
    });
  }

  release(jobId: string): void {
    this.#releases.get(jobId)?.();
    this.#releases.delete(jobId);
  }

  releaseAll(): void {
    for (const jobId of [...this.#releases.keys()]) this.release(jobId);
  }

  /** Job ids whose lock some page of this extension (or site) holds right now. */
  async heldAnywhere(): Promise<ReadonlySet<string>> {
    const locks = lockManager();
    if (!locks) return new Set(this.#releases.keys());
    const snapshot = await locks.query();
    const held = new Set<string>();
    for (const lock of snapshot.held ?? []) {
      if (lock.name?.startsWith(PREFIX)) held.add(lock.name.slice(PREFIX.length));
    }
    return held;
  }
}
