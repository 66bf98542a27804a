/**
 * An in-memory LicenseBackend for session tests. It keeps a directory and applies operations with the same
 * rules a real service enforces (units, usage location, exclusive products, roles), pages with opaque
 * continuation tokens, honours AbortSignal, and records every call so tests can check what was asked.
 */
import type { UserLookup, LicenseBackend, UserPage, UserPageRequest } from '../../src/backend/backend.js';
import { BackendError } from '../../src/backend/errors.js';
import type { ApplyPort, ApplyResult, KeyedOperation } from '../../src/core/executor/ports.js';
import type { Agent, HeldLicense, Product, ServicePlan, SkuId, TenantUser, UserId } from '../../src/core/types.js';

export function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

/** A promise the test resolves by hand, to hold a response while it checks the state in between. */
export class Gate {
  private waiters: (() => void)[] = [];
  closed = false;
  wait(signal?: AbortSignal): Promise<void> {
    if (!this.closed) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.waiters.push(resolve);
      signal?.addEventListener('abort', () => reject(abortError()), { once: true });
    });
  }
  close(): void {
    this.closed = true;
  }
  open(): void {
    this.closed = false;
    for (const resolve of this.waiters.splice(0)) resolve();
  }
}

export function plan(id: string, name: string, appliesTo: 'User' | 'Tenant' = 'User'): ServicePlan {
  return { id, name, displayName: name.replace(/_/g, ' '), appliesTo };
}

export function product(skuId: SkuId, displayName: string, totalUnits: number, servicePlans: readonly ServicePlan[] = [], skuPartNumber = displayName.toUpperCase().replace(/\W+/g, '_')): Product {
  return { skuId, skuPartNumber, displayName, totalUnits, consumedUnits: 0, availableUnits: totalUnits, servicePlans, capabilityStatus: 'Enabled', licenseGroup: 'group1' };
}

export function user(id: UserId, displayName: string, licenses: readonly HeldLicense[] = [], usageLocation: string | null = 'SE'): TenantUser {
  return { id, displayName, userPrincipalName: `${displayName.toLowerCase().replace(/\W+/g, '.')}@contoso.test`, usageLocation, licenses };
}

export function held(skuId: SkuId, disabledPlans: readonly string[] = []): HeldLicense {
  return { skuId, disabledPlans };
}

export class FakeBackend implements LicenseBackend {
  readonly kind = 'partner-center' as const;
  maxPageSize = 1000;
  /** false: like Partner Center, a page without licenses when asked (`withLicenses: false`). */
  listsLicenses = true;
  /** false: like Partner Center, no count of matching users (`count: true` is ignored). */
  countsUsers = true;
  users: TenantUser[];
  products: Product[];
  agent: Agent | null = { name: 'Alex Admin', roles: ['AdminAgent'] };
  /** Pairs of products that cannot be held together. */
  exclusive: [SkuId, SkuId][] = [];
  /** Writes answer 403 (the agent lost its role in the customer tenant). */
  forbidden = false;
  readonly usersGate = new Gate();
  readonly applyGate = new Gate();
  readonly productsGate = new Gate();
  readonly calls = {
    listUsers: [] as UserPageRequest[],
    getLicenses: [] as (readonly UserId[])[],
    listProducts: 0,
    apply: [] as KeyedOperation[],
    readLicenses: [] as UserId[],
    findUsers: [] as UserLookup[],
  };
  /** Errors thrown by the next call of each kind (then cleared). */
  failNext: { listUsers?: Error; getLicenses?: Error; listProducts?: Error } = {};
  /** The next write is answered 429 with this Retry-After (seconds). */
  throttleNextApply: number | null = null;

  constructor(users: readonly TenantUser[], products: readonly Product[]) {
    this.users = [...users];
    this.products = products.map((p) => this.withCounts(p, users));
  }

  private withCounts(p: Product, users: readonly TenantUser[]): Product {
    const consumed = users.filter((u) => u.licenses.some((l) => l.skuId === p.skuId)).length;
    return { ...p, consumedUnits: consumed, availableUnits: Math.max(0, p.totalUnits - consumed) };
  }

  private takeFailure(kind: keyof FakeBackend['failNext']): void {
    const error = this.failNext[kind];
    if (error) {
      delete this.failNext[kind];
      throw error;
    }
  }

  async listUsers(request: UserPageRequest): Promise<UserPage> {
    this.calls.listUsers.push(request);
    await this.usersGate.wait(request.signal);
    if (request.signal?.aborted) throw abortError();
    this.takeFailure('listUsers');
    const query = (request.search ?? '').toLowerCase();
    const matching = this.users.filter((u) => !query || u.displayName.toLowerCase().includes(query) || u.userPrincipalName.toLowerCase().includes(query));
    const start = request.continuation === undefined ? 0 : Number(atob(request.continuation));
    const page = matching.slice(start, start + request.pageSize);
    const next = start + request.pageSize;
    const omit = !this.listsLicenses && request.withLicenses === false;
    return {
      users: omit ? page.map((u) => ({ ...u, licenses: [] })) : page,
      ...(next < matching.length ? { continuation: btoa(String(next)) } : {}),
      ...(request.count && this.countsUsers && start === 0 ? { total: matching.length } : {}),
      ...(omit ? { licensesOmitted: true } : {}),
    };
  }

