/**
 * One function per schema version step. Each step keeps every row the admin needs (cache, journal, history):
 * data is moved, never dropped. Steps run inside the open's versionchange transaction, in order.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { OperationRecord } from '../core/executor/ports.js';
import type { JobRow, LmDbSchema, OperationRow } from './schema.js';

type UpgradeDb = IDBPDatabase<LmDbSchema>;
type UpgradeTransaction = IDBPTransaction<LmDbSchema, StoreNames<LmDbSchema>[], 'versionchange'>;

/** Version 1: the cache stores and the job journal, each job row holding its users' states. */
export function upgradeToV1(db: UpgradeDb): void {
  db.createObjectStore('meta', { keyPath: 'key' });
  db.createObjectStore('tenantUsers', { keyPath: 'customerId' });
  db.createObjectStore('tenantProducts', { keyPath: 'customerId' });
  const licenses = db.createObjectStore('userLicenses', { keyPath: ['customerId', 'userId'] });
  licenses.createIndex('by-customer', 'customerId');
  const jobs = db.createObjectStore('jobs', { keyPath: 'jobId' });
  jobs.createIndex('by-customer', 'customerId');
}

/**
 * Version 2: every job's `states` move into rows of the new "operations" store ([jobId, userId]);
 * jobs get a [customerId, status] index for interrupted-job discovery and history.
 */
export async function upgradeToV2(db: UpgradeDb, transaction: UpgradeTransaction): Promise<void> {
  db.createObjectStore('operations', { keyPath: ['jobId', 'userId'] });
  const jobs = transaction.objectStore('jobs');
  jobs.createIndex('by-customer-status', ['customerId', 'status']);
  const operations = transaction.objectStore('operations');
  let cursor = await jobs.openCursor();
  while (cursor) {
    const stored: unknown = cursor.value;
    const states = statesOfVersion1Job(stored);
    const jobId = cursor.value.jobId;
    for (const record of states) {
      const row: OperationRow = { ...record, jobId };
      await operations.put(row);
    }
    await cursor.update(withoutStates(cursor.value));
    cursor = await cursor.continue();
  }
}

/** Runs the steps between the stored version and the current one. */
export async function runUpgrades(db: UpgradeDb, oldVersion: number, newVersion: number, transaction: UpgradeTransaction): Promise<void> {
  if (oldVersion < 1 && newVersion >= 1) upgradeToV1(db);
  if (oldVersion < 2 && newVersion >= 2) await upgradeToV2(db, transaction);
}

function statesOfVersion1Job(stored: unknown): OperationRecord[] {
  if (typeof stored !== 'object' || stored === null || !('states' in stored)) return [];
  const states: unknown = stored.states;
  if (typeof states !== 'object' || states === null) return [];
  return Object.values(states).filter(isOperationRecord);
}

function isOperationRecord(value: unknown): value is OperationRecord {
  return (
    typeof value === 'object' &&
    value !== null &&
    'userId' in value &&
    typeof value.userId === 'string' &&
    'requestId' in value &&
    typeof value.requestId === 'string' &&
    'state' in value &&
    typeof value.state === 'string'
  );
}

function withoutStates(row: JobRow): JobRow {
  const copy: Record<string, unknown> & JobRow = { ...row };
  delete copy['states'];
  return copy;
}
