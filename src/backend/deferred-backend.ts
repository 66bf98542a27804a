/**
 * A backend whose adapter module loads on its first call. The widget makes the Graph adapter a chunk of its own, so
 * a host on Partner Center (the default) never downloads it. A load that fails rejects that call like a network
 * error does, and the next call loads again.
 */
import type { ApplyPort, LicenseRead } from '../core/executor/ports.js';
import type { TenantUser, UserId } from '../core/types.js';
import type { BackendKind, LicenseBackend, UserLookup, UserPageRequest } from './backend.js';

export class DeferredBackend implements LicenseBackend {
  readonly applier: ApplyPort;
  readonly maxPageSize: number;
  private loading: Promise<LicenseBackend> | null = null;

  /**
   * `maxBatchSize`, `maxPageSize` and whether the adapter reads many users' licenses in one call are the adapter's
   * own, known before it loads (the executor reads them synchronously to pack its calls).
   */
  constructor(readonly kind: BackendKind, limits: { readonly maxBatchSize: number; readonly maxPageSize: number; readonly readsMany: boolean }, private readonly load: () => Promise<LicenseBackend>) {
    this.maxPageSize = limits.maxPageSize;
    const applier: ApplyPort = {
      maxBatchSize: limits.maxBatchSize,
      apply: async (operations, signal) => (await this.adapter()).applier.apply(operations, signal),
      readLicenses: async (userId, signal) => (await this.adapter()).applier.readLicenses(userId, signal),
    };
    this.applier = limits.readsMany ? { ...applier, readManyLicenses: (userIds, signal) => this.readMany(userIds, signal) } : applier;
  }

  private async readMany(userIds: readonly UserId[], signal?: AbortSignal): Promise<readonly LicenseRead[]> {
    const { applier } = await this.adapter();
    if (!applier.readManyLicenses) throw new Error(`The ${this.kind} adapter cannot read several users' licenses in one call`);
    return applier.readManyLicenses(userIds, signal);
  }

  async listUsers(request: UserPageRequest): ReturnType<LicenseBackend['listUsers']> {
    return (await this.adapter()).listUsers(request);
  }

  async findUsers(lookup: UserLookup, signal?: AbortSignal): Promise<readonly TenantUser[]> {
    const adapter = await this.adapter();
    if (!adapter.findUsers) throw new Error(`The ${this.kind} adapter cannot look users up by name`);
    return adapter.findUsers(lookup, signal);
  }

  async getLicenses(...args: Parameters<LicenseBackend['getLicenses']>): ReturnType<LicenseBackend['getLicenses']> {
    return (await this.adapter()).getLicenses(...args);
  }

  async listProducts(signal?: AbortSignal): ReturnType<LicenseBackend['listProducts']> {
    return (await this.adapter()).listProducts(signal);
  }

  async getAgent(signal?: AbortSignal): ReturnType<LicenseBackend['getAgent']> {
    return (await this.adapter()).getAgent(signal);
  }

  private adapter(): Promise<LicenseBackend> {
    this.loading ??= this.load().catch((error: unknown) => {
      this.loading = null;
      throw error;
    });
    return this.loading;
  }
}
