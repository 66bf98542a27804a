/** Errors in the identity platform's shape: `{ error, error_description: "AADSTS…", error_codes, … }`. */
import { randomUUID } from 'node:crypto';
import type { Reply } from '../http-types.js';

export type OAuthErrorCode = 'invalid_request' | 'invalid_grant' | 'invalid_client' | 'invalid_scope' | 'unsupported_grant_type' | 'unauthorized_client';

/** `text` starts with its AADSTS number, e.g. "AADSTS54005: OAuth2 Authorization code was already redeemed…". */
export function oauthError(error: OAuthErrorCode, text: string, status = 400): Reply {
  const timestamp = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const traceId = randomUUID();
  const correlationId = randomUUID();
  const code = Number(/^AADSTS(\d+)/.exec(text)?.[1] ?? 0);
  return {
    status,
    headers: { 'Cache-Control': 'no-store' },
    body: {
      error,
      error_description: `${text}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlationId}\r\nTimestamp: ${timestamp}`,
      error_codes: [code],
      timestamp,
      trace_id: traceId,
      correlation_id: correlationId,
    },
  };
}
