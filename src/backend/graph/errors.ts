/**
 * Microsoft Graph error answers → BackendError. Envelope `{ error: { code, message, innerError } }`; licensing
 * failures all come back 400 `Request_BadRequest`, so their kind is read from the message (and the code, when it
 * is one of the canonical values such as `CountViolation`). 429 `TooManyRequests` carries Retry-After.
 */
import { BackendError, decodeHtmlEntities, kindForStatus, parseRetryAfter } from '../errors.js';
import type { ErrorAnswer } from '../http.js';
import { licenseKindFromText } from '../license-error-text.js';
import { isObject } from '../parse.js';

export function graphError(answer: ErrorAnswer): BackendError {
  const envelope = isObject(answer.body) && isObject(answer.body['error']) ? answer.body['error'] : {};
  const code = typeof envelope['code'] === 'string' && envelope['code'] !== '' ? envelope['code'] : undefined;
  const rawMessage = typeof envelope['message'] === 'string' && envelope['message'].trim() !== ''
    ? envelope['message']
    : typeof answer.body === 'string' && answer.body.trim() !== '' ? answer.body : undefined;
  const message = rawMessage !== undefined ? decodeHtmlEntities(rawMessage) : `The service answered HTTP ${answer.status}${code ? ` (${code})` : ''}`;
  const byStatus = kindForStatus(answer.status);
  const kind = byStatus === 'invalid-request' ? licenseKindFromText(code, message) ?? 'invalid-request' : byStatus;
  return new BackendError({
    kind,
    message,
    httpStatus: answer.status,
    ...(code !== undefined ? { serviceCode: code } : {}),
    ...(answer.retryAfterSeconds !== undefined ? { retryAfterSeconds: answer.retryAfterSeconds } : {}),
    ...(answer.ambiguous ? { ambiguous: true } : {}),
  });
}

/** The same mapping for one `$batch` sub-response, whose headers are a plain object. */
export function graphSubResponseError(status: number, body: unknown, headers: Readonly<Record<string, string>>, write: boolean): BackendError {
  const asHeaders = new Headers(headers);
  const retryAfterSeconds = parseRetryAfter(asHeaders.get('Retry-After'));
  return graphError({
    status,
    body,
    headers: asHeaders,
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
    ambiguous: write && status >= 500 && status !== 503,
  });
}