  async findUsers(lookup: UserLookup, signal?: AbortSignal): Promise<readonly TenantUser[]> {
    this.calls.findUsers.push(lookup);
    await this.usersGate.wait(signal);
    const ids = new Set(lookup.ids.map((id) => id.toLowerCase()));
    const names = new Set(lookup.principalNames.map((name) => name.toLowerCase()));
    // The fake's ids ('u02') are no GUIDs, so the session sends them as names: a name may be an id here.
    return this.users.filter((u) => ids.has(u.id.toLowerCase()) || names.has(u.userPrincipalName.toLowerCase()) || names.has(u.id.toLowerCase()));
  }

  async getLicenses(userIds: readonly UserId[], signal?: AbortSignal): Promise<ReadonlyMap<UserId, readonly HeldLicense[]>> {
    this.calls.getLicenses.push(userIds);
    if (signal?.aborted) throw abortError();
    this.takeFailure('getLicenses');
    const result = new Map<UserId, readonly HeldLicense[]>();
    for (const id of userIds) {
      const found = this.users.find((u) => u.id === id);
      if (found) result.set(id, found.licenses);
    }
    return result;
  }

  async listProducts(): Promise<readonly Product[]> {
    this.calls.listProducts++;
    await this.productsGate.wait();
    this.takeFailure('listProducts');
    return this.products.map((p) => this.withCounts(p, this.users));
  }

  async getAgent(): Promise<Agent | null> {
    return this.agent;
  }

  licensesOf(userId: UserId): readonly HeldLicense[] {
    return this.users.find((u) => u.id === userId)?.licenses ?? [];
  }

  readonly applier: ApplyPort = {
    maxBatchSize: 1,
    apply: async (operations, signal) => {
      await this.applyGate.wait(signal);
      return operations.map((keyed) => this.applyOne(keyed));
    },
    readLicenses: async (userId) => {
      this.calls.readLicenses.push(userId);
      return this.licensesOf(userId);
    },
  };

  private failed(kind: Parameters<typeof failure>[0], message: string, httpStatus = 400): ApplyResult {
    return failure(kind, message, httpStatus);
  }

  private applyOne(keyed: KeyedOperation): ApplyResult {
    this.calls.apply.push(keyed);
    const { operation } = keyed;
    if (this.forbidden) return this.failed('forbidden', 'Access denied: the agent has no role that can change licenses.', 403);
    if (this.throttleNextApply !== null) {
      const retryAfterSeconds = this.throttleNextApply;
      this.throttleNextApply = null;
      return { status: 'failed', reason: { kind: 'throttled', message: 'Rate limit is exceeded.', httpStatus: 429 }, retryable: true, retryAfterSeconds };
    }
    const index = this.users.findIndex((u) => u.id === operation.userId);
    const target = this.users[index];
    if (!target) return this.failed('not-found', `User ${operation.userId} not found`, 404);
    if (operation.usageLocation !== undefined) {
      this.users[index] = { ...target, usageLocation: operation.usageLocation };
      return { status: 'succeeded' };
    }
    if (operation.assign.length > 0 && target.usageLocation === null) {
      return this.failed('usage-location-missing', 'License assignment cannot be done for user with invalid usage location.');
    }
    const after = new Map(target.licenses.map((l) => [l.skuId, l]));
    for (const skuId of operation.remove) after.delete(skuId);
    for (const assignment of operation.assign) {
      const p = this.products.find((x) => x.skuId === assignment.skuId);
      if (!p) return this.failed('not-found', `Product ${assignment.skuId} not found`, 404);
      const counted = this.withCounts(p, this.users);
      if (!target.licenses.some((l) => l.skuId === p.skuId) && counted.availableUnits <= 0) {
        return this.failed('not-enough-licenses', `${p.displayName} does not have any available licenses left.`);
      }
      after.set(assignment.skuId, { skuId: assignment.skuId, disabledPlans: assignment.disabledPlans });
    }
    for (const [a, b] of this.exclusive) {
      if (after.has(a) && after.has(b)) return this.failed('mutually-exclusive', 'MutuallyExclusiveViolation');
    }
    this.users[index] = { ...target, licenses: [...after.values()] };
    return { status: 'succeeded' };
  }
}

function failure(kind: 'forbidden' | 'not-found' | 'usage-location-missing' | 'not-enough-licenses' | 'mutually-exclusive', message: string, httpStatus: number): ApplyResult {
  return { status: 'failed', reason: { kind, message, httpStatus }, retryable: false };
}

export { BackendError };
