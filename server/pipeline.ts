/**
 * One API request's way through the server: who is calling, which tenant it counts against, throttling,
 * injected faults, then the surface's routes. Inner $batch requests take the same way, each on its own.
 */
import { randomUUID } from 'node:crypto';
import { runBatch } from './graph/batch.js';
import type { ServerContext } from './context.js';
import { graphError, isGraph, partnerError, surfaceError } from './errors.js';
import type { FixtureAgent } from './fixture.js';
import { graphRoute } from './graph/routes.js';
import type { ApiRequest, Outcome, Reply } from './http-types.js';
import { resourceOfPath } from './identity/resources.js';
import { header, segments } from './http-types.js';
import { partnerCenterRoute } from './partner-center/routes.js';
import type { CustomerRecord } from './store.js';

function answer(reply: Reply): Outcome {
  return { reply, drop: false };
}

/**
 * The caller: a signed-in account's JWT (verified: signature, audience, expiry, tenant), or one of the fixture's
 * fixed tokens (scripts, benchmarks). Refusals are 401 with a Bearer challenge naming the sign-in.
 */
async function authenticate(context: ServerContext, request: ApiRequest): Promise<FixtureAgent | Reply> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header(request, 'authorization') ?? '');
  const token = match?.[1];
  const fixed = token ? context.store.agents.get(token) : undefined;
  if (fixed) return fixed;
  let refused: string | null = null;
  if (token && token.split('.').length === 3) {
    const verified = await context.identity.verify(token, resourceOfPath(request.path));
    if ('agent' in verified) return verified.agent;
    refused = verified.refused;
  }
  const graph = isGraph(request);
  const reply = !token
    ? graph ? graphError(request, 401, 'InvalidAuthenticationToken', 'Access token is empty.') : partnerError(401, 400, 'Access denied: the Authorization header with a Bearer token is missing.')
    : graph ? graphError(request, 401, 'InvalidAuthenticationToken', refused ?? 'Access token validation failure.') : partnerError(401, 400, `Access denied: ${refused ?? 'the token is not valid.'}`);
  const challenge = [`Bearer realm=""`, `authorization_uri="${request.origin}/organizations/oauth2/v2.0/authorize"`];
  if (token) challenge.push('error="invalid_token"', `error_description="${(refused ?? 'The token is not valid.').replace(/["\\]/g, "'")}"`);
  return { ...reply, headers: { 'WWW-Authenticate': challenge.join(', ') } };
}

/** Echo of the tracing headers each service sends back. */
function tracingHeaders(request: ApiRequest): Record<string, string> {
  if (isGraph(request)) {
    return { 'request-id': randomUUID(), 'client-request-id': header(request, 'client-request-id') ?? randomUUID() };
  }
  return {
    'MS-RequestId': header(request, 'ms-requestid') ?? randomUUID(),
    'MS-CorrelationId': header(request, 'ms-correlationid') ?? randomUUID(),
  };
}

function withHeaders(reply: Reply, headers: Record<string, string>): Reply {
  return { ...reply, headers: { ...headers, ...reply.headers } };
}

function throttled(request: ApiRequest, seconds: number): Reply {
  const headers = { 'Retry-After': String(seconds) };
  if (isGraph(request)) {
    return { ...graphError(request, 429, 'TooManyRequests', `Too many requests for this tenant. Try again in ${seconds} seconds.`), headers };
  }
  return { status: 429, headers, body: { statusCode: 429, message: `Rate limit is exceeded. Try again in ${seconds} seconds.` } };
}

function unavailable(request: ApiRequest): Reply {
  return surfaceError(request, 503, 'serviceNotAvailable', 'ServiceUnavailable', 'The service is temporarily unavailable. Try again later.');
}

function isBatch(request: ApiRequest): boolean {
  return /^\/v1\.0\/\$batch\/?$/i.test(request.path);
}

/** Handles one authenticated request (an outer request, or one item of a $batch: `inBatch`). */
export async function handleAuthorized(context: ServerContext, request: ApiRequest, agent: FixtureAgent, inBatch = false): Promise<Outcome> {
  const graph = isGraph(request);
  let customer: CustomerRecord | undefined;
  if (graph) {
    customer = agent.tenantId ? context.store.customer(agent.tenantId) : undefined;
    if (!customer) {
      return answer(graphError(request, 401, 'InvalidAuthenticationToken', 'This token is not tied to a customer tenant; Graph calls need a token from the customer tenant.'));
    }
  } else {
    const parts = segments(request.path);
    if (parts?.[1]?.toLowerCase() === 'customers' && parts[2]) customer = context.store.customer(parts[2]);
  }
  if (graph && isBatch(request)) {
    if (request.method !== 'POST') return answer(graphError(request, 405, 'Request_BadRequest', '$batch takes POST only.'));
    // The connection is the $batch request's: it may fail or drop as a whole (after its items ran, or before).
    const fault = context.faults.draw(true);
    if (fault === 'unavailable') return answer(unavailable(request));
    if (fault === 'drop-before') return { reply: { status: 0 }, drop: true };
    const outcome = await runBatch(context, request, (inner) => handleAuthorized(context, inner, agent, true));
    return { reply: outcome.reply, drop: fault === 'drop-after' };
  }
  const tracing = tracingHeaders(request);
  if (customer) customer.audit.requests += 1;
  const decision = context.throttle.take(customer?.id ?? `partner:${agent.token}`);
  if (!decision.allowed) {
    if (customer) customer.audit.throttled += 1;
    return answer(withHeaders(throttled(request, decision.retryAfterSeconds), tracing));
  }
  const fault = inBatch ? context.faults.drawItem() : context.faults.draw(request.method !== 'GET' && request.method !== 'HEAD');
  if (fault === 'unavailable') return answer(withHeaders(unavailable(request), tracing));
  if (fault === 'drop-before') return { reply: { status: 0 }, drop: true };
  const reply = graph && customer ? await graphRoute(context, customer, request, { agent }) : await partnerCenterRoute(context, request, { agent });
  return { reply: withHeaders(reply, tracing), drop: fault === 'drop-after' };
}

/** Entry for a request from the socket: authentication first (every API call needs a bearer token). */
export async function handleApiRequest(context: ServerContext, request: ApiRequest): Promise<Outcome> {
  const agent = await authenticate(context, request);
  if (!('token' in agent)) return answer(agent);
  if (!sendsJson(request)) {
    const type = header(request, 'content-type') ?? 'none';
    return answer(surfaceError(request, 415, 'UnsupportedMediaType', 415, `The request body must be JSON (Content-Type: application/json), got Content-Type: ${type}.`));
  }
  return handleAuthorized(context, request, agent);
}

/** Both services take JSON writes only: a body of another declared type is refused before it is read as JSON. */
function sendsJson(request: ApiRequest): boolean {
  if (request.method === 'GET' || request.method === 'HEAD' || request.body === null || ('text' in request.body && request.body.text.trim() === '')) return true;
  const type = (header(request, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}
