/**
 * fetch with what both services need: a fresh token per request (never stored), tracing headers, a per-request
 * timeout joined with the caller's AbortSignal, one deadline for a read across its retries, no redirects, typed
 * errors, and a few polite retries for reads (the executor's retry policy: core/executor/retry.ts).
 * Writes are never retried here: the executor owns that, with the operation's idempotency key.
 * Browser-safe: only fetch, Headers, AbortSignal and crypto.
 */
import { systemSleep, type Sleep } from '../core/executor/clock.js';
import { retryDelayMs } from '../core/executor/retry.js';
import type { BackendConfig, TokenProvider } from './backend.js';
import { BackendError, MalformedResponseError, parseRetryAfter, plainErrorText } from './errors.js';
import { newGuid } from './guid.js';

export type Dialect = 'partner-center' | 'graph';

/** What a non-2xx answer looked like, for the service's error mapper. */
export interface ErrorAnswer {
  readonly status: number;
  /** Parsed JSON, or the raw text when the body is not JSON. */
  readonly body: unknown;
  readonly headers: Headers;
  readonly retryAfterSeconds?: number;
  /** True for a write the service may have carried out (5xx other than 503). */
  readonly ambiguous: boolean;
}

export interface HttpClientOptions {
  readonly dialect: Dialect;
  readonly tokenProvider: TokenProvider;
  readonly fetch?: typeof fetch;
  /** Per request, in milliseconds (default 30 s). */
  readonly timeoutMs?: number;
  /** Attempts for a GET answered 429/5xx or lost on the way (default 3; 1 = no retry). */
  readonly readAttempts?: number;
  /** A read is not retried when the service asks for a longer wait than this (default 30 s). */
  readonly maxRetryWaitSeconds?: number;
  /** One read, all its attempts and waits together, ends by then, in milliseconds (default 35 s). */
  readonly readDeadlineMs?: number;
  readonly toError: (answer: ErrorAnswer) => BackendError;
  /** Resolves early when the signal aborts (core/executor/clock.ts). */
  readonly sleep?: Sleep;
  readonly random?: () => number;
}

/** The transport options an adapter takes from its configuration; the adapter adds its dialect and error mapping. */
export function transportOptions(
  config: BackendConfig,
  dialect: Dialect,
  toError: HttpClientOptions['toError'],
): HttpClientOptions {
  return {
    dialect,
    tokenProvider: config.tokenProvider,
    toError,
    ...(config.fetch ? { fetch: config.fetch } : {}),
    ...(config.timeoutMs !== undefined ? { timeoutMs: config.timeoutMs } : {}),
    ...(config.readAttempts !== undefined ? { readAttempts: config.readAttempts } : {}),
    ...(config.maxRetryWaitSeconds !== undefined ? { maxRetryWaitSeconds: config.maxRetryWaitSeconds } : {}),
    ...(config.readDeadlineMs !== undefined ? { readDeadlineMs: config.readDeadlineMs } : {}),
    ...(config.sleep ? { sleep: config.sleep } : {}),
  };
}

export interface JsonRequest {
  readonly method: 'GET' | 'POST' | 'PATCH';
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Sent as JSON. */
  readonly body?: unknown;
  readonly signal?: AbortSignal;
  /** Partner Center `MS-RequestId` / Graph `client-request-id`; fresh per request when absent. */
  readonly requestId?: string;
  /** A POST that only reads (a `$batch` of GETs): retried like a GET and never ambiguous. */
  readonly readOnly?: boolean;
  /** Attempts for this read when its caller retries on its own terms (1 = no retry here). */
  readonly attempts?: number;
}

export interface JsonAnswer {
  readonly status: number;
  readonly headers: Headers;
  /** Parsed JSON; null for an empty body. */
  readonly body: unknown;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_READ_DEADLINE_MS = 35_000;

export class HttpClient {
  /** One per adapter instance: every request of this session carries it (Partner Center `MS-CorrelationId`). */
  readonly correlationId = newGuid();
  private readonly doFetch: typeof fetch;
  private readonly sleep: Sleep;

  constructor(private readonly options: HttpClientOptions) {
    const impl = options.fetch ?? globalThis.fetch;
    // Called as a plain function: browsers throw "Illegal invocation" when fetch runs with another `this`.
    this.doFetch = (input, init) => impl(input, init);
    this.sleep = options.sleep ?? systemSleep;
  }

