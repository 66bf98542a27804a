/** The IndexedDB schema's row types, shared by the open (db.ts) and the version steps (upgrades.ts). */
import type { DBSchema, IDBPDatabase } from 'idb';
import type { CustomerId, HeldLicense, Product, TenantUser, UserId } from '../core/types.js';
import type { OperationRecord } from '../core/executor/ports.js';
import type { JobRecord, JobStatus } from './store.js';

export interface MetaRow {
  readonly key: string;
  readonly value: string | number;
}

export interface CachedUsersRow {
  readonly customerId: CustomerId;
  readonly users: readonly TenantUser[];
  readonly fetchedAt: number;
}

export interface CachedProductsRow {
  readonly customerId: CustomerId;
  readonly products: readonly Product[];
  readonly fetchedAt: number;
}

/** One user's licenses as read after a save touched them; newer than the users list it overrides. */
export interface CachedLicensesRow {
  readonly customerId: CustomerId;
  readonly userId: UserId;
  readonly licenses: readonly HeldLicense[];
  readonly fetchedAt: number;
}

/** A job without its per-user states (those live in "operations" since version 2). */
export type JobRow = Omit<JobRecord, 'states'>;

export interface OperationRow extends OperationRecord {
  readonly jobId: string;
}

export interface LmDbSchema extends DBSchema {
  meta: { key: string; value: MetaRow };
  tenantUsers: { key: CustomerId; value: CachedUsersRow };
  tenantProducts: { key: CustomerId; value: CachedProductsRow };
  userLicenses: { key: [CustomerId, UserId]; value: CachedLicensesRow; indexes: { 'by-customer': CustomerId } };
  jobs: { key: string; value: JobRow; indexes: { 'by-customer': CustomerId; 'by-customer-status': [CustomerId, JobStatus] } };
  operations: { key: [string, UserId]; value: OperationRow };
}

export type LmDb = IDBPDatabase<LmDbSchema>;
