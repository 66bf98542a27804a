/** The executor scenarios of the benchmark, each against its own reference server process. */
import { runJob } from '../../src/core/executor/executor.js';
import type { JobResult } from '../../src/core/executor/job.js';
import type { BackendKind } from '../../src/backend/backend.js';
import { assignAll, audit, backendFor, bulkFixture, lostAndDoubled, productsToGive } from '../node/executor/tenant.js';
import { startServerProcess, type ServerProcessOptions } from './server-process.js';

export interface JobFigures {
  readonly wallSeconds: number;
  /** Calls the executor made (a $batch counts once). */
  readonly requests: number;
  /** HTTP requests that left the client during the job, the adapters' own read retries included. */
  readonly httpRequests: number;
  readonly throttled: number;
  readonly retries: number;
  readonly succeeded: number;
  readonly failed: number;
  readonly lost?: number;
  readonly doubled?: number;
}

export interface JobScenario {
  readonly users: number;
  readonly productsEach: number;
  readonly kind: BackendKind;
  readonly server: ServerProcessOptions;
  /** Compare the server's final state and audit with the plan afterwards. */
  readonly verify?: boolean;
  /** Send one request per user, one after another, instead of running the executor. */
  readonly naive?: boolean;
}

export async function measureJob(scenario: JobScenario): Promise<JobFigures> {
  const server = await startServerProcess(bulkFixture(scenario.users), scenario.server);
  try {
    let httpRequests = 0;
    const counting: typeof fetch = (input, init) => {
      httpRequests += 1;
      return fetch(input, init);
    };
    const backend = backendFor(scenario.kind, server.url, { timeoutMs: 30_000, fetch: counting });
    const products = await productsToGive(backend, scenario.users, scenario.productsEach);
    const operations = assignAll(scenario.users, products);
    const before = await audit(server.url);
    httpRequests = 0;
    const started = performance.now();
    let result: JobResult | null = null;
    let naiveFailed = 0;
    if (scenario.naive) {
      for (const keyed of operations) {
        const [answer] = await backend.applier.apply([keyed]);
        if (answer?.status !== 'succeeded') naiveFailed += 1;
      }
    } else {
      result = await runJob({ jobId: 'bench', operations, applier: backend.applier });
    }
    const wallSeconds = (performance.now() - started) / 1000;
    const sent = httpRequests;
    const after = await audit(server.url);
    const verdict = scenario.verify ? await lostAndDoubled(server.url, operations) : undefined;
    const failed = result ? result.progress.failed : naiveFailed;
    return {
      wallSeconds,
      requests: result ? result.requestsSent : operations.length,
      httpRequests: sent,
      throttled: after.throttled - before.throttled,
      retries: result ? result.progress.retries : 0,
      succeeded: operations.length - failed,
      failed,
      ...(verdict ?? {}),
    };
  } finally {
    await server.close();
  }
}
