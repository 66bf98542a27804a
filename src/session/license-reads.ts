/**
 * Reads the licenses of selected users that the users list did not bring (Partner Center lists users without
 * them), once, in the background as they are selected, so "Manage licenses" can show at once. One chunk is in
 * flight at a time (the adapter spreads a chunk over its own parallel reads); a failure stops the reading and
 * leaves the rest to "Manage licenses", which reads what is still unknown and says what failed.
 */
import type { HeldLicense, UserId } from '../core/types.js';
import type { SessionCore } from './session-core.js';

/** Users per getLicenses call: enough to keep the adapter's parallel reads busy, small enough to show progress. */
const CHUNK = 60;

export class LicenseReads {
  private readonly queue: UserId[] = [];
  private readonly queued = new Set<UserId>();
  private running: Promise<void> | null = null;
  private request: AbortController | null = null;

  constructor(
    private readonly core: SessionCore,
    private readonly apply: (licenses: ReadonlyMap<UserId, readonly HeldLicense[]>) => void,
  ) {}

  /** Queues the users whose licenses are not known yet and starts reading them; resolves when all are read. */
  want(userIds: Iterable<UserId>): Promise<void> {
    const known = this.core.model().licensesReadAt;
    for (const userId of userIds) {
      if (known.has(userId) || this.queued.has(userId)) continue;
      this.queue.push(userId);
      this.queued.add(userId);
    }
    if (this.queue.length > 0) this.running ??= this.drain().finally(() => { this.running = null; });
    return this.idle();
  }

  /** Resolves when nothing is queued or being read. */
  idle(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  dispose(): void {
    this.request?.abort();
    this.queue.length = 0;
    this.queued.clear();
  }

  private async drain(): Promise<void> {
    const request = new AbortController();
    this.request = request;
    while (this.queue.length > 0 && !request.signal.aborted) {
      const chunk = this.queue.splice(0, CHUNK);
      for (const userId of chunk) this.queued.delete(userId);
      const { selection, licensesReadAt } = this.core.model();
      // Users cleared from the selection meanwhile, or read by someone else, are not read.
      const wanted = chunk.filter((userId) => selection.ids.has(userId) && !licensesReadAt.has(userId));
      if (wanted.length === 0) continue;
      try {
        const licenses = await this.core.backend.getLicenses(wanted, request.signal);
        if (!request.signal.aborted) this.apply(licenses);
      } catch {
        this.queue.length = 0;
        this.queued.clear();
      }
    }
  }
}
