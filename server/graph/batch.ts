/**
 * Graph JSON batching: up to 20 inner requests with unique string ids, each throttled and given injected 503s on
 * its own, answered in a shuffled order (seeded) under an outer 200. `dependsOn` orders items; a failed dependency
 * gives 424. Dropped connections are the outer request's (pipeline.ts): all items' answers are lost at once.
 */
import type { ServerContext } from '../context.js';
import { graphError } from '../errors.js';
import type { ApiRequest, Outcome, Reply } from '../http-types.js';
import { isObject, jsonBody } from '../http-types.js';
import { shuffled } from '../prng.js';

const MAX_REQUESTS = 20;
const METHODS = new Set(['GET', 'POST', 'PATCH', 'PUT', 'DELETE']);

interface BatchItem {
  readonly id: string;
  readonly request: ApiRequest;
  readonly dependsOn: readonly string[];
}

type Parsed = { readonly ok: true; readonly items: readonly BatchItem[] } | { readonly ok: false; readonly message: string };

function innerHeaders(value: unknown): Record<string, string> | null {
  if (value === undefined) return {};
  if (!isObject(value)) return null;
  const out: Record<string, string> = {};
  for (const [name, text] of Object.entries(value)) {
    if (typeof text !== 'string') return null;
    out[name.toLowerCase()] = text;
  }
  return out;
}

function parseItem(value: unknown, index: number, outer: ApiRequest): BatchItem | string {
  if (!isObject(value)) return `requests[${index}] must be an object.`;
  const { id, method, url, body, dependsOn } = value;
  if (typeof id !== 'string' || id === '') return `requests[${index}].id must be a non-empty string.`;
  if (typeof method !== 'string' || !METHODS.has(method.toUpperCase())) return `Request id '${id}': method must be one of ${[...METHODS].join(', ')}.`;
  if (typeof url !== 'string' || url === '' || /^[a-z][a-z0-9+.-]*:/i.test(url)) return `Request id '${id}': url must be a relative URL such as /users.`;
  const headers = innerHeaders(value['headers']);
  if (headers === null) return `Request id '${id}': headers must be an object of strings.`;
  if (body !== undefined && headers['content-type'] === undefined) return `Write request id : ${id} does not contain Content-Type header or body.`;
  if (dependsOn !== undefined && (!Array.isArray(dependsOn) || dependsOn.some((other) => typeof other !== 'string'))) {
    return `Request id '${id}': dependsOn must be an array of request ids.`;
  }
  const [pathPart = '', queryPart = ''] = url.split(/\?(.*)/s);
  const path = `/v1.0${pathPart.startsWith('/') ? '' : '/'}${pathPart}`;
  const request: ApiRequest = {
    method: method.toUpperCase(),
    path,
    query: new URLSearchParams(queryPart),
    headers,
    body: body === undefined ? null : { json: body },
    origin: outer.origin,
  };
  return { id, request, dependsOn: (dependsOn as string[] | undefined) ?? [] };
}

/** Items in an order where each comes after what it depends on; null when dependsOn is unknown or circular. */
function ordered(items: readonly BatchItem[]): BatchItem[] | string {
  const byId = new Map(items.map((item) => [item.id, item]));
  for (const item of items) {
    const unknown = item.dependsOn.find((other) => !byId.has(other) || other === item.id);
    if (unknown !== undefined) return `Request id '${item.id}' depends on an unknown request id '${unknown}'.`;
  }
  const done = new Set<string>();
  const out: BatchItem[] = [];
  while (out.length < items.length) {
    const ready = items.find((item) => !done.has(item.id) && item.dependsOn.every((other) => done.has(other)));
    if (!ready) return 'The dependsOn references in the batch form a cycle.';
    done.add(ready.id);
    out.push(ready);
  }
  return out;
}

function parseBatch(request: ApiRequest): Parsed {
  const body = jsonBody(request);
  if (!body.ok) return { ok: false, message: body.message };
  const requests = isObject(body.value) ? body.value['requests'] : undefined;
  if (!Array.isArray(requests)) return { ok: false, message: 'Invalid batch payload format: expected { "requests": [...] }.' };
  if (requests.length === 0) return { ok: false, message: 'The batch must contain at least one request.' };
  if (requests.length > MAX_REQUESTS) return { ok: false, message: `Number of requests exceeds the limit of ${MAX_REQUESTS}.` };
  const items: BatchItem[] = [];
  const ids = new Set<string>();
  for (const [index, value] of requests.entries()) {
    const item = parseItem(value, index, request);
    if (typeof item === 'string') return { ok: false, message: item };
    if (ids.has(item.id)) return { ok: false, message: `Batch request ids must be unique; '${item.id}' is repeated.` };
    ids.add(item.id);
    items.push(item);
  }
  const order = ordered(items);
  return typeof order === 'string' ? { ok: false, message: order } : { ok: true, items: order };
}

function itemResponse(id: string, reply: Reply): Record<string, unknown> {
  return {
    id,
    status: reply.status,
    headers: { ...(reply.body === undefined ? {} : { 'Content-Type': 'application/json' }), ...reply.headers },
    ...(reply.body === undefined ? {} : { body: reply.body }),
  };
}

export async function runBatch(context: ServerContext, request: ApiRequest, handle: (inner: ApiRequest) => Promise<Outcome>): Promise<Outcome> {
  const parsed = parseBatch(request);
  if (!parsed.ok) return { reply: graphError(request, 400, 'BadRequest', parsed.message), drop: false };
  const statuses = new Map<string, number>();
  const responses: Record<string, unknown>[] = [];
  for (const item of parsed.items) {
    let reply: Reply;
    const failed = item.dependsOn.find((other) => (statuses.get(other) ?? 0) >= 400);
    if (failed !== undefined) {
      reply = graphError(item.request, 424, 'FailedDependency', `Request id '${item.id}' was not run because request '${failed}' failed.`);
    } else if (/^\/v1\.0\/\$batch\/?$/i.test(item.request.path)) {
      reply = graphError(item.request, 400, 'BadRequest', 'A $batch request cannot contain another $batch.');
    } else {
      reply = (await handle(item.request)).reply;
    }
    statuses.set(item.id, reply.status);
    responses.push(itemResponse(item.id, reply));
  }
  return { reply: { status: 200, body: { responses: shuffled(responses, context.batchRandom) } }, drop: false };
}
