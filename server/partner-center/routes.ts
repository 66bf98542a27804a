/** Partner Center REST v1 surface: routes `/v1/...` requests of an authenticated agent. */
import type { ServerContext } from '../context.js';
import { partnerError } from '../errors.js';
import type { ApiRequest, Caller, Reply } from '../http-types.js';
import { segments } from '../http-types.js';
import { subscribedSkus, updateLicenses, userLicenses } from './licenses.js';
import { collection, customerShape } from './shapes.js';
import { getUser, listUsers, patchUser } from './users.js';

function notAllowed(request: ApiRequest, allowed: string): Reply {
  return { ...partnerError(405, 'MethodNotAllowed', `${request.method} is not supported here; use ${allowed}.`), headers: { Allow: allowed } };
}

function notFound(request: ApiRequest): Reply {
  return partnerError(404, 'NotFound', `No Partner Center resource at ${request.method} ${request.path}.`);
}

export async function partnerCenterRoute(context: ServerContext, request: ApiRequest, caller: Caller): Promise<Reply> {
  const parts = segments(request.path);
  if (!parts || parts[0] !== 'v1') return notFound(request);
  // Resource names are matched case-insensitively (subscribedSkus = subscribedskus); ids are kept as sent.
  const [, rawResource, customerId, rawSub, userId, rawLeaf, ...rest] = parts;
  const resource = rawResource?.toLowerCase();
  const sub = rawSub?.toLowerCase();
  const leaf = rawLeaf?.toLowerCase();
  const method = request.method;
  const { agent } = caller;

  if (resource === 'me' && customerId === undefined) {
    if (method !== 'GET') return notAllowed(request, 'GET');
    return { status: 200, body: { displayName: agent.name, roles: [agent.role], attributes: { objectType: 'Agent' } } };
  }
  if (resource !== 'customers' || rest.length > 0) return notFound(request);
  if (customerId === undefined) {
    if (method !== 'GET') return notAllowed(request, 'GET');
    const visible = [...context.store.customers.values()].filter((customer) => !agent.tenantId || agent.tenantId === customer.id);
    return { status: 200, body: collection(visible.map(customerShape)) };
  }
  const customer = context.store.customer(customerId);
  if (!customer) return partnerError(404, 60003, `Tenant ${customerId} was not found.`);
  if (agent.tenantId && agent.tenantId !== customer.id) {
    return partnerError(403, 2032, 'Access denied: this token belongs to another customer tenant.');
  }
  if (sub === undefined) return method === 'GET' ? { status: 200, body: customerShape(customer) } : notAllowed(request, 'GET');
  if (sub === 'subscribedskus' && userId === undefined) {
    return method === 'GET' ? subscribedSkus(customer, request) : notAllowed(request, 'GET');
  }
  if (sub !== 'users') return notFound(request);
  if (userId === undefined) return method === 'GET' ? listUsers(customer, request) : notAllowed(request, 'GET');
  if (leaf === undefined) {
    if (method === 'GET') return getUser(customer, userId);
    if (method === 'PATCH') return patchUser(context, customer, userId, request, caller);
    return notAllowed(request, 'GET, PATCH');
  }
  if (leaf === 'licenses') return method === 'GET' ? userLicenses(customer, userId, request) : notAllowed(request, 'GET');
  if (leaf === 'licenseupdates') return method === 'POST' ? updateLicenses(context, customer, userId, request, caller) : notAllowed(request, 'POST');
  return notFound(request);
}
