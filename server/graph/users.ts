/** Graph users: the paged list (@odata.nextLink), one user, usage location, license details. */
import type { ServerContext } from '../context.js';
import { graphError } from '../errors.js';
import { encodeSkipToken, parseUserQuery } from './query.js';
import { licenseDetailsShape, parseSelect, userShape } from './shapes.js';
import type { ApiRequest, Caller, Reply } from '../http-types.js';
import { isObject, jsonBody } from '../http-types.js';
import { mayChangeUsers } from '../roles.js';
import type { CustomerRecord, UserRecord } from '../store.js';

export function userNotFound(request: ApiRequest, id: string): Reply {
  return graphError(request, 404, 'Request_ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`);
}

export function forbidden(request: ApiRequest): Reply {
  return graphError(request, 403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
}

function selection(request: ApiRequest): ReturnType<typeof parseSelect> {
  return parseSelect(request.query.get('$select'));
}

function unknownProperty(request: ApiRequest, name: string): Reply {
  return graphError(request, 400, 'BadRequest', `Could not find a property named '${name}' on type 'microsoft.graph.user'.`);
}

export function listGraphUsers(customer: CustomerRecord, request: ApiRequest): Reply {
  const select = selection(request);
  if (!select.ok) return unknownProperty(request, select.unknown);
  const parsed = parseUserQuery(request, customer);
  if (!parsed.ok) return graphError(request, 400, parsed.code, parsed.message);
  const { top, start, keep, count } = parsed.query;
  const value: unknown[] = [];
  let index = start;
  for (; index < customer.users.length && value.length < top; index++) {
    const user = customer.users[index] as UserRecord;
    if (keep(user)) value.push(userShape(customer, user, select.properties));
  }
  let more = false;
  for (let ahead = index; ahead < customer.users.length && !more; ahead++) more = keep(customer.users[ahead] as UserRecord);
  const body: Record<string, unknown> = { '@odata.context': `${request.origin}/v1.0/$metadata#users` };
  if (count && start === 0) body['@odata.count'] = customer.users.filter(keep).length;
  if (more) {
    // Keep "$" readable in option names, as Graph's own links do ("$skiptoken=...").
    const pair = (name: string, text: string): string => `${encodeURIComponent(name).replace(/%24/g, '$')}=${encodeURIComponent(text).replace(/%2C/gi, ',')}`;
    const kept = [...request.query].filter(([name]) => name !== '$skiptoken').map(([name, text]) => pair(name, text));
    kept.push(pair('$skiptoken', encodeSkipToken(index)));
    body['@odata.nextLink'] = `${request.origin}/v1.0/users?${kept.join('&')}`;
  }
  body['value'] = value;
  return { status: 200, body };
}

export function getGraphUser(customer: CustomerRecord, id: string, request: ApiRequest): Reply {
  const select = selection(request);
  if (!select.ok) return unknownProperty(request, select.unknown);
  const user = customer.findUser(id);
  if (!user) return userNotFound(request, id);
  return { status: 200, body: { '@odata.context': `${request.origin}/v1.0/$metadata#users/$entity`, ...userShape(customer, user, select.properties) } };
}

/** PATCH /users/{id}: the reference server lets only usageLocation change. 204 like Graph. */
export async function patchGraphUser(context: ServerContext, customer: CustomerRecord, id: string, request: ApiRequest, caller: Caller): Promise<Reply> {
  if (!mayChangeUsers(caller.agent.role)) return forbidden(request);
  const user = customer.findUser(id);
  if (!user) return userNotFound(request, id);
  const body = jsonBody(request);
  if (!body.ok) return graphError(request, 400, 'BadRequest', body.message);
  if (!isObject(body.value)) return graphError(request, 400, 'BadRequest', 'The body must be a JSON object.');
  const others = Object.keys(body.value).filter((name) => name !== 'usageLocation');
  if (others.length > 0) return graphError(request, 400, 'Request_BadRequest', `Only usageLocation can be changed on the reference server, not '${others[0] ?? ''}'.`);
  const location = body.value['usageLocation'];
  if (typeof location !== 'string' || !/^[A-Za-z]{2}$/.test(location)) {
    return graphError(request, 400, 'Request_BadRequest', "Invalid value specified for property 'usageLocation' of resource 'User'.");
  }
  user.usageLocation = location.toUpperCase();
  await context.persist();
  return { status: 204 };
}

export function licenseDetails(customer: CustomerRecord, id: string, request: ApiRequest): Reply {
  const user = customer.findUser(id);
  if (!user) return userNotFound(request, id);
  const value = [...customer.heldLicenses(user)].flatMap(([skuId, disabledPlans]) => {
    const sku = customer.skus.get(skuId);
    return sku ? [licenseDetailsShape(sku, disabledPlans)] : [];
  });
  return { status: 200, body: { '@odata.context': `${request.origin}/v1.0/$metadata#users('${user.id}')/licenseDetails`, value } };
}
