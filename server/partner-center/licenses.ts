/** Partner Center licenses: a user's licenses, the customer's subscribed SKUs, and per-user license updates. */
import type { ServerContext } from '../context.js';
import { partnerError } from '../errors.js';
import type { ApiRequest, Caller, Reply } from '../http-types.js';
import { field, header, isObject, jsonBody } from '../http-types.js';
import { collection, includesGroupOne, licenseShape, subscribedSkuShape } from './shapes.js';
import { userNotFound } from './users.js';
import { mayChangeLicenses } from '../roles.js';
import { checkLicenseChange, type LicenseChange, type Violation } from '../rules.js';
import type { CustomerRecord, SkuRecord } from '../store.js';

export function userLicenses(customer: CustomerRecord, userId: string, request: ApiRequest): Reply {
  const user = customer.usersById.get(userId.toLowerCase());
  if (!user) return userNotFound(userId);
  if (!includesGroupOne(request.query)) return { status: 200, body: collection([]) };
  const items = [...customer.heldLicenses(user)]
    .map(([skuId, disabledPlans]) => {
      const sku = customer.skus.get(skuId);
      return sku ? licenseShape(sku, disabledPlans) : null;
    })
    .filter((item) => item !== null);
  return { status: 200, body: collection(items) };
}

export function subscribedSkus(customer: CustomerRecord, request: ApiRequest): Reply {
  if (!includesGroupOne(request.query)) return { status: 200, body: collection([]) };
  return { status: 200, body: collection([...customer.skus.values()].map((sku) => subscribedSkuShape(customer, sku))) };
}

type Parsed = { readonly ok: true; readonly change: LicenseChange } | { readonly ok: false; readonly description: string };

function guidList(value: unknown, name: string): string[] | string {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) return `${name} must be an array of id strings or null.`;
  return value.map((item: string) => item.toLowerCase());
}

/** LicenseUpdate, PascalCase or camelCase: LicensesToAssign [{SkuId, ExcludedPlans}], LicensesToRemove [skuId]. */
export function parseLicenseUpdate(value: unknown): Parsed {
  if (!isObject(value)) return { ok: false, description: 'The body must be a LicenseUpdate JSON object.' };
  const rawAssign = field(value, 'LicensesToAssign') ?? [];
  if (!Array.isArray(rawAssign)) return { ok: false, description: 'LicensesToAssign must be an array or null.' };
  const assign: { skuId: string; disabledPlans: string[] }[] = [];
  for (const [index, entry] of rawAssign.entries()) {
    if (!isObject(entry)) return { ok: false, description: `LicensesToAssign[${index}] must be an object with SkuId.` };
    const skuId = field(entry, 'SkuId');
    if (typeof skuId !== 'string' || skuId === '') return { ok: false, description: `LicensesToAssign[${index}].SkuId must be a SKU id string.` };
    const excluded = guidList(field(entry, 'ExcludedPlans'), `LicensesToAssign[${index}].ExcludedPlans`);
    if (typeof excluded === 'string') return { ok: false, description: excluded };
    assign.push({ skuId: skuId.toLowerCase(), disabledPlans: [...new Set(excluded)] });
  }
  const remove = guidList(field(value, 'LicensesToRemove'), 'LicensesToRemove');
  if (typeof remove === 'string') return { ok: false, description: remove };
  if (assign.length === 0 && remove.length === 0) return { ok: false, description: 'The update assigns and removes nothing.' };
  return { ok: true, change: { assign, remove: [...new Set(remove)] } };
}

/** Partner Center has published codes only for counts; the other rules carry our documented string codes. */
function violationReply(customer: CustomerRecord, violation: Violation): Reply {
  switch (violation.kind) {
    case 'CountViolation': {
      const sku = customer.skus.get(violation.skuId ?? '') as SkuRecord | undefined;
      const text = `Subscription with SKU ${violation.skuId ?? ''} (${sku?.skuPartNumber ?? ''}) does not have any available licenses left.`;
      return partnerError(400, 60012, text, [`LicenseQuotaExceededException : ${text}`]);
    }
    case 'UsageLocationMissing':
      return partnerError(400, 'InvalidUsageLocation', violation.message);
    case 'InheritedFromGroup':
      return partnerError(400, 'LicenseInheritedFromGroup', violation.message);
    default:
      return partnerError(400, violation.kind, violation.message);
  }
}

export async function updateLicenses(
  context: ServerContext,
  customer: CustomerRecord,
  userId: string,
  request: ApiRequest,
  caller: Caller,
): Promise<Reply> {
  if (!mayChangeLicenses(caller.agent.role)) {
    return partnerError(403, 2032, `Access denied: the role ${caller.agent.role} may not change licenses.`);
  }
  const user = customer.usersById.get(userId.toLowerCase());
  if (!user) return userNotFound(userId);
  customer.noteUpdateReceived(user.id);
  const requestId = header(request, 'ms-requestid');
  if (requestId) {
    const earlier = customer.recalledReply(user.id, requestId);
    if (earlier) return { status: earlier.status, body: earlier.body, headers: { 'X-Reference-Replayed': 'true' } };
  }
  const reply = decide(customer, user.id, request);
  if (requestId) customer.rememberReply(user.id, requestId, { status: reply.status, body: reply.body });
  if (reply.status === 201 || requestId) await context.persist();
  return reply;
}

function decide(customer: CustomerRecord, userId: string, request: ApiRequest): Reply {
  const user = customer.usersById.get(userId);
  if (!user) return userNotFound(userId);
  const body = jsonBody(request);
  if (!body.ok) return partnerError(400, 'InvalidInput', body.message);
  const parsed = parseLicenseUpdate(body.value);
  if (!parsed.ok) return partnerError(400, 'InvalidInput', parsed.description);
  const violation = checkLicenseChange(customer, user, parsed.change);
  if (violation) return violationReply(customer, violation);
  customer.applyLicenseChange(user, parsed.change.assign, parsed.change.remove);
  return {
    status: 201,
    body: {
      licensesToAssign: parsed.change.assign.map((license) => ({ skuId: license.skuId })),
      licenseWarnings: [],
      attributes: { objectType: 'LicenseUpdate' },
    },
  };
}
