/** The history list and the job the page left running (the extension's panel was closed), read from the journal. */
import { summaryOf } from './job-summary.js';
import type { SessionCore } from './session-core.js';
import { toViewError } from './view-error.js';

export class JobHistory {
  /** `runningJobId`: the job this session runs now, which is not "left behind". */
  constructor(private readonly core: SessionCore & { readonly customerId: string }, private readonly runningJobId: () => string | null) {}

  async load(): Promise<void> {
    const { core } = this;
    const journal = core.store?.journal;
    if (!journal) return;
    try {
      const [interrupted, history] = await Promise.all([journal.findInterrupted(core.customerId), journal.history(core.customerId)]);
      const newest = [...interrupted].sort((a, b) => b.startedAt - a.startedAt)[0];
      core.update((model) => ({
        ...model,
        interruptedJob: newest && newest.jobId !== this.runningJobId() ? summaryOf(newest) : null,
        history: history.map(summaryOf),
      }));
    } catch (error) {
      core.report(toViewError(error, 'storage'));
    }
  }
}
