/**
 * Holds the open database for the cache and the journal. Reopens after the browser terminated the connection;
 * after a newer version asked to upgrade (another window runs an updated extension) it stays closed and tells.
 */
import { openLmDb, type OpenLmDbOptions } from './db.js';
import type { LmDb } from './schema.js';
import { StoreError, toStoreError } from './store-error.js';

export type NoticeListener = (notice: string) => void;

export const UPGRADED_ELSEWHERE_NOTICE =
  'License Manager was updated in another window, so this panel stopped using its storage. Reload the panel to continue.';

export class LmConnection {
  #current: Promise<LmDb> | null;
  #closedReason: string | null = null;
  readonly #name: string | undefined;
  readonly #listeners = new Set<NoticeListener>();

  private constructor(first: LmDb, name: string | undefined) {
    this.#current = Promise.resolve(first);
    this.#name = name;
  }

  /** Opens the database; rejects when it cannot be opened. `onBlocked` reports an older connection holding the upgrade. */
  static async open(options: Pick<OpenLmDbOptions, 'name' | 'onBlocked'> = {}): Promise<LmConnection> {
    let connection: LmConnection | null = null;
    const db = await openLmDb({
      ...options,
      onBlocking: () => {
        if (connection) connection.#closeForUpgrade();
      },
      onTerminated: () => {
        if (connection) connection.#forget();
      },
    });
    connection = new LmConnection(db, options.name);
    return connection;
  }

  /** The notice, when the connection was closed for good. */
  get closedReason(): string | null {
    return this.#closedReason;
  }

  onNotice(listener: NoticeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Runs `work` on the open database, reopening it if the browser dropped it; IndexedDB errors become StoreErrors. */
  async run<T>(work: (db: LmDb) => Promise<T>): Promise<T> {
    if (this.#closedReason !== null) throw new StoreError('closed', this.#closedReason);
    this.#current ??= this.#reopen();
    try {
      return await work(await this.#current);
    } catch (error) {
      throw toStoreError(error);
    }
  }

  close(): void {
    const current = this.#current;
    this.#current = null;
    this.#closedReason ??= 'The store was closed.';
    void current?.then((db) => db.close(), () => undefined);
  }

  #reopen(): Promise<LmDb> {
    const reopening = openLmDb({
      ...(this.#name === undefined ? {} : { name: this.#name }),
      onBlocking: () => this.#closeForUpgrade(),
      onTerminated: () => this.#forget(),
    });
    reopening.catch(() => {
      if (this.#current === reopening) this.#current = null;
    });
    return reopening;
  }

  #forget(): void {
    this.#current = null;
  }

  #closeForUpgrade(): void {
    this.#current = null;
    this.#closedReason = UPGRADED_ELSEWHERE_NOTICE;
    for (const listener of this.#listeners) listener(UPGRADED_ELSEWHERE_NOTICE);
  }
}
