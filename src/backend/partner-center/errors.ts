/**
 * Partner Center error answers → BackendError. Body: `{ code: string|number, description, data?, source }`
 * (the licensing example sends a number), or for 429 `{ statusCode, message }`. Licensing failures other than
 * 60012 have no code, so their kind comes from the description text. The original text is kept, entities decoded.
 */
import { BackendError, decodeHtmlEntities, kindForStatus } from '../errors.js';
import type { ErrorAnswer } from '../http.js';
import { licenseKindFromText } from '../license-error-text.js';
import { isObject } from '../parse.js';

const OUT_OF_LICENSES = 60012;

export function partnerCenterError(answer: ErrorAnswer): BackendError {
  const body = isObject(answer.body) ? answer.body : {};
  const rawCode = body['code'];
  const serviceCode = typeof rawCode === 'number' || (typeof rawCode === 'string' && rawCode !== '') ? rawCode : undefined;
  const description = firstText(body['description'], body['message'], typeof answer.body === 'string' ? answer.body : undefined);
  const data = Array.isArray(body['data']) ? body['data'].filter((item): item is string => typeof item === 'string') : [];
  const message = description ? decodeHtmlEntities(description) : `The service answered HTTP ${answer.status}`;
  return new BackendError({
    kind: kindFor(answer.status, serviceCode, message, data),
    message,
    httpStatus: answer.status,
    ...(serviceCode !== undefined ? { serviceCode } : {}),
    ...(answer.retryAfterSeconds !== undefined ? { retryAfterSeconds: answer.retryAfterSeconds } : {}),
    ...(answer.ambiguous ? { ambiguous: true } : {}),
  });
}

function kindFor(status: number, code: string | number | undefined, message: string, data: readonly string[]): BackendError['kind'] {
  const byStatus = kindForStatus(status);
  if (byStatus !== 'invalid-request') return byStatus;
  if (Number(code) === OUT_OF_LICENSES) return 'not-enough-licenses';
  return licenseKindFromText(message, ...data) ?? 'invalid-request';
}

function firstText(...values: readonly unknown[]): string | undefined {
  return values.find((value): value is string => typeof value === 'string' && value.trim() !== '');
}
