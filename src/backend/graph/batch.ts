/**
 * JSON batching (`POST /$batch`): building the request of up to 20 sub-requests and splitting the answer.
 * Sub-responses come back in any order and are matched by id; each is judged on its own.
 */
import type { LicenseAssignment, SkuId, UserId, UserOperation } from '../../core/types.js';
import { MalformedResponseError } from '../errors.js';
import { asNumber, asObject, fieldPath, isObject, readArray, readString } from '../parse.js';
import { MAX_BATCH_SIZE } from './limits.js';

export { MAX_BATCH_SIZE };

export interface AssignLicenseBody {
  readonly addLicenses: readonly { readonly skuId: SkuId; readonly disabledPlans: readonly string[] }[];
  readonly removeLicenses: readonly SkuId[];
}

export interface BatchRequestItem {
  readonly id: string;
  readonly method: 'GET' | 'POST' | 'PATCH';
  /** Relative to the version root, e.g. `/users/{id}/assignLicense`. */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

export interface BatchRequest {
  readonly requests: readonly BatchRequestItem[];
}

export interface BatchSubResponse {
  readonly id: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/** Both arrays are always sent: leaving `removeLicenses` out is answered 400. */
export function assignLicenseBody(assign: readonly LicenseAssignment[], remove: readonly SkuId[]): AssignLicenseBody {
  return {
    addLicenses: assign.map((license) => ({ skuId: license.skuId, disabledPlans: [...license.disabledPlans] })),
    removeLicenses: [...remove],
  };
}

export function userPath(userId: UserId): string {
  return `/users/${encodeURIComponent(userId)}`;
}

/**
 * Ids are the 1-based positions, so they are unique within the batch by construction. A usage-location
 * operation is a `PATCH /users/{id}`; every other one an `assignLicense`.
 */
export function assignLicenseBatch(operations: readonly UserOperation[]): BatchRequest {
  return {
    requests: operations.map((operation, index) => ({
      id: String(index + 1),
      ...(operation.usageLocation !== undefined
        ? { method: 'PATCH' as const, url: userPath(operation.userId), body: { usageLocation: operation.usageLocation } }
        : { method: 'POST' as const, url: `${userPath(operation.userId)}/assignLicense`, body: assignLicenseBody(operation.assign, operation.remove) }),
      headers: { 'Content-Type': 'application/json' },
    })),
  };
}

export function getBatch(urls: readonly string[]): BatchRequest {
  return { requests: urls.map((url, index) => ({ id: String(index + 1), method: 'GET', url })) };
}

/** `{ responses: [{ id, status, headers?, body? }] }` keyed by id; a repeated id is an error. */
export function parseBatchResponses(body: unknown): ReadonlyMap<string, BatchSubResponse> {
  const root = asObject(body, '');
  const byId = new Map<string, BatchSubResponse>();
  readArray(root, 'responses', '', (value, path) => {
    const sub = asObject(value, path);
    const id = readString(sub, 'id', path);
    if (byId.has(id)) throw new MalformedResponseError(fieldPath(path, 'id'), `expected a unique id, got ${JSON.stringify(id)} twice`);
    const headers: Record<string, string> = {};
    if (isObject(sub['headers'])) {
      for (const [name, headerValue] of Object.entries(sub['headers'])) {
        headers[name] = typeof headerValue === 'string' ? headerValue : String(headerValue);
      }
    }
    byId.set(id, { id, status: asNumber(sub['status'], fieldPath(path, 'status')), headers, body: sub['body'] ?? null });
    return id;
  });
  return byId;
}


