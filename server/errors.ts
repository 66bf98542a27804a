/** Error bodies in each service's own envelope. */
import { randomUUID } from 'node:crypto';
import type { ApiRequest, Reply } from './http-types.js';
import { header } from './http-types.js';

/** Partner Center: `{ code, description, data?, source }`. */
export function partnerError(status: number, code: string | number, description: string, data?: readonly string[]): Reply {
  return { status, body: { code, description, ...(data ? { data } : {}), source: 'PartnerFD' } };
}

/** Graph: `{ error: { code, message, innerError: { date, request-id, client-request-id } } }`. */
export function graphError(request: ApiRequest, status: number, code: string, message: string): Reply {
  return {
    status,
    body: {
      error: {
        code,
        message,
        innerError: {
          date: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
          'request-id': randomUUID(),
          'client-request-id': header(request, 'client-request-id') ?? randomUUID(),
        },
      },
    },
  };
}

export function isGraph(request: ApiRequest): boolean {
  return request.path === '/v1.0' || request.path.startsWith('/v1.0/');
}

/** An error in the envelope of the surface the request was addressed to. */
export function surfaceError(request: ApiRequest, status: number, graphCode: string, partnerCode: string | number, message: string): Reply {
  return isGraph(request) ? graphError(request, status, graphCode, message) : partnerError(status, partnerCode, message);
}
