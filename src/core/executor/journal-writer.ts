/**
 * Sends state changes to the job journal in the order they happen. Writes never reject: a journal that cannot
 * write must not stop license changes half-way; failures are counted and reported with the result.
 */
import type { FailureReason } from '../types.js';
import type { JournalPort, KeyedOperation, OperationState } from './ports.js';

export class JournalWriter {
  private readonly pending = new Set<Promise<void>>();
  private failureCount = 0;

  constructor(
    private readonly jobId: string,
    private readonly journal: JournalPort | undefined,
  ) {}

  get enabled(): boolean {
    return this.journal !== undefined;
  }

  get failures(): number {
    return this.failureCount;
  }

  record(keyed: KeyedOperation, state: OperationState, attempts: number, reason?: FailureReason): Promise<void> {
    const journal = this.journal;
    if (!journal) return Promise.resolve();
    let write: Promise<void>;
    try {
      write = Promise.resolve(
        journal.record(this.jobId, {
          userId: keyed.operation.userId,
          requestId: keyed.requestId,
          state,
          attempts,
          ...(reason ? { reason } : {}),
        }),
      );
    } catch (error) {
      write = Promise.reject(error);
    }
    const settled = write.then(
      () => undefined,
      () => {
        this.failureCount += 1;
      },
    );
    this.pending.add(settled);
    void settled.then(() => this.pending.delete(settled));
    return settled;
  }

  /** Resolves when every write issued so far has settled. */
  async flushed(): Promise<void> {
    await Promise.all([...this.pending]);
  }
}
