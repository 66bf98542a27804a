/** Small builders for store tests: users, products, jobs in the shapes the session writes. */
import { deleteDB, type IDBPDatabase } from 'idb';
import type { OperationRecord } from '../../src/core/executor/ports.js';
import type { Product, TenantUser } from '../../src/core/types.js';
import type { JobRecord, JobStatus } from '../../src/store/store.js';

export const CUSTOMER = '3c1f7a0e-5d2b-4c8e-9a61-0c0a00000001';
export const OTHER_CUSTOMER = '3c1f7a0e-5d2b-4c8e-9a61-0c0a00000002';
export const E3 = '6fd2c87f-b296-42f0-b197-1e91e994b900';
export const E5 = 'c7df2760-2c81-4ef7-b578-5b5392b571df';

export function uniqueDbName(): string {
  return `lm-test-${crypto.randomUUID()}`;
}

export async function removeDb(name: string): Promise<void> {
  await deleteDB(name);
}

/** A database of its own for each test of the calling suite (its name), deleted after the test. */
export function newDatabaseEachTest(): { readonly name: string } {
  const database = { name: '' };
  beforeEach(() => {
    database.name = uniqueDbName();
  });
  afterEach(async () => {
    await removeDb(database.name);
  });
  return database;
}

export function user(index: number, licenses: TenantUser['licenses'] = []): TenantUser {
  return {
    id: `user-${index}`,
    displayName: `User ${index} <b>bold</b>`,
    userPrincipalName: `user${index}@contoso.example`,
    usageLocation: index % 2 === 0 ? 'SE' : null,
    licenses,
  };
}

export function product(skuId: string, displayName: string): Product {
  return {
    skuId,
    skuPartNumber: displayName.toUpperCase().replace(/\W+/g, '_'),
    displayName,
    totalUnits: 25,
    consumedUnits: 20,
    availableUnits: 5,
    servicePlans: [{ id: 'plan-1', name: 'EXCHANGE_S_ENTERPRISE', displayName: 'Exchange Online (Plan 2)', appliesTo: 'User' }],
    capabilityStatus: 'Enabled',
    licenseGroup: 'group1',
  };
}

export function job(jobId: string, options: { customerId?: string; status?: JobStatus; users?: number; startedAt?: number; finishedAt?: number } = {}): JobRecord {
  const count = options.users ?? 3;
  const operations = Array.from({ length: count }, (_unused, index) => ({
    operation: { userId: `user-${index}`, assign: [{ skuId: E3, disabledPlans: [] }], remove: [] },
    requestId: `${jobId}-request-${index}`,
    displayName: `User ${index}`,
    userPrincipalName: `user${index}@contoso.example`,
  }));
  const states: Record<string, OperationRecord> = {};
  for (const { operation, requestId } of operations) states[operation.userId] = { userId: operation.userId, requestId, state: 'pending', attempts: 0 };
  const base = {
    jobId,
    customerId: options.customerId ?? CUSTOMER,
    startedBy: 'Ada Admin',
    startedAt: options.startedAt ?? 1_700_000_000_000,
    status: options.status ?? 'running',
    operations,
    states,
    productNames: { [E3]: 'Office 365 E3' },
  };
  return options.finishedAt === undefined ? base : { ...base, finishedAt: options.finishedAt };
}

/** The version-1 schema as it shipped (written out here, not taken from src/store/upgrades.ts). */
export function createVersion1Schema(db: IDBPDatabase): void {
  db.createObjectStore('meta', { keyPath: 'key' });
  db.createObjectStore('tenantUsers', { keyPath: 'customerId' });
  db.createObjectStore('tenantProducts', { keyPath: 'customerId' });
  db.createObjectStore('userLicenses', { keyPath: ['customerId', 'userId'] }).createIndex('by-customer', 'customerId');
  db.createObjectStore('jobs', { keyPath: 'jobId' }).createIndex('by-customer', 'customerId');
}
