/** Turns what went wrong with one write into the executor's ApplyResult. */
import type { ApplyResult } from '../core/executor/ports.js';
import type { FailureKind } from '../core/types.js';
import { BackendError } from './errors.js';

/** Kinds worth sending again (same request id): the service was busy or the answer was lost. */
const RETRYABLE: ReadonlySet<FailureKind> = new Set<FailureKind>(['throttled', 'unavailable']);

export function failedResult(error: unknown): ApplyResult {
  if (!(error instanceof BackendError)) {
    const message = error instanceof Error ? error.message : String(error);
    return { status: 'failed', reason: { kind: 'other', message }, retryable: false };
  }
  // An unreadable answer to a write may hide a success; re-reading the user's licenses settles it.
  const retryable = RETRYABLE.has(error.kind) || (error.kind === 'malformed-response' && error.ambiguous === true);
  return {
    status: 'failed',
    reason: error.toFailureReason(),
    retryable,
    ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
    ...(error.ambiguous ? { ambiguous: true } : {}),
  };
}
