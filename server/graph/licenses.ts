/** Graph licensing: the tenant's subscribedSkus and per-user assignLicense. */
import type { ServerContext } from '../context.js';
import { graphError } from '../errors.js';
import { subscribedSkuShape, updatedUserShape } from './shapes.js';
import { forbidden, userNotFound } from './users.js';
import type { ApiRequest, Caller, Reply } from '../http-types.js';
import { isObject, jsonBody } from '../http-types.js';
import { mayChangeLicenses } from '../roles.js';
import { checkLicenseChange, type LicenseChange } from '../rules.js';
import type { CustomerRecord } from '../store.js';

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export function listSubscribedSkus(customer: CustomerRecord, request: ApiRequest): Reply {
  return {
    status: 200,
    body: {
      '@odata.context': `${request.origin}/v1.0/$metadata#subscribedSkus`,
      value: [...customer.skus.values()].map((sku) => subscribedSkuShape(customer, sku)),
    },
  };
}

export function getSubscribedSku(customer: CustomerRecord, id: string, request: ApiRequest): Reply {
  const sku = [...customer.skus.values()].find((entry) => `${customer.id}_${entry.skuId}` === id.toLowerCase());
  if (!sku) return graphError(request, 404, 'Request_ResourceNotFound', `Resource '${id}' does not exist.`);
  return { status: 200, body: subscribedSkuShape(customer, sku) };
}

function invalidProperty(name: string): string {
  return `Invalid value specified for property '${name}' of resource 'User'.`;
}

function guids(value: unknown, name: string, optional: boolean): string[] | string {
  if ((value === undefined || value === null) && optional) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || !GUID.test(item))) return invalidProperty(name);
  return [...new Set(value.map((item: string) => item.toLowerCase()))];
}

/** Both addLicenses and removeLicenses are required (Graph answers 400 when one is left out). */
export function parseAssignLicense(value: unknown): LicenseChange | string {
  if (!isObject(value)) return 'The body must be a JSON object with addLicenses and removeLicenses.';
  const add = value['addLicenses'];
  if (!Array.isArray(add)) return invalidProperty('addLicenses');
  const assign: { skuId: string; disabledPlans: string[] }[] = [];
  for (const entry of add) {
    if (!isObject(entry) || typeof entry['skuId'] !== 'string' || !GUID.test(entry['skuId'])) return invalidProperty('skuId');
    const disabledPlans = guids(entry['disabledPlans'], 'disabledPlans', true);
    if (typeof disabledPlans === 'string') return disabledPlans;
    assign.push({ skuId: entry['skuId'].toLowerCase(), disabledPlans });
  }
  const remove = guids(value['removeLicenses'], 'removeLicenses', false);
  if (typeof remove === 'string') return remove;
  if (assign.length === 0 && remove.length === 0) return 'The update assigns and removes nothing.';
  return { assign, remove };
}

export async function assignLicense(context: ServerContext, customer: CustomerRecord, id: string, request: ApiRequest, caller: Caller): Promise<Reply> {
  if (!mayChangeLicenses(caller.agent.role)) return forbidden(request);
  const user = customer.findUser(id);
  if (!user) return userNotFound(request, id);
  customer.noteUpdateReceived(user.id);
  const body = jsonBody(request);
  if (!body.ok) return graphError(request, 400, 'BadRequest', body.message);
  const change = parseAssignLicense(body.value);
  if (typeof change === 'string') return graphError(request, 400, 'Request_BadRequest', change);
  const violation = checkLicenseChange(customer, user, change);
  if (violation) return graphError(request, 400, 'Request_BadRequest', violation.message);
  customer.applyLicenseChange(user, change.assign, change.remove);
  await context.persist();
  return { status: 200, body: { '@odata.context': `${request.origin}/v1.0/$metadata#users/$entity`, ...updatedUserShape(customer, user) } };
}
