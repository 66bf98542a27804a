/** The request and answer shapes every route works with, so $batch can run inner requests through the same code. */
import type { FixtureAgent } from './fixture.js';

export interface ApiRequest {
  readonly method: string;
  /** Path without query, e.g. "/v1/customers/abc/users". */
  readonly path: string;
  readonly query: URLSearchParams;
  /** Lower-cased header names. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** The request body: raw text from the socket, or an already parsed value (inner $batch requests). */
  readonly body: { readonly text: string } | { readonly json: unknown } | null;
  /** e.g. http://127.0.0.1:4010, for absolute links (Graph nextLink). */
  readonly origin: string;
}

export interface Reply {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** JSON body; undefined for no body (204). */
  readonly body?: unknown;
}

/** A reply, or an injected dropped connection (the request was run, no answer is sent). */
export interface Outcome {
  readonly reply: Reply;
  /** Destroy the connection instead of answering (injected fault). */
  readonly drop: boolean;
}

/** What a route sees beyond the request: who is calling. */
export interface Caller {
  readonly agent: FixtureAgent;
}

export function header(request: ApiRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return value === undefined || value === '' ? undefined : value;
}

export type ParsedBody = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

/** Parses the body as JSON; an empty body is `undefined`. */
export function jsonBody(request: ApiRequest): ParsedBody {
  if (request.body === null) return { ok: true, value: undefined };
  if ('json' in request.body) return { ok: true, value: request.body.json };
  if (request.body.text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(request.body.text) as unknown };
  } catch (error) {
    return { ok: false, message: `The request body is not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Looks a property up case-insensitively (Partner Center matches request names that way). */
export function field(value: Record<string, unknown>, name: string): unknown {
  const wanted = name.toLowerCase();
  for (const key of Object.keys(value)) if (key.toLowerCase() === wanted) return value[key];
  return undefined;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The segments of a path, decoded; null when a segment is not valid percent-encoding. */
export function segments(path: string): string[] | null {
  try {
    return path.split('/').filter((part) => part !== '').map((part) => decodeURIComponent(part));
  } catch {
    return null;
  }
}
