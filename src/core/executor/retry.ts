/**
 * Which failures may be sent again, and how long to wait first. Only failures the service did not act on
 * (throttled, unavailable, dropped connection, timeout) are retried; a licensing rule violation never is,
 * whatever the adapter said, because sending it again cannot change the answer.
 */
import type { FailureKind, FailureReason } from '../types.js';
import type { ApplyResult } from './ports.js';

export const DEFAULT_MAX_ATTEMPTS = 6;

/**
 * The longest Retry-After the executor honours. A service may ask for hours (or for more than `setTimeout` can
 * hold, about 24.8 days); past this the admin is better served by a retry they can see and cut short.
 */
export const MAX_RETRY_AFTER_SECONDS = 300;

export interface BackoffPolicy {
  /** First retry waits up to this long (full jitter: anywhere between 0 and the cap of that attempt). */
  readonly baseMs: number;
  /** No single wait is longer than this, unless the service asked for longer (Retry-After). */
  readonly capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 200, capMs: 20_000 };

/** Answers that stay the same however often they are asked. */
const NEVER_RETRIED: ReadonlySet<FailureKind> = new Set<FailureKind>([
  'not-enough-licenses',
  'mutually-exclusive',
  'dependency',
  'unavailable-in-location',
  'usage-location-missing',
  'uniqueness',
  'not-found',
  'forbidden',
  'invalid-request',
  'cancelled',
]);

type Failure = Extract<ApplyResult, { status: 'failed' }>;

export function mayRetry(failure: Failure): boolean {
  return failure.retryable && !NEVER_RETRIED.has(failure.reason.kind);
}

/** Seconds of Retry-After as the executor honours them: at most `MAX_RETRY_AFTER_SECONDS`. */
export function cappedRetryAfter(seconds: number | undefined): number | undefined {
  return seconds === undefined ? undefined : Math.min(seconds, MAX_RETRY_AFTER_SECONDS);
}

/** The same failure with its Retry-After capped. */
export function withCappedWait(result: ApplyResult): ApplyResult {
  if (result.status !== 'failed' || result.retryAfterSeconds === undefined || result.retryAfterSeconds <= MAX_RETRY_AFTER_SECONDS) return result;
  return { ...result, retryAfterSeconds: MAX_RETRY_AFTER_SECONDS };
}

/** 429: the service is rationing requests; the whole job should slow down, not only this operation. */
export function isThrottled(reason: FailureReason): boolean {
  return reason.kind === 'throttled' || reason.httpStatus === 429;
}

/**
 * The service asked for less: a 429, or a 503 that says when to come back. Fewer requests should be in flight
 * at once whatever else happens around it.
 */
export function asksForLess(failure: Failure): boolean {
  return isThrottled(failure.reason) || (failure.reason.httpStatus === 503 && failure.retryAfterSeconds !== undefined);
}

/**
 * A failure the service gave no reason for (a 5xx, a dropped connection, a timeout): bad luck when it stands
 * alone, overload when many cluster in time (`OverloadDetector`).
 */
export function isUnexplained(failure: Failure): boolean {
  return failure.reason.kind === 'unavailable' && !asksForLess(failure);
}

/** Exponential backoff with full jitter: uniform in [0, min(cap, base * 2^(attempt-1))]. */
export function backoffMs(attempt: number, random: () => number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  const exponent = Math.max(0, Math.min(30, attempt - 1));
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** exponent);
  return Math.max(0, Math.min(1, random())) * ceiling;
}

/**
 * Wait before the next attempt of one operation. When the service said Retry-After, never earlier than that;
 * the jitter on top spreads the retried operations so they do not return in one burst.
 */
export function retryDelayMs(
  attempt: number,
  retryAfterSeconds: number | undefined,
  random: () => number,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
): number {
  const jittered = backoffMs(attempt, random, policy);
  if (retryAfterSeconds === undefined || !(retryAfterSeconds > 0)) return jittered;
  return retryAfterSeconds * 1000 + Math.min(jittered, policy.baseMs);
}
