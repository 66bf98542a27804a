/** Shared helpers for the reference server's tests: a small rules fixture, a started server, typed fetch wrappers. */
import { after, before } from 'node:test';
import { startReferenceServer, type Fixture, type ReferenceServer, type ReferenceServerOptions } from '../../server/index.js';

export const TENANT = 'aaaaaaaa-0000-4000-8000-000000000001';
export const OTHER_TENANT = 'aaaaaaaa-0000-4000-8000-000000000002';

/** SKU ids of the rules fixture. */
export const SKU = {
  base: '10000000-0000-4000-8000-000000000001', // 3 units, plan EXCHANGE_S_STANDARD
  kiosk: '10000000-0000-4000-8000-000000000002', // excludes base
  addOn: '10000000-0000-4000-8000-000000000003', // requires base or suite
  local: '10000000-0000-4000-8000-000000000004', // unavailable in CN
  soldOut: '10000000-0000-4000-8000-000000000005', // 0 units
  suite: '10000000-0000-4000-8000-000000000006', // another base for the add-on
} as const;

export const PLAN = {
  baseMail: '20000000-0000-4000-8000-000000000001',
  baseSway: '20000000-0000-4000-8000-000000000002',
  kioskMail: '20000000-0000-4000-8000-000000000003',
  addOn: '20000000-0000-4000-8000-000000000004',
  local: '20000000-0000-4000-8000-000000000005',
  soldOut: '20000000-0000-4000-8000-000000000006',
  suite: '20000000-0000-4000-8000-000000000007',
} as const;

export const USER = {
  sweden: '30000000-0000-4000-8000-000000000001', // SE, nothing held
  nowhere: '30000000-0000-4000-8000-000000000002', // no usage location
  china: '30000000-0000-4000-8000-000000000003', // CN
  stacked: '30000000-0000-4000-8000-000000000004', // SE, holds base + add-on
  both: '30000000-0000-4000-8000-000000000005', // SE, holds base + suite + add-on
  spare: '30000000-0000-4000-8000-000000000006', // DE, nothing held
} as const;

function user(id: string, displayName: string, usageLocation: string | null, licenses: string[] = []): Fixture['customers'][number]['users'][number] {
  const alias = displayName.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '.');
  return { id, displayName, userPrincipalName: `${alias}@rules.example`, usageLocation, licenses: licenses.map((skuId) => ({ skuId, disabledPlans: [] })) };
}

export function rulesFixture(extraUsers = 0): Fixture {
  const users = [
    user(USER.sweden, 'Åsa Lindström', 'SE'),
    user(USER.nowhere, 'No Where', null),
    user(USER.china, 'Wang Wei', 'CN'),
    user(USER.stacked, 'Stacked User', 'SE', [SKU.base, SKU.addOn]),
    user(USER.both, 'Both Bases', 'SE', [SKU.base, SKU.suite, SKU.addOn]),
    user(USER.spare, 'Jürgen Müller', 'DE'),
  ];
  for (let i = 0; i < extraUsers; i++) {
    users.push(user(`40000000-0000-4000-8000-${String(i).padStart(12, '0')}`, `Extra Person ${String(i).padStart(5, '0')}`, 'US'));
  }
  const plan = (id: string, name: string) => ({ id, name, displayName: name });
  return {
    agents: [
      { token: 'admin', name: 'Ada Admin', role: 'AdminAgent' },
      { token: 'reader', name: 'Rita Reader', role: 'BillingAdmin' },
      { token: 'graph', name: 'Gil Global', role: 'GlobalAdmin', tenantId: TENANT },
      { token: 'graph-reader', name: 'Gert Reader', role: 'GlobalReader', tenantId: TENANT },
      { token: 'other', name: 'Olga Other', role: 'AdminAgent', tenantId: OTHER_TENANT },
    ],
    customers: [
      {
        id: TENANT,
        name: 'Rules Test Ltd',
        skus: [
          { skuId: SKU.base, skuPartNumber: 'BASE', name: 'Base', totalUnits: 3, servicePlans: [plan(PLAN.baseMail, 'EXCHANGE_S_STANDARD'), plan(PLAN.baseSway, 'SWAY')] },
          { skuId: SKU.kiosk, skuPartNumber: 'KIOSK', name: 'Kiosk', totalUnits: 10, servicePlans: [plan(PLAN.kioskMail, 'EXCHANGE_S_DESKLESS')], excludes: [SKU.base] },
          { skuId: SKU.addOn, skuPartNumber: 'ADDON', name: 'Add-on', totalUnits: 10, servicePlans: [plan(PLAN.addOn, 'ADDON_PLAN')], requires: [SKU.base, SKU.suite] },
          { skuId: SKU.local, skuPartNumber: 'LOCAL', name: 'Local', totalUnits: 10, servicePlans: [plan(PLAN.local, 'LOCAL_PLAN')], unavailableIn: ['CN', 'RU'] },
          { skuId: SKU.soldOut, skuPartNumber: 'SOLDOUT', name: 'Sold out', totalUnits: 0, servicePlans: [plan(PLAN.soldOut, 'SOLD_PLAN')] },
          { skuId: SKU.suite, skuPartNumber: 'SUITE', name: 'Suite', totalUnits: 5, servicePlans: [plan(PLAN.suite, 'SUITE_PLAN')] },
        ],
        users,
      },
      { id: OTHER_TENANT, name: 'Other Co', skus: [], users: [] },
    ],
  };
}

