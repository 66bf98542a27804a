/**
 * Graph groups, read-only: one group (`GET /groups/{id}`) and many directory objects in one call
 * (`POST /directoryObjects/getByIds`, up to 1,000 ids), which clients use to name the groups behind
 * `licenseAssignmentStates[].assignedByGroup`. Ids that match nothing are left out of the answer, as Graph does.
 */
import { graphError } from '../errors.js';
import type { ApiRequest, Reply } from '../http-types.js';
import { isObject, jsonBody } from '../http-types.js';
import type { GroupRecord } from '../group-licensing.js';
import type { CustomerRecord, UserRecord } from '../store.js';

const MAX_IDS = 1000;
const TYPES = ['group', 'user'] as const;

function groupShape(group: GroupRecord): Record<string, unknown> {
  return { '@odata.type': '#microsoft.graph.group', id: group.id, displayName: group.displayName, securityEnabled: true, mailEnabled: false };
}

function userObjectShape(user: UserRecord): Record<string, unknown> {
  return { '@odata.type': '#microsoft.graph.user', id: user.id, displayName: user.displayName, userPrincipalName: user.userPrincipalName };
}

export function getGroup(customer: CustomerRecord, id: string, request: ApiRequest): Reply {
  const group = customer.groups.find((entry) => entry.id === id.toLowerCase());
  if (!group) {
    return graphError(request, 404, 'Request_ResourceNotFound', `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`);
  }
  return { status: 200, body: { '@odata.context': `${request.origin}/v1.0/$metadata#groups/$entity`, ...groupShape(group) } };
}

export function directoryObjectsByIds(customer: CustomerRecord, request: ApiRequest): Reply {
  const body = jsonBody(request);
  if (!body.ok) return graphError(request, 400, 'BadRequest', body.message);
  const ids = isObject(body.value) ? body.value['ids'] : undefined;
  if (!Array.isArray(ids) || ids.length === 0 || ids.some((id) => typeof id !== 'string')) {
    return graphError(request, 400, 'Request_BadRequest', "Invalid value specified for property 'ids' of resource 'directoryObject'.");
  }
  if (ids.length > MAX_IDS) return graphError(request, 400, 'Request_BadRequest', `Too many ids: at most ${MAX_IDS} per request.`);
  const rawTypes = isObject(body.value) ? body.value['types'] : undefined;
  const types = rawTypes === undefined || rawTypes === null ? [...TYPES] : rawTypes;
  if (!Array.isArray(types) || types.some((type) => typeof type !== 'string' || !(TYPES as readonly string[]).includes(type.toLowerCase()))) {
    return graphError(request, 400, 'Request_BadRequest', "Invalid value specified for property 'types': the reference server knows 'group' and 'user'.");
  }
  const wanted = new Set(types.map((type: string) => type.toLowerCase()));
  const value = (ids as string[]).flatMap((raw) => {
    const id = raw.toLowerCase();
    const group = wanted.has('group') ? customer.groups.find((entry) => entry.id === id) : undefined;
    if (group) return [groupShape(group)];
    const user = wanted.has('user') ? customer.usersById.get(id) : undefined;
    return user ? [userObjectShape(user)] : [];
  });
  return { status: 200, body: { '@odata.context': `${request.origin}/v1.0/$metadata#directoryObjects`, value } };
}
