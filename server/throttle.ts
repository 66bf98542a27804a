/**
 * Per-tenant token buckets for --rate-limit: each tenant may make `rate` requests per second, with a burst of
 * one second's worth. Past it the caller is told how many whole seconds to wait (Retry-After, at least 1).
 */
export type ThrottleDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class Throttle {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly ratePerSecond: number | undefined,
    private readonly now: () => number = () => performance.now(),
  ) {}

  take(tenant: string): ThrottleDecision {
    const rate = this.ratePerSecond;
    if (rate === undefined || rate <= 0) return { allowed: true };
    const capacity = Math.max(1, rate);
    const now = this.now();
    const bucket = this.buckets.get(tenant) ?? { tokens: capacity, updatedAt: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.updatedAt) / 1000) * rate);
    bucket.updatedAt = now;
    this.buckets.set(tenant, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / rate)) };
  }
}