/** A parsed JSON body; read it with at() and list(), and assert on the leaves. */
export type Json = unknown;

/** The value at a path of properties and indexes, or undefined when the path does not exist. */
export function at(value: unknown, ...path: readonly (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

export function list(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new Error(`expected an array, got ${JSON.stringify(value)}`);
  return value;
}

export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: Json;
}

export class Client {
  /** `base`: the server's address, or where to read it once the server has started. */
  constructor(private readonly baseOf: string | (() => string), readonly token: string | null) {}

  get base(): string {
    return typeof this.baseOf === 'string' ? this.baseOf : this.baseOf();
  }

  async call(method: string, path: string, options: { body?: unknown; raw?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.token) headers['Authorization'] = `Bearer ${this.token}`;
    let body: string | undefined;
    if (options.raw !== undefined) body = options.raw;
    else if (options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined) headers['Content-Type'] ??= 'application/json';
    const response = await fetch(path.startsWith('http') ? path : `${this.base}${path}`, { method, headers, body });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
  }

  get(path: string, headers?: Record<string, string>): Promise<Answer> {
    return this.call('GET', path, headers ? { headers } : {});
  }

  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Answer> {
    return this.call('POST', path, { body, ...(headers ? { headers } : {}) });
  }
}

/** One server for a whole test file: started before its tests, closed after them. */
export interface FileServer {
  readonly url: string;
  /** A client with this bearer token (null: none); usable once the tests run. */
  client(token: string | null): Client;
}

export function serverForTheFile(options: ReferenceServerOptions): FileServer {
  let server: ReferenceServer | undefined;
  before(async () => {
    server = await startReferenceServer({ port: 0, ...options });
  });
  after(() => server?.close());
  const url = (): string => {
    if (server === undefined) throw new Error('the file\'s server starts before its tests');
    return server.url;
  };
  return {
    get url() {
      return url();
    },
    client: (token) => new Client(url, token),
  };
}

export async function withServer(options: ReferenceServerOptions, run: (server: ReferenceServer) => Promise<void>): Promise<void> {
  const server = await startReferenceServer({ port: 0, ...options });
  try {
    await run(server);
  } finally {
    await server.close();
  }
}

/** One user update on either surface, in the words of the rules. */
export async function updateUser(
  client: Client,
  surface: 'pc' | 'graph',
  userId: string,
  assign: readonly { skuId: string; disabledPlans?: string[] }[],
  remove: readonly string[] = [],
  headers?: Record<string, string>,
): Promise<Answer> {
  if (surface === 'pc') {
    return client.post(
      `/v1/customers/${TENANT}/users/${userId}/licenseupdates`,
      { LicensesToAssign: assign.map((a) => ({ SkuId: a.skuId, ExcludedPlans: a.disabledPlans ?? null })), LicensesToRemove: remove },
      headers,
    );
  }
  return client.post(`/v1.0/users/${userId}/assignLicense`, { addLicenses: assign.map((a) => ({ skuId: a.skuId, disabledPlans: a.disabledPlans ?? [] })), removeLicenses: remove }, headers);
}

/** The error text of either envelope. */
export function errorText(answer: Answer): string {
  return String(at(answer.body, 'error', 'message') ?? at(answer.body, 'description') ?? at(answer.body, 'message') ?? '');
}
