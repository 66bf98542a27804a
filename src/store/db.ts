/**
 * The IndexedDB database ("license-manager") and the one function that opens it. Version steps live in upgrades.ts,
 * row types in schema.ts.
 *
 * Version 1: meta, tenantUsers, tenantProducts, userLicenses, jobs (each job row carried every user's state).
 * Version 2: operation states move to their own store "operations" (one small row per user and job, so recording
 *            a state change is one put instead of rewriting a 500-user job), jobs gain a [customerId, status] index.
 */
import { openDB } from 'idb';
import type { LmDb, LmDbSchema } from './schema.js';
import { runUpgrades } from './upgrades.js';

export const DB_NAME = 'license-manager';
export const DB_VERSION = 2;

export interface OpenLmDbOptions {
  /** Another name than "license-manager" (tests use one database each). */
  readonly name?: string;
  /** An older connection elsewhere keeps the upgrade waiting. */
  readonly onBlocked?: (currentVersion: number) => void;
  /** A newer version wants to open: this connection has been closed so it can. */
  readonly onBlocking?: () => void;
  /** The browser closed the connection (storage cleared, disk error). */
  readonly onTerminated?: () => void;
}

export function openLmDb(options: OpenLmDbOptions = {}): Promise<LmDb> {
  let database: LmDb | null = null;
  const opening = openDB<LmDbSchema>(options.name ?? DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, newVersion, transaction) {
      // The open request reports an aborted upgrade; the transaction's own promise need not.
      transaction.done.catch(() => undefined);
      runUpgrades(db, oldVersion, newVersion ?? DB_VERSION, transaction).catch(() => {
        // A failed migration must not leave a half-upgraded database: abort, so the open fails and nothing changes.
        try {
          transaction.abort();
        } catch {
          // already finished or aborted
        }
      });
    },
    blocked(currentVersion) {
      options.onBlocked?.(currentVersion);
    },
    blocking() {
      database?.close();
      options.onBlocking?.();
    },
    terminated() {
      options.onTerminated?.();
    },
  });
  return opening.then((db) => {
    database = db;
    return db;
  });
}
