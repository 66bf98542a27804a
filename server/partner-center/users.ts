/** Partner Center customer users: paged listing with continuation tokens, search, one user, usage location. */
import type { ServerContext } from '../context.js';
import { partnerError } from '../errors.js';
import type { ApiRequest, Caller, Reply } from '../http-types.js';
import { field, header, isObject, jsonBody } from '../http-types.js';
import { collection, customerUserShape, link } from './shapes.js';
import { mayChangeUsers } from '../roles.js';
import type { CustomerRecord, UserRecord } from '../store.js';

const DEFAULT_PAGE = 100;
const MAX_PAGE = 1000;

interface Cursor {
  /** Customer id. */
  readonly c: string;
  /** Index of the next user to look at, in directory order. */
  readonly n: number;
  /** Page size. */
  readonly s: number;
  /** Lower-cased search text, '' for all; null when the filter keeps nobody (inactive users). */
  readonly q: string | null;
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(token: string): Cursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (!isObject(value)) return null;
    const { c, n, s, q } = value;
    if (typeof c !== 'string' || typeof n !== 'number' || typeof s !== 'number' || (typeof q !== 'string' && q !== null)) return null;
    return { c, n, s, q };
  } catch {
    return null;
  }
}

type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reply: Reply };

function invalid(description: string): { ok: false; reply: Reply } {
  return { ok: false, reply: partnerError(400, 'InvalidInput', description) };
}

function pageSize(query: URLSearchParams): Parsed<number | undefined> {
  const raw = query.get('size');
  if (raw === null) return { ok: true, value: undefined };
  const size = Number(raw);
  if (!/^\d+$/.test(raw) || size < 1 || size > MAX_PAGE) return invalid(`size must be an integer from 1 to ${MAX_PAGE}, not "${raw}".`);
  return { ok: true, value: size };
}

/** `filter` is URL-encoded JSON {"Field","Value","Operator"}; our choice: DisplayName or UserPrincipalName search is a
 * case-insensitive substring match on either name. UserState Active keeps everyone, Inactive nobody (no deleted users). */
function searchFilter(query: URLSearchParams): Parsed<string | null> {
  const raw = query.get('filter');
  if (raw === null || raw.trim() === '') return { ok: true, value: '' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return invalid('filter must be JSON such as {"Field":"DisplayName","Value":"ann","Operator":"substring"}.');
  }
  if (!isObject(value)) return invalid('filter must be a JSON object with Field, Value and Operator.');
  const fieldName = field(value, 'Field');
  const text = field(value, 'Value');
  if (typeof fieldName !== 'string' || typeof text !== 'string') return invalid('filter Field and Value must be strings.');
  switch (fieldName.toLowerCase()) {
    case 'displayname':
    case 'userprincipalname':
      return { ok: true, value: text.toLowerCase() };
    case 'userstate':
      return { ok: true, value: text.toLowerCase() === 'inactive' ? null : '' };
    default:
      return invalid(`filter Field "${fieldName}" is not supported (use DisplayName, UserPrincipalName or UserState).`);
  }
}

function matches(user: UserRecord, search: string | null): boolean {
  return search !== null && (search === '' || user.searchText.includes(search));
}

export function listUsers(customer: CustomerRecord, request: ApiRequest): Reply {
  const size = pageSize(request.query);
  if (!size.ok) return size.reply;
  let cursor: Cursor;
  if ((request.query.get('seekOperation') ?? '').toLowerCase() === 'next') {
    const token = header(request, 'ms-continuationtoken');
    if (!token) return partnerError(400, 'InvalidInput', 'seekOperation=Next needs the MS-ContinuationToken header from the previous page.');
    const decoded = decodeCursor(token);
    if (!decoded || decoded.c !== customer.id) return partnerError(400, 'InvalidInput', 'The continuation token is not valid for this customer.');
    cursor = { ...decoded, s: size.value ?? decoded.s };
  } else {
    const search = searchFilter(request.query);
    if (!search.ok) return search.reply;
    cursor = { c: customer.id, n: 0, s: size.value ?? DEFAULT_PAGE, q: search.value };
  }
  const items: unknown[] = [];
  let index = cursor.n;
  for (; index < customer.users.length && items.length < cursor.s; index++) {
    const user = customer.users[index] as UserRecord;
    if (matches(user, cursor.q)) items.push(customerUserShape(customer, user));
  }
  let more = false;
  for (let ahead = index; ahead < customer.users.length; ahead++) {
    if (matches(customer.users[ahead] as UserRecord, cursor.q)) {
      more = true;
      break;
    }
  }
  if (!more) return { status: 200, body: collection(items) };
  const token = encodeCursor({ ...cursor, n: index });
  const next = link(`/customers/${customer.id}/users?size=${cursor.s}&seekOperation=Next`, [{ key: 'MS-ContinuationToken', value: token }]);
  return { status: 200, body: collection(items, { links: { next }, continuationToken: token }) };
}

export function userNotFound(userId: string): Reply {
  return partnerError(404, 60002, `The user object id ${userId} was not found.`);
}

export function getUser(customer: CustomerRecord, userId: string): Reply {
  const user = customer.usersById.get(userId.toLowerCase());
  return user ? { status: 200, body: customerUserShape(customer, user) } : userNotFound(userId);
}

/** PATCH: only usageLocation can change here. */
export async function patchUser(context: ServerContext, customer: CustomerRecord, userId: string, request: ApiRequest, caller: Caller): Promise<Reply> {
  if (!mayChangeUsers(caller.agent.role)) {
    return partnerError(403, 2032, `Access denied: the role ${caller.agent.role} may not change users or licenses.`);
  }
  const user = customer.usersById.get(userId.toLowerCase());
  if (!user) return userNotFound(userId);
  const body = jsonBody(request);
  if (!body.ok) return partnerError(400, 'InvalidInput', body.message);
  if (!isObject(body.value)) return partnerError(400, 'InvalidInput', 'The body must be a CustomerUser JSON object.');
  const location = field(body.value, 'usageLocation');
  if (typeof location !== 'string' || !/^[A-Za-z]{2}$/.test(location)) {
    return partnerError(400, 'InvalidInput', 'usageLocation must be a two-letter ISO 3166 country code such as "US".');
  }
  user.usageLocation = location.toUpperCase();
  await context.persist();
  return { status: 200, body: customerUserShape(customer, user) };
}
