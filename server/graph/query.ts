/** Graph user-list query options: $top, $skiptoken, $search (needs ConsistencyLevel: eventual), a small $filter. */
import type { ApiRequest } from '../http-types.js';
import { header } from '../http-types.js';
import type { CustomerRecord, UserRecord } from '../store.js';

export interface UserQuery {
  readonly top: number;
  readonly start: number;
  readonly keep: (user: UserRecord) => boolean;
  readonly count: boolean;
}

export type QueryResult = { readonly ok: true; readonly query: UserQuery } | { readonly ok: false; readonly code: string; readonly message: string };

const UNSUPPORTED = ['$orderby', '$expand', '$skip', '$format', '$apply'];
const SEARCHABLE: Readonly<Record<string, (user: UserRecord) => string>> = {
  displayname: (user) => user.displayName.toLowerCase(),
  userprincipalname: (user) => user.userPrincipalName.toLowerCase(),
  mail: (user) => user.userPrincipalName.toLowerCase(),
};

function fail(message: string, code = 'Request_UnsupportedQuery'): QueryResult {
  return { ok: false, code, message };
}

export function encodeSkipToken(start: number): string {
  return Buffer.from(JSON.stringify({ n: start })).toString('base64url');
}

function decodeSkipToken(token: string): number | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null || !('n' in value)) return null;
    const start = value.n;
    return typeof start === 'number' && Number.isInteger(start) && start >= 0 ? start : null;
  } catch {
    return null;
  }
}

/** `"displayName:ann"`, clauses joined by OR (any) or AND (all); our choice: case-insensitive substring per property. */
function parseSearch(raw: string): ((user: UserRecord) => boolean) | string {
  const clauses = [...raw.matchAll(/"([^":]+):([^"]*)"/g)];
  if (clauses.length === 0) return 'Syntax error: $search expects quoted "property:value" clauses such as "displayName:ann".';
  const tests: ((user: UserRecord) => boolean)[] = [];
  for (const [, name = '', value = ''] of clauses) {
    const read = SEARCHABLE[name.trim().toLowerCase()];
    if (!read) return `$search on property '${name}' is not supported; use displayName, userPrincipalName or mail.`;
    const wanted = value.toLowerCase();
    tests.push((user) => read(user).includes(wanted));
  }
  const all = /\bAND\b/.test(raw);
  return (user) => (all ? tests.every((test) => test(user)) : tests.some((test) => test(user)));
}

/** Graph's default limit on the values of one `in (...)` clause. */
const MAX_IN_VALUES = 15;
const IN_PROPERTIES: Readonly<Record<string, (user: UserRecord) => string>> = {
  id: (user) => user.id,
  userprincipalname: (user) => user.userPrincipalName.toLowerCase(),
};

/** `id in ('a','b')` / `userPrincipalName in (...)`: OData strings, quotes doubled; compared without case. */
function parseInFilter(raw: string): ((user: UserRecord) => boolean) | string | null {
  const clause = /^\s*(\w+)\s+in\s+\((.*)\)\s*$/s.exec(raw);
  if (!clause) return null;
  const read = IN_PROPERTIES[(clause[1] ?? '').toLowerCase()];
  if (!read) return `Unsupported or invalid query filter clause specified: ${raw}`;
  const values = [...(clause[2] ?? '').matchAll(/\s*'((?:[^']|'')*)'\s*(,|$)/g)].map((match) => (match[1] ?? '').replace(/''/g, "'").toLowerCase());
  if (values.length === 0) return `Unsupported or invalid query filter clause specified: ${raw}`;
  if (values.length > MAX_IN_VALUES) return `Too many values in the 'in' clause: ${values.length}. The limit is ${MAX_IN_VALUES}.`;
  const wanted = new Set(values);
  return (user) => wanted.has(read(user));
}

/**
 * Supports `assignedLicenses/any(x:x/skuId eq <guid>)`, `usageLocation eq 'SE'` / `usageLocation eq null`, and
 * `id in (...)` / `userPrincipalName in (...)`.
 */
function parseFilter(raw: string, customer: CustomerRecord): ((user: UserRecord) => boolean) | string {
  const listed = parseInFilter(raw);
  if (listed !== null) return listed;
  const license = /^\s*assignedLicenses\/any\((\w+):\s*\1\/skuId\s+eq\s+'?([0-9a-fA-F-]{36})'?\)\s*$/.exec(raw);
  if (license) {
    const skuId = (license[2] ?? '').toLowerCase();
    return (user) => customer.holds(user, skuId);
  }
  const location = /^\s*usageLocation\s+eq\s+(null|'([A-Za-z]{2})')\s*$/.exec(raw);
  if (location) {
    const wanted = location[2]?.toUpperCase() ?? null;
    return (user) => user.usageLocation === wanted;
  }
  return `Unsupported or invalid query filter clause specified: ${raw}`;
}

export function parseUserQuery(request: ApiRequest, customer: CustomerRecord): QueryResult {
  const query = request.query;
  for (const name of UNSUPPORTED) if (query.has(name)) return fail(`${name} is not supported by the reference server.`);
  const rawTop = query.get('$top');
  let top = 100;
  if (rawTop !== null) {
    top = Number(rawTop);
    if (!/^\d+$/.test(rawTop) || top < 1 || top > 999) return fail(`Invalid page size specified: '${rawTop}'. Must be between 1 and 999 inclusive.`);
  }
  let start = 0;
  const skipToken = query.get('$skiptoken');
  if (skipToken !== null) {
    const decoded = decodeSkipToken(skipToken);
    if (decoded === null) return fail('The $skiptoken is not valid; request the @odata.nextLink URL unchanged.', 'Request_BadRequest');
    start = decoded;
  }
  const eventual = (header(request, 'consistencylevel') ?? '').toLowerCase() === 'eventual';
  const count = (query.get('$count') ?? '').toLowerCase() === 'true';
  if (count && !eventual) return fail("$count requires the header 'ConsistencyLevel: eventual'.");
  const tests: ((user: UserRecord) => boolean)[] = [];
  const search = query.get('$search');
  if (search !== null) {
    if (!eventual) return fail("Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'");
    const test = parseSearch(search);
    if (typeof test === 'string') return fail(test, 'Request_BadRequest');
    tests.push(test);
  }
  const filter = query.get('$filter');
  if (filter !== null) {
    const test = parseFilter(filter, customer);
    if (typeof test === 'string') return fail(test);
    tests.push(test);
  }
  return { ok: true, query: { top, start, count, keep: (user) => tests.every((test) => test(user)) } };
}
