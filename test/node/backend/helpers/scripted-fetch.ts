/**
 * A `fetch` that answers from a script of recorded exchanges (the public docs' examples) and keeps every request,
 * so a test can check the exact URL, headers and body an adapter sent. Used where the docs' own host names matter.
 */
export interface SentRequest {
  readonly method: string;
  readonly url: string;
  /** Lower-cased names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

export interface ScriptedAnswer {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** Serialised as JSON unless it is a string. */
  readonly body?: unknown;
}

export type Script = (request: SentRequest) => ScriptedAnswer;

/**
 * `unrecorded`: requests answered but not kept (e.g. the Graph adapter's tenant check, so `sent[0]` stays the
 * request a test is about).
 */
export function scriptedFetch(script: Script, unrecorded: (request: SentRequest) => boolean = () => false): { fetch: typeof fetch; sent: SentRequest[] } {
  const sent: SentRequest[] = [];
  const fake = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, name) => { headers[name] = value; });
    const text = typeof init?.body === 'string' ? init.body : undefined;
    const request: SentRequest = {
      method: init?.method ?? 'GET',
      url: typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      headers,
      body: text === undefined ? undefined : (JSON.parse(text) as unknown),
    };
    if (!unrecorded(request)) sent.push(request);
    const answer = script(request);
    const body = answer.body === undefined ? null : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    return new Response(body, { status: answer.status, headers: { 'Content-Type': 'application/json', ...answer.headers } });
  };
  return { fetch: fake, sent };
}

/** A script that answers each request with the first rule whose test matches; anything else is a test failure (404). */
export function byUrl(rules: readonly (readonly [(request: SentRequest) => boolean, ScriptedAnswer])[]): Script {
  return (request) => rules.find(([test]) => test(request))?.[1] ?? { status: 599, body: { note: `unscripted ${request.method} ${request.url}` } };
}

/** The Graph adapter's tenant check (`GET /v1.0/organization`). */
export const isTenantCheck = (request: { readonly url: string }): boolean => new URL(request.url, 'http://x').pathname.endsWith('/v1.0/organization');

/** Answers the tenant check for `tenantId`, and everything else with `script`. */
export function inTenant(tenantId: string, script: Script): Script {
  return (request) => (isTenantCheck(request) ? { status: 200, body: { value: [{ id: tenantId, displayName: 'Contoso' }] } } : script(request));
}
