/** The executor's own failure reasons, for answers that never came or cannot be trusted. */
import type { FailureReason } from '../types.js';
import type { ApplyResult } from './ports.js';
import { cappedRetryAfter } from './retry.js';

/** The adapter threw instead of answering: nobody knows whether the service acted on it. */
export function lostAnswer(error: unknown): ApplyResult {
  return {
    status: 'failed',
    reason: { kind: 'unavailable', message: `The request failed without an answer (${errorText(error)})` },
    retryable: true,
    ambiguous: true,
  };
}

export function missingAnswer(got: number, sent: number): ApplyResult {
  return {
    status: 'failed',
    reason: { kind: 'malformed-response', message: `${got} answers for ${sent} operations` },
    retryable: true,
    ambiguous: true,
  };
}

export function notConfirmed(why: string): FailureReason {
  return { kind: 'unavailable', message: `May or may not have been applied: ${why}. Check this user's licenses.` };
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A failed read's error comes from the backend; core knows no backend class, so two fields are read by shape. */
export function isThrottledError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { kind, httpStatus } = error as { kind?: unknown; httpStatus?: unknown };
  return kind === 'throttled' || httpStatus === 429;
}

/** A read refused for good (user gone, access denied) is not asked again; anything else may be. */
export function readMayRetry(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return true;
  const { kind } = error as { kind?: unknown };
  return kind !== 'not-found' && kind !== 'forbidden' && kind !== 'invalid-request';
}

export function retryAfterOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { retryAfterSeconds } = error as { retryAfterSeconds?: unknown };
  return typeof retryAfterSeconds === 'number' && retryAfterSeconds > 0 ? cappedRetryAfter(retryAfterSeconds) : undefined;
}
