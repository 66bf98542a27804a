/**
 * The tenant cache in IndexedDB: the users list, the products and licenses read after a save, per customer,
 * each with the time it was fetched, so a reopened panel can show them before the backend answers.
 */
import type { CustomerId, HeldLicense, Product, TenantUser, UserId } from '../core/types.js';
import type { LmConnection } from './connection.js';
import type { CachedLicensesRow } from './schema.js';
import { isQuotaError } from './store-error.js';
import { overlayLicenses } from './store-rules.js';
import type { Cached, TenantCache } from './store.js';

export class IdbTenantCache implements TenantCache {
  constructor(private readonly connection: LmConnection) {}

  getUsers(customerId: CustomerId): Promise<Cached<readonly TenantUser[]> | null> {
    return this.connection.run(async (db) => {
      const transaction = db.transaction(['tenantUsers', 'userLicenses'], 'readonly');
      const [row, overrides] = await Promise.all([
        transaction.objectStore('tenantUsers').get(customerId),
        transaction.objectStore('userLicenses').index('by-customer').getAll(customerId),
      ]);
      if (!row) return null;
      return { value: overlayLicenses(row.users, row.fetchedAt, overrides), fetchedAt: row.fetchedAt };
    });
  }

  putUsers(customerId: CustomerId, users: readonly TenantUser[], fetchedAt: number): Promise<void> {
    return this.#writeMakingRoom(customerId, async () => {
      await this.connection.run(async (db) => {
        const transaction = db.transaction(['tenantUsers', 'userLicenses'], 'readwrite');
        const licenses = transaction.objectStore('userLicenses');
        // Licenses read before this list are superseded by it.
        let cursor = await licenses.index('by-customer').openCursor(customerId);
        while (cursor) {
          if (cursor.value.fetchedAt < fetchedAt) await cursor.delete();
          cursor = await cursor.continue();
        }
        await transaction.objectStore('tenantUsers').put({ customerId, users, fetchedAt });
        await transaction.done;
      });
    });
  }

  getProducts(customerId: CustomerId): Promise<Cached<readonly Product[]> | null> {
    return this.connection.run(async (db) => {
      const row = await db.get('tenantProducts', customerId);
      return row ? { value: row.products, fetchedAt: row.fetchedAt } : null;
    });
  }

  putProducts(customerId: CustomerId, products: readonly Product[], fetchedAt: number): Promise<void> {
    return this.#writeMakingRoom(customerId, () =>
      this.connection.run(async (db) => {
        await db.put('tenantProducts', { customerId, products, fetchedAt });
      }),
    );
  }

  putLicenses(customerId: CustomerId, licenses: ReadonlyMap<UserId, readonly HeldLicense[]>, fetchedAt: number): Promise<void> {
    return this.#writeMakingRoom(customerId, () =>
      this.connection.run(async (db) => {
        const transaction = db.transaction('userLicenses', 'readwrite');
        for (const [userId, held] of licenses) {
          const row: CachedLicensesRow = { customerId, userId, licenses: held, fetchedAt };
          void transaction.store.put(row);
        }
        await transaction.done;
      }),
    );
  }

  /** Drops every customer's cached data except `keep`'s. */
  forgetOtherCustomers(keep: CustomerId): Promise<void> {
    return this.connection.run(async (db) => {
      const transaction = db.transaction(['tenantUsers', 'tenantProducts', 'userLicenses'], 'readwrite');
      for (const name of ['tenantUsers', 'tenantProducts'] as const) {
        for (const key of await transaction.objectStore(name).getAllKeys()) {
          if (key !== keep) await transaction.objectStore(name).delete(key);
        }
      }
      for (const key of await transaction.objectStore('userLicenses').getAllKeys()) {
        if (key[0] !== keep) await transaction.objectStore('userLicenses').delete(key);
      }
      await transaction.done;
    });
  }

  /** The cache is only a head start: when storage is full, other customers' copies make room for this one. */
  async #writeMakingRoom(customerId: CustomerId, write: () => Promise<void>): Promise<void> {
    try {
      await write();
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      await this.forgetOtherCustomers(customerId);
      await write();
    }
  }
}