  async fetchJson(request: JsonRequest): Promise<JsonAnswer> {
    const read = request.method === 'GET' || request.readOnly === true;
    if (!read) return this.once(request, undefined);
    const attempts = Math.max(1, request.attempts ?? this.options.readAttempts ?? 3);
    // One deadline across attempts: a body that never ends must not cost the per-request timeout once per attempt.
    const deadlineMs = this.options.readDeadlineMs ?? DEFAULT_READ_DEADLINE_MS;
    const deadline = { signal: AbortSignal.timeout(deadlineMs), at: Date.now() + deadlineMs, ms: deadlineMs };
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once(request, deadline);
      } catch (error) {
        const waitMs = attempt < attempts ? this.retryWaitMs(error, attempt) : undefined;
        if (waitMs === undefined) throw error;
        if (Date.now() + waitMs >= deadline.at) throw pastDeadline(error, deadline);
        await this.sleep(waitMs, request.signal);
        if (request.signal?.aborted) throw cancelled(false);
      }
    }
  }

  /** The executor's backoff (core/executor/retry.ts), and never longer than the caller is willing to wait. */
  private retryWaitMs(error: unknown, attempt: number): number | undefined {
    if (!(error instanceof BackendError) || (error.kind !== 'throttled' && error.kind !== 'unavailable')) return undefined;
    if (error.retryAfterSeconds !== undefined && error.retryAfterSeconds > (this.options.maxRetryWaitSeconds ?? 30)) return undefined;
    return retryDelayMs(attempt, error.retryAfterSeconds, this.options.random ?? Math.random);
  }

  /**
   * One request. A 401 was not carried out: the token provider is asked once for a renewed token (expired or revoked
   * before its time) and the request sent again with it.
   */
  private async once(request: JsonRequest, deadline: Deadline | undefined): Promise<JsonAnswer> {
    try {
      return await this.send(request, deadline, false);
    } catch (error) {
      if (!(error instanceof BackendError) || error.httpStatus !== 401 || request.signal?.aborted) throw error;
      return this.send(request, deadline, true);
    }
  }

  private async send(request: JsonRequest, deadline: Deadline | undefined, tokenRejected: boolean): Promise<JsonAnswer> {
    const write = request.method !== 'GET' && !request.readOnly;
    if (request.signal?.aborted) throw cancelled(false);
    const headers = await this.headersFor(request, tokenRejected);
    const timeoutMs = this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = AbortSignal.any([timeout, ...(request.signal ? [request.signal] : []), ...(deadline ? [deadline.signal] : [])]);
    let status = 0;
    try {
      const response = await this.doFetch(request.url, {
        method: request.method,
        headers,
        ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
        // A redirect could take the token or the write elsewhere, or answer for another service: none is followed.
        redirect: 'manual',
        signal,
      });
      status = response.status;
      if (response.type === 'opaqueredirect' || (status >= 300 && status < 400)) throw redirected(request.url, response);
      const text = await response.text();
      if (response.ok) return { status, headers: response.headers, body: parseBody(text, status, write) };
      const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
      throw this.options.toError({
        status,
        body: parseLoosely(text),
        headers: response.headers,
        ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
        ambiguous: write && status >= 500 && status !== 503,
      });
    } catch (error) {
      if (error instanceof BackendError) throw error;
      // Lost on the way or while reading: a write may have been carried out.
      if (request.signal?.aborted) throw cancelled(write);
      const why = deadline?.signal.aborted
        ? `No complete answer within ${duration(deadline.ms)}, retries included`
        : timeout.aborted ? `No answer within ${duration(timeoutMs)}` : `Could not reach the service (${errorText(error)})`;
      const failure = new BackendError({ kind: 'unavailable', message: why, ambiguous: write, ...(status ? { httpStatus: status } : {}) });
      if (timeout.aborted) timedOut.add(failure);
      throw failure;
    }
  }

  private async headersFor(request: JsonRequest, tokenRejected: boolean): Promise<Record<string, string>> {
    let token: string;
    try {
      token = await (tokenRejected ? this.options.tokenProvider({ rejected: true }) : this.options.tokenProvider());
    } catch (error) {
      throw new BackendError({ kind: 'forbidden', message: `Could not get an access token (${errorText(error)})` });
    }
    const headers: Record<string, string> = { Accept: 'application/json', Authorization: `Bearer ${token}` };
    if (request.body !== undefined) headers['Content-Type'] = 'application/json';
    const requestId = request.requestId ?? newGuid();
    if (this.options.dialect === 'partner-center') {
      headers['MS-RequestId'] = requestId;
      headers['MS-CorrelationId'] = this.correlationId;
    } else {
      headers['client-request-id'] = requestId;
    }
    return { ...headers, ...request.headers };
  }
}

function parseBody(text: string, status: number, write: boolean): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const start = text.length > 40 ? `${text.slice(0, 37)}...` : text;
    throw new MalformedResponseError('', `expected JSON, got ${JSON.stringify(start)}`, { httpStatus: status, ambiguous: write });
  }
}

function parseLoosely(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return plainErrorText(text);
  }
}

/** Failures that were the per-request timeout, told apart from refused connections without matching their text. */
const timedOut = new WeakSet<BackendError>();

/**
 * A retry the deadline leaves no room for: when the service never answered, the admin is told of the deadline,
 * however slowly the attempts before it ran, not of the last attempt's own timeout.
 */
function pastDeadline(error: unknown, deadline: Deadline): unknown {
  if (!(error instanceof BackendError) || !timedOut.has(error)) return error;
  return new BackendError({ kind: 'unavailable', message: `No complete answer within ${duration(deadline.ms)}, retries included` });
}

interface Deadline {
  readonly signal: AbortSignal;
  /** Date.now() time it fires. */
  readonly at: number;
  readonly ms: number;
}

function duration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}

function redirected(url: string, response: Response): BackendError {
  const location = response.headers.get('Location');
  let where = 'another address';
  if (location) {
    try {
      where = new URL(location, url).href;
    } catch {
      where = JSON.stringify(location.slice(0, 80));
    }
  }
  return new BackendError({
    kind: 'malformed-response',
    message: `The service redirected to ${where}; redirects are not followed. Check the service address.`,
    ...(response.status ? { httpStatus: response.status } : {}),
  });
}

function cancelled(ambiguous: boolean): BackendError {
  return new BackendError({ kind: 'cancelled', message: 'Cancelled', ambiguous });
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** `https://host/` + `v1` → `https://host/v1`, without doubling a version the base already ends with. */
export function apiRoot(baseUrl: string, version: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  return base.endsWith(`/${version}`) ? base : `${base}/${version}`;
}
