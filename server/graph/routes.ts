/** Microsoft Graph v1.0 surface: routes `/v1.0/...` requests inside the caller's tenant ($batch is in batch.ts). */
import type { ServerContext } from '../context.js';
import { graphError } from '../errors.js';
import { directoryObjectsByIds, getGroup } from './groups.js';
import { assignLicense, getSubscribedSku, listSubscribedSkus } from './licenses.js';
import { getGraphUser, licenseDetails, listGraphUsers, patchGraphUser } from './users.js';
import type { ApiRequest, Caller, Reply } from '../http-types.js';
import { segments } from '../http-types.js';
import { objectId } from '../identity/identity.js';
import { directoryRoleFor } from '../roles.js';
import { stableGuid } from '../stable-id.js';
import type { CustomerRecord } from '../store.js';

function notFound(request: ApiRequest): Reply {
  return graphError(request, 400, 'BadRequest', `Resource not found for the segment '${request.path}'.`);
}

function notAllowed(request: ApiRequest): Reply {
  return graphError(request, 405, 'Request_BadRequest', `The HTTP method '${request.method}' is not allowed for ${request.path}.`);
}


function me(customer: CustomerRecord, request: ApiRequest, caller: Caller, rest: readonly string[]): Reply {
  const { agent } = caller;
  // A signed-in account has the object id its token carries; a fixed demo token one made from the token.
  const id = agent.userPrincipalName ? objectId(agent.userPrincipalName) : stableGuid(agent.token);
  if (rest.length === 0) {
    const alias = agent.name.toLowerCase().replace(/[^a-z0-9]+/g, '.').replace(/^\.|\.$/g, '');
    return {
      status: 200,
      body: { '@odata.context': `${request.origin}/v1.0/$metadata#users/$entity`, id, displayName: agent.name, userPrincipalName: agent.userPrincipalName ?? `${alias}@${customer.domain}` },
    };
  }
  const [relation, cast] = rest.map((part) => part.toLowerCase());
  if (rest.length === 2 && (relation === 'transitivememberof' || relation === 'memberof') && cast === 'microsoft.graph.directoryrole') {
    const role = directoryRoleFor(agent.role);
    return {
      status: 200,
      body: {
        '@odata.context': `${request.origin}/v1.0/$metadata#directoryRoles`,
        value: [{ '@odata.type': '#microsoft.graph.directoryRole', id: stableGuid(`${role.roleTemplateId}:${customer.id}`), ...role }],
      },
    };
  }
  return notFound(request);
}

export async function graphRoute(context: ServerContext, customer: CustomerRecord, request: ApiRequest, caller: Caller): Promise<Reply> {
  const parts = segments(request.path);
  if (!parts || parts[0] !== 'v1.0') return notFound(request);
  const [, rawResource, id, rawLeaf, ...rest] = parts;
  const resource = rawResource?.toLowerCase();
  const leaf = rawLeaf?.toLowerCase();
  const method = request.method;

  if (resource === 'me') {
    if (method !== 'GET') return notAllowed(request);
    return me(customer, request, caller, parts.slice(2));
  }
  if (resource === 'organization' && id === undefined) {
    if (method !== 'GET') return notAllowed(request);
    return {
      status: 200,
      body: {
        '@odata.context': `${request.origin}/v1.0/$metadata#organization`,
        value: [{ id: customer.id, displayName: customer.name, verifiedDomains: [{ name: customer.domain, isDefault: true, isInitial: true }] }],
      },
    };
  }
  if (resource === 'subscribedskus' && rawLeaf === undefined) {
    if (method !== 'GET') return notAllowed(request);
    return id === undefined ? listSubscribedSkus(customer, request) : getSubscribedSku(customer, id, request);
  }
  if (resource === 'groups' && id !== undefined && rawLeaf === undefined) return method === 'GET' ? getGroup(customer, id, request) : notAllowed(request);
  if (resource === 'directoryobjects' && id?.toLowerCase() === 'getbyids' && rawLeaf === undefined) {
    return method === 'POST' ? directoryObjectsByIds(customer, request) : notAllowed(request);
  }
  if (resource !== 'users' || rest.length > 0) return notFound(request);
  if (id === undefined) return method === 'GET' ? listGraphUsers(customer, request) : notAllowed(request);
  if (leaf === undefined) {
    if (method === 'GET') return getGraphUser(customer, id, request);
    if (method === 'PATCH') return patchGraphUser(context, customer, id, request, caller);
    return notAllowed(request);
  }
  if (leaf === 'assignlicense') return method === 'POST' ? assignLicense(context, customer, id, request, caller) : notAllowed(request);
  if (leaf === 'licensedetails') return method === 'GET' ? licenseDetails(customer, id, request) : notAllowed(request);
  return notFound(request);
}
