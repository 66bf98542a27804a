/**
 * Opens the license store: IndexedDB when it works, else the in-memory store with a notice saying why
 * (storage full, an older window blocking the upgrade, IndexedDB unavailable), so the admin can still work.
 */
import { LmConnection } from './connection.js';
import { RunningJobLocks } from './job-locks.js';
import { IdbJobJournal } from './job-journal.js';
import { MemoryLicenseStore } from './memory-store.js';
import { isQuotaError } from './store-error.js';
import type { LicenseStore, StorageFallback } from './store.js';
import { IdbTenantCache } from './tenant-cache.js';

export const FALLBACK_NOTICES: Readonly<Record<StorageFallback, string>> = {
  quota:
    'Browser storage is full, so the cache and the job journal are kept in memory for now: a job cannot be resumed after this page closes. Free up browser storage and reopen License Manager.',
  blocked:
    'An older License Manager window keeps its storage open, so the cache and the job journal are kept in memory for now: a job cannot be resumed after this page closes. Close the other License Manager windows and reopen this one.',
  unavailable:
    'This browser does not allow storage here (for example in a private window), so the cache and the job journal are kept in memory: a job cannot be resumed after this page closes.',
};

export interface ConnectOptions {
  readonly name?: string;
  readonly onBlocked?: (currentVersion: number) => void;
}

export interface OpenStoreOptions {
  /** Database name; "license-manager" unless a test keeps its own. */
  readonly name?: string;
  /** How long older windows may hold up the upgrade before the store falls back to memory. */
  readonly blockedTimeoutMs?: number;
  /** Opens the database; tests pass one that fails the way a full or missing storage does. */
  readonly connect?: (options: ConnectOptions) => Promise<LmConnection>;
}

class BlockedError extends Error {
  override readonly name = 'BlockedError';
}

export class IdbLicenseStore implements LicenseStore {
  readonly cache: IdbTenantCache;
  readonly journal: IdbJobJournal;
  readonly fallback = null;
  readonly #connection: LmConnection;
  readonly #locks = new RunningJobLocks();

  constructor(connection: LmConnection) {
    this.#connection = connection;
    this.cache = new IdbTenantCache(connection);
    this.journal = new IdbJobJournal(connection, this.#locks);
  }

  get notice(): string | null {
    return this.#connection.closedReason;
  }

  onNotice(listener: (notice: string) => void): () => void {
    return this.#connection.onNotice(listener);
  }

  close(): void {
    this.#locks.releaseAll();
    this.#connection.close();
  }
}

export async function openLicenseStore(options: OpenStoreOptions = {}): Promise<LicenseStore> {
  const connect = options.connect ?? ((connectOptions: ConnectOptions) => LmConnection.open(connectOptions));
  if (!options.connect && typeof indexedDB === 'undefined') return fallBack('unavailable');
  let connection: LmConnection | null = null;
  try {
    connection = await openWithin(connect, options.name, options.blockedTimeoutMs ?? 3000);
    // Writing a little at open finds a full storage now rather than in the middle of a job.
    await connection.run((db) => db.put('meta', { key: 'lastOpenedAt', value: Date.now() }));
    return new IdbLicenseStore(connection);
  } catch (error) {
    connection?.close();
    if (error instanceof BlockedError) return fallBack('blocked');
    return fallBack(isQuotaError(error) ? 'quota' : 'unavailable');
  }
}

function fallBack(reason: StorageFallback): LicenseStore {
  return new MemoryLicenseStore(FALLBACK_NOTICES[reason], reason);
}

function openWithin(connect: (options: ConnectOptions) => Promise<LmConnection>, name: string | undefined, timeoutMs: number): Promise<LmConnection> {
  return new Promise<LmConnection>((resolve, reject) => {
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onBlocked = (): void => {
      timer ??= setTimeout(() => {
        if (settled) return;
        settled = true;
        reject(new BlockedError('An older connection keeps the database from upgrading.'));
      }, timeoutMs);
    };
    connect(name === undefined ? { onBlocked } : { name, onBlocked }).then(
      (connection) => {
        clearTimeout(timer);
        // Opened after we gave up waiting: this page already uses memory, so let go of it.
        if (settled) connection.close();
        else resolve(connection);
        settled = true;
      },
      (error: unknown) => {
        clearTimeout(timer);
        if (!settled) reject(error);
        settled = true;
      },
    );
  });
}
