/**
 * The bulk executor: `runJob` applies many users' license changes through an ApplyPort, fast but within
 * what the service accepts, and reports honestly what happened to each one. Pure TypeScript, no DOM, no
 * network of its own; time comes from the injected clock (tests) or the platform's.
 */
import type { JobRequest, JobResult } from './job.js';
import { systemNow, systemSleep } from './clock.js';
import { DEFAULT_CONCURRENCY } from './concurrency.js';
import { JobRun } from './job-run.js';
import { DEFAULT_MAX_ATTEMPTS } from './retry.js';

/** A job that cannot run as given; the message names what is wrong. */
export class InvalidJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidJobError';
  }
}

export async function runJob(request: JobRequest): Promise<JobResult> {
  validate(request);
  const options = request.options ?? {};
  const max = options.maxConcurrency ?? DEFAULT_CONCURRENCY.max;
  const initial = Math.min(max, options.initialConcurrency ?? DEFAULT_CONCURRENCY.initial);
  const run = new JobRun(request, {
    concurrency: { initial, min: DEFAULT_CONCURRENCY.min, max },
    maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    maxBatchSize: request.applier.maxBatchSize,
    now: options.now ?? systemNow,
    sleep: options.sleep ?? systemSleep,
    random: options.random ?? Math.random,
    checkFirst: new Set(request.checkFirst ?? []),
    priorAttempts: request.priorAttempts ?? new Map(),
  });
  return run.run();
}

function validate(request: JobRequest): void {
  if (!request.jobId) throw new InvalidJobError('The job has no id.');
  const batch = request.applier.maxBatchSize;
  if (!Number.isInteger(batch) || batch < 1) {
    throw new InvalidJobError(`The backend's largest batch must be a whole number of at least 1, got ${batch}.`);
  }
  const options = request.options ?? {};
  positiveWhole('maxAttempts', options.maxAttempts);
  positiveWhole('initialConcurrency', options.initialConcurrency);
  positiveWhole('maxConcurrency', options.maxConcurrency);
  const requestIds = new Set<string>();
  const userIds = new Set<string>();
  for (const [index, keyed] of request.operations.entries()) {
    if (!keyed.requestId) throw new InvalidJobError(`Operation ${index} has no request id.`);
    if (requestIds.has(keyed.requestId)) {
      throw new InvalidJobError(`Request id ${keyed.requestId} is used by more than one operation.`);
    }
    // Two operations for one user could overtake each other; a plan sends all of a user's changes together.
    if (userIds.has(keyed.operation.userId)) {
      throw new InvalidJobError(`User ${keyed.operation.userId} has more than one operation in the job.`);
    }
    requestIds.add(keyed.requestId);
    userIds.add(keyed.operation.userId);
  }
}

function positiveWhole(name: string, value: number | undefined): void {
  if (value !== undefined && (!Number.isInteger(value) || value < 1)) {
    throw new InvalidJobError(`Option ${name} must be a whole number of at least 1, got ${value}.`);
  }
}
