/**
 * The HTTP layer: CORS (any origin, including chrome-extension://), preflight without auth, bodies up to 1 MB,
 * added latency, and dropped connections for injected faults. Everything else is in pipeline.ts.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServerContext } from './context.js';
import { surfaceError } from './errors.js';
import type { ApiRequest, Outcome, Reply } from './http-types.js';
import { identityRoute, identityPath } from './identity/routes.js';
import { handleApiRequest } from './pipeline.js';
import { isLoopback, referenceRoute } from './reference-routes.js';
import { requestOrigin } from './request-origin.js';

export const MAX_BODY_BYTES = 1024 * 1024;
/** Past this we stop reading and close the connection; up to it we read and discard so the 413 arrives. */
const DISCARD_LIMIT = 32 * 1024 * 1024;

const ALLOW_HEADERS = [
  'Authorization', 'Content-Type', 'Accept', 'MS-RequestId', 'MS-CorrelationId', 'MS-ContinuationToken', 'ConsistencyLevel',
  'X-Locale', 'client-request-id', 'MS-PartnerCenter-Application', 'MS-Contract-Version',
].join(', ');
const EXPOSE_HEADERS = 'Retry-After, MS-RequestId, MS-CorrelationId, MS-ContinuationToken, request-id, client-request-id, X-Reference-Replayed';

export interface AppOptions {
  readonly latencyMs: number;
  readonly startedAt: number;
  /** Build absolute links from X-Forwarded-Proto / X-Forwarded-Host (a TLS proxy in front). */
  readonly trustForwardedHeaders: boolean;
}

function corsHeaders(request: IncomingMessage): Record<string, string> {
  const origin = request.headers.origin;
  return {
    'Access-Control-Allow-Origin': origin ?? '*',
    'Access-Control-Expose-Headers': EXPOSE_HEADERS,
    Vary: 'Origin',
  };
}

function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

function send(response: ServerResponse, cors: Record<string, string>, reply: Reply): void {
  if (response.destroyed) return;
  const headers: Record<string, string> = { ...cors, ...reply.headers };
  if (reply.body === undefined) {
    response.writeHead(reply.status, headers).end();
    return;
  }
  response.writeHead(reply.status, { ...headers, 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(reply.body));
}

type Body = { readonly text: string } | { readonly tooLarge: true; readonly abandoned: boolean };

function readBody(request: IncomingMessage): Promise<Body> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else if (size > DISCARD_LIMIT) {
        request.pause();
        resolve({ tooLarge: true, abandoned: true });
      }
    });
    request.on('end', () => resolve(size > MAX_BODY_BYTES ? { tooLarge: true, abandoned: false } : { text: Buffer.concat(chunks).toString('utf8') }));
    request.on('error', reject);
  });
}

function flatHeaders(request: IncomingMessage): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers)) out[name] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}

export function createRequestHandler(context: ServerContext, options: AppOptions): (request: IncomingMessage, response: ServerResponse) => void {
  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const cors = corsHeaders(request);
    const method = (request.method ?? 'GET').toUpperCase();
    let url: URL;
    try {
      url = new URL(request.url ?? '/', 'http://reference.invalid');
    } catch {
      send(response, cors, { status: 400, body: { error: 'The request URL is not valid.' } });
      return;
    }
    if (method === 'OPTIONS') {
      await delay(options.latencyMs);
      const preflight: Record<string, string> = {
        'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
        'Access-Control-Allow-Headers': ALLOW_HEADERS,
        'Access-Control-Max-Age': '600',
      };
      // Chrome asks before a public page or an extension may reach a loopback server.
      if (request.headers['access-control-request-private-network'] === 'true') preflight['Access-Control-Allow-Private-Network'] = 'true';
      send(response, { ...cors, ...preflight }, { status: 204 });
      return;
    }
    if (url.pathname === '/_reference' || url.pathname.startsWith('/_reference/')) {
      const reply = isLoopback(request.socket.remoteAddress)
        ? referenceRoute(context, method, url.pathname, options.startedAt)
        : { status: 403, body: { error: 'Reference endpoints answer loopback callers only.' } };
      send(response, cors, reply);
      return;
    }
    const body = await readBody(request);
    const origin = requestOrigin(request.headers, options.trustForwardedHeaders);
    const signIn = identityPath(url.pathname);
    if (signIn && 'text' in body) {
      const form = /^application\/x-www-form-urlencoded/i.test(request.headers['content-type'] ?? '') ? new URLSearchParams(body.text) : new URLSearchParams();
      const answer = await identityRoute(context.identity, context.store, signIn, { method, path: url.pathname, query: url.searchParams, form, origin });
      await delay(options.latencyMs);
      if (answer.kind === 'json') send(response, cors, answer.reply);
      else if (answer.kind === 'html') response.writeHead(answer.status, { ...cors, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(answer.html);
      else response.writeHead(302, { ...cors, Location: answer.location, 'Cache-Control': 'no-store' }).end();
      return;
    }
    const apiRequest: ApiRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      headers: flatHeaders(request),
      body: 'text' in body ? { text: body.text } : null,
      origin,
    };
    let outcome: Outcome;
    if ('tooLarge' in body) {
      const reply = surfaceError(apiRequest, 413, 'RequestEntityTooLarge', 'RequestEntityTooLarge', `The request body is larger than ${MAX_BODY_BYTES} bytes.`);
      outcome = { reply: { ...reply, headers: { Connection: 'close' } }, drop: false };
    } else if (!url.pathname.startsWith('/v1/') && !url.pathname.startsWith('/v1.0/') && url.pathname !== '/v1' && url.pathname !== '/v1.0') {
      outcome = { reply: { status: 404, body: { error: `Nothing here. Partner Center is under /v1, Graph under /v1.0, the sign-in under /{tenant}/oauth2/v2.0.` } }, drop: false };
    } else {
      try {
        outcome = await handleApiRequest(context, apiRequest);
      } catch (error) {
        console.error('reference server: unexpected error', error);
        outcome = { reply: surfaceError(apiRequest, 500, 'InternalServerError', 'InternalServerError', 'The reference server failed to handle the request.'), drop: false };
      }
    }
    await delay(options.latencyMs);
    if (outcome.drop) {
      request.socket.destroy();
      return;
    }
    send(response, cors, outcome.reply);
    if ('tooLarge' in body && body.abandoned) response.on('finish', () => request.socket.destroy());
  }
  return (request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('reference server: request failed', error);
      if (!response.headersSent) response.writeHead(500).end();
      else response.destroy();
    });
  };
}
