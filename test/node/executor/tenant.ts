/**
 * A tenant made for bulk jobs against the reference server: N users with a usage location and no licenses,
 * and a few real catalog products with enough units for all of them. Shared by the Node tests and the benchmark.
 */
import { randomUUID } from 'node:crypto';
import { DEMO_AGENTS, startReferenceServer, type Fixture, type ReferenceServer, type ReferenceServerOptions } from '../../../server/index.js';
import { catalogProduct } from '../../../server/catalog/sku-catalog.js';
import { createBackend } from '../../../src/backend/create-backend.js';
import type { BackendConfig, BackendKind, LicenseBackend } from '../../../src/backend/backend.js';
import type { Sleep } from '../../../src/core/executor/clock.js';
import type { KeyedOperation } from '../../../src/core/executor/ports.js';
import type { HeldLicense, Product, UserId } from '../../../src/core/types.js';

export const CUSTOMER_ID = '3c1f7a0e-5d2b-4c8e-9a61-0c0a00000001';
export const TOKENS: Readonly<Record<BackendKind, string>> = { 'partner-center': 'demo-admin', graph: 'demo-graph-contoso' };

/** Products with no licensing rules between them in the reference server's eyes (none are declared). */
const PRODUCT_PART_NUMBERS = ['POWER_BI_PRO', 'VISIOCLIENT', 'PROJECTPROFESSIONAL', 'AAD_PREMIUM'];

export function userId(index: number): UserId {
  return `00000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
}

export function bulkFixture(users: number, unitsPerProduct = users): Fixture {
  const skus = PRODUCT_PART_NUMBERS.map((part) => {
    const product = catalogProduct(part);
    return {
      skuId: product.skuId,
      skuPartNumber: product.skuPartNumber,
      name: product.displayName,
      totalUnits: unitsPerProduct,
      servicePlans: product.servicePlans.map((plan) => ({ id: plan.id, name: plan.name, displayName: plan.displayName, appliesTo: plan.appliesTo })),
    };
  });
  return {
    agents: DEMO_AGENTS.filter((agent) => agent.token === TOKENS['partner-center'] || agent.token === TOKENS.graph),
    customers: [
      {
        id: CUSTOMER_ID,
        name: 'Contoso Bulk',
        domain: 'contosobulk.onmicrosoft.com',
        skus,
        users: Array.from({ length: users }, (_, i) => ({
          id: userId(i),
          displayName: `Bulk User ${i}`,
          userPrincipalName: `user${i}@contosobulk.onmicrosoft.com`,
          usageLocation: 'US',
          licenses: [],
        })),
      },
    ],
  };
}

export async function startBulkServer(users: number, options: Omit<ReferenceServerOptions, 'fixture' | 'port'> = {}): Promise<ReferenceServer> {
  return startReferenceServer({ port: 0, fixture: bulkFixture(users), ...options });
}

/** What a test may set on the backend besides where it points: a timeout (10 s here), a fetch, a sleep. */
export type BackendExtras = Partial<Omit<BackendConfig, 'kind' | 'baseUrl' | 'customerId' | 'tokenProvider'>>;

export function backendFor(kind: BackendKind, url: string, extras: BackendExtras = {}): LicenseBackend {
  return createBackend({ kind, baseUrl: url, customerId: CUSTOMER_ID, tokenProvider: async () => TOKENS[kind], timeoutMs: 10_000, ...extras });
}

/** Products every user lacks and that have units for all of them, read through the backend as the product would. */
export async function productsToGive(backend: LicenseBackend, users: number, count: number): Promise<Product[]> {
  const products = await backend.listProducts();
  const fitting = products.filter((p) => p.availableUnits >= users && p.capabilityStatus === 'Enabled');
  if (fitting.length < count) throw new Error(`Only ${fitting.length} products have ${users} free units; need ${count}`);
  return fitting.slice(0, count);
}

export function assignAll(users: number, products: readonly Product[], first = 0): KeyedOperation[] {
  return Array.from({ length: users }, (_, i) => ({
    requestId: randomUUID(),
    operation: { userId: userId(first + i), assign: products.map((p) => ({ skuId: p.skuId, disabledPlans: [] })), remove: [] },
  }));
}

export interface Audit {
  readonly applied: Readonly<Record<string, number>>;
  readonly requests: number;
  readonly throttled: number;
}

export async function audit(url: string): Promise<Audit> {
  const response = await fetch(`${url}/_reference/customers/${CUSTOMER_ID}/audit`);
  if (!response.ok) throw new Error(`audit: HTTP ${response.status}`);
  return (await response.json()) as Audit;
}

/** Every user's licenses as the server holds them now, read page by page through Graph with patient retries. */
export async function licensesNow(url: string, sleep?: Sleep): Promise<Map<UserId, readonly HeldLicense[]>> {
  const reader = backendFor('graph', url, { readAttempts: 10, timeoutMs: 30_000, ...(sleep ? { sleep } : {}) });
  const held = new Map<UserId, readonly HeldLicense[]>();
  let continuation: string | undefined;
  do {
    const page = await reader.listUsers({ pageSize: 999, ...(continuation ? { continuation } : {}) });
    for (const user of page.users) held.set(user.id, user.licenses);
    continuation = page.continuation;
  } while (continuation);
  return held;
}

/** Compares the server's final state and audit with the plan: users the plan did not reach, and users changed twice. */
export async function lostAndDoubled(url: string, operations: readonly KeyedOperation[], sleep?: Sleep): Promise<{ lost: number; doubled: number }> {
  const held = await licensesNow(url, sleep);
  let lost = 0;
  for (const { operation } of operations) {
    const licenses = held.get(operation.userId) ?? [];
    if (!operation.assign.every((a) => licenses.some((l) => l.skuId === a.skuId))) lost += 1;
  }
  const { applied } = await audit(url);
  const doubled = Object.values(applied).filter((count) => count > 1).length;
  return { lost, doubled };
}
