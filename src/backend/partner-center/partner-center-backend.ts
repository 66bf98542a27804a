/**
 * LicenseBackend over the Partner Center REST API (v1). Users page with `size` and continue with
 * `seekOperation=Next` + `MS-ContinuationToken`; each user's licenses are a separate call; every write is one
 * licenseupdates POST per user whose MS-RequestId is the operation's idempotency key.
 */
import type { ApplyPort, ApplyResult, KeyedOperation } from '../../core/executor/ports.js';
import { NO_LICENSES, type Agent, type HeldLicense, type Product, type SkuId, type UserId } from '../../core/types.js';
import type { BackendConfig, Customer, LicenseBackend, UserPage, UserPageRequest } from '../backend.js';
import { failedResult } from '../apply-result.js';
import { mapLimited } from '../concurrency.js';
import { BackendError } from '../errors.js';
import { atMostAskedFor } from '../parse.js';
import { apiRoot, HttpClient, transportOptions } from '../http.js';
import { partnerCenterError } from './errors.js';
import { groupRequests } from './license-update.js';
import { parseAgent } from './agent.js';
import {
  parseCollection, parseCustomer, parseCustomerUser, type CollectionPage, type CustomerUserRecord, parseLicense, parseLicenseUpdateWarnings, parseSubscribedSku,
  type LicenseGroup, type LicenseRecord,
} from './schema.js';

/** Parallel license reads for one page of users: enough to fill a page quickly, few enough to stay polite. */
const LICENSE_READ_CONCURRENCY = 6;
/** Without licenseGroupIds Partner Center answers group1 only; Minecraft Education (group2) would be invisible. */
const BOTH_GROUPS = 'licenseGroupIds=Group1&licenseGroupIds=Group2';
const CUSTOMER_PAGE_SIZE = 100;
/** The largest users page Partner Center serves. */
const MAX_USER_PAGE_SIZE = 1000;
const MAX_CUSTOMER_PAGES = 1000;

export class PartnerCenterBackend implements LicenseBackend {
  readonly kind = 'partner-center' as const;
  readonly maxPageSize = MAX_USER_PAGE_SIZE;
  readonly applier: ApplyPort;
  private readonly http: HttpClient;
  private readonly v1: string;
  private readonly customerRoot: string;
  private readonly skuGroups = new Map<SkuId, LicenseGroup>();
  private productsRead: Promise<unknown> | null = null;

  constructor(config: BackendConfig) {
    this.http = new HttpClient(transportOptions(config, 'partner-center', partnerCenterError));
    this.v1 = apiRoot(config.baseUrl, 'v1');
    this.customerRoot = `${this.v1}/customers/${encodeURIComponent(config.customerId)}`;
    this.applier = {
      maxBatchSize: 1,
      apply: (operations, signal) => this.apply(operations, signal),
      readLicenses: async (userId, signal) => (await this.readLicenses(userId, signal)) ?? [],
    };
  }

  /** The MS-CorrelationId every request of this adapter carries. */
  get correlationId(): string {
    return this.http.correlationId;
  }

  /**
   * Search is our choice of the SDK's filter: `{"Field":"DisplayName","Value":q,"Operator":"substring"}`.
   * A following page sends only `seekOperation=Next` and the token, as the SDK does; the token carries the query.
   */
  async listUsers(request: UserPageRequest): Promise<UserPage> {
    const page = await this.readUserPage(request);
    if (request.withLicenses === false) {
      return { users: page.items.map((user) => ({ ...user, licenses: NO_LICENSES })), licensesOmitted: true, ...continuationOf(page.continuationToken) };
    }
    const licenses = await mapLimited(page.items, LICENSE_READ_CONCURRENCY, (user) => this.readLicenses(user.id, request.signal));
    // A user deleted between the two calls (404 on licenses) is left out rather than shown without licenses.
    const users = page.items.flatMap((user, index) => {
      const held = licenses[index];
      return held === null || held === undefined ? [] : [{ ...user, licenses: held }];
    });
    return { users, ...continuationOf(page.continuationToken) };
  }

  private async readUserPage(request: UserPageRequest): Promise<CollectionPage<CustomerUserRecord>> {
    const search = request.search?.trim() ?? '';
    const size = wholePageSize(request.pageSize);
    const query = new URLSearchParams();
    const headers: Record<string, string> = {};
    if (request.continuation) {
      query.set('seekOperation', 'Next');
      headers['MS-ContinuationToken'] = request.continuation;
    } else {
      query.set('size', String(size));
      if (search) query.set('filter', JSON.stringify({ Field: 'DisplayName', Value: search, Operator: 'substring' }));
    }
    const answer = await this.http.fetchJson({
      method: 'GET', url: `${this.customerRoot}/users?${query}`, headers, ...signalOf(request.signal),
    });
    const page = parseCollection(answer.body, parseCustomerUser);
    // Bounds the license reads that may follow: one per user of the page, never more than the page size asked for.
    atMostAskedFor(page.items, size, 'items');
    return page;
  }

  /** Users that no longer exist are left out of the map. */
  async getLicenses(userIds: readonly UserId[], signal?: AbortSignal): Promise<ReadonlyMap<UserId, readonly HeldLicense[]>> {
    const unique = [...new Set(userIds)];
    const licenses = await mapLimited(unique, LICENSE_READ_CONCURRENCY, (userId) => this.readLicenses(userId, signal));
    const result = new Map<UserId, readonly HeldLicense[]>();
    unique.forEach((userId, index) => {
      const held = licenses[index];
      if (held) result.set(userId, held);
    });
    return result;
  }

  /** Only SKUs that target users; `availableUnits` is the service's own figure. */
  listProducts(signal?: AbortSignal): Promise<readonly Product[]> {
    const read = this.readProducts(signal);
    this.productsRead = read.catch(() => undefined);
    return read;
  }

  /** The reference server's `GET /v1/me`; real Partner Center has no such call and answers 404, so: null. */
  async getAgent(signal?: AbortSignal): Promise<Agent | null> {
    try {
      const answer = await this.http.fetchJson({ method: 'GET', url: `${this.v1}/me`, ...signalOf(signal) });
      return parseAgent(answer.body);
    } catch (error) {
      if (error instanceof BackendError && error.kind === 'not-found') return null;
      throw error;
    }
  }

  /** Every customer of the partner (GET /v1/customers, all pages), for a customer picker. */
  async listCustomers(signal?: AbortSignal): Promise<readonly Customer[]> {
    const customers: Customer[] = [];
    let token: string | undefined;
    const seen = new Set<string>();
    for (let page = 0; page < MAX_CUSTOMER_PAGES; page++) {
      const url = token ? `${this.v1}/customers?seekOperation=Next` : `${this.v1}/customers?size=${CUSTOMER_PAGE_SIZE}`;
      const answer = await this.http.fetchJson({
        method: 'GET', url, ...(token ? { headers: { 'MS-ContinuationToken': token } } : {}), ...signalOf(signal),
      });
      const collection = parseCollection(answer.body, parseCustomer);
      customers.push(...collection.items);
      token = collection.continuationToken;
      if (!token || seen.has(token)) return customers;
      seen.add(token);
    }
    return customers;
  }

  private async readProducts(signal?: AbortSignal): Promise<readonly Product[]> {
    const answer = await this.http.fetchJson({ method: 'GET', url: `${this.customerRoot}/subscribedskus?${BOTH_GROUPS}`, ...signalOf(signal) });
    const skus = parseCollection(answer.body, parseSubscribedSku).items;
    for (const { product } of skus) this.skuGroups.set(product.skuId, product.licenseGroup);
    return skus.filter((sku) => sku.targetType === 'User').map((sku) => sku.product);
  }

  /** null when the user does not exist (404). */
  private async readLicenses(userId: UserId, signal?: AbortSignal): Promise<readonly HeldLicense[] | null> {
    try {
      const answer = await this.http.fetchJson({
        method: 'GET', url: `${this.customerRoot}/users/${encodeURIComponent(userId)}/licenses?${BOTH_GROUPS}`, ...signalOf(signal),
      });
      const records = parseCollection(answer.body, parseLicense).items;
      return records.map((record) => this.remember(record));
    } catch (error) {
      if (error instanceof BackendError && error.kind === 'not-found') return null;
      throw error;
    }
  }

  private remember(record: LicenseRecord): HeldLicense {
    if (record.licenseGroup) this.skuGroups.set(record.skuId, record.licenseGroup);
    return { skuId: record.skuId, disabledPlans: record.disabledPlans };
  }

  private async apply(operations: readonly KeyedOperation[], signal?: AbortSignal): Promise<readonly ApplyResult[]> {
    const results: ApplyResult[] = [];
    for (const keyed of operations) results.push(await this.applyOne(keyed, signal));
    return results;
  }

  private async applyOne({ operation, requestId }: KeyedOperation, signal?: AbortSignal): Promise<ApplyResult> {
    try {
      if (operation.usageLocation !== undefined) {
        await this.http.fetchJson({
          method: 'PATCH',
          url: `${this.customerRoot}/users/${encodeURIComponent(operation.userId)}`,
          body: { usageLocation: operation.usageLocation, attributes: { objectType: 'CustomerUser' } },
          requestId,
          ...signalOf(signal),
        });
        return { status: 'succeeded' };
      }
      await this.learnGroups([...operation.assign.map((a) => a.skuId), ...operation.remove], signal);
      const requests = groupRequests(operation, requestId, (skuId) => this.skuGroups.get(skuId) ?? 'group1');
      const warnings: string[] = [];
      for (const request of requests) {
        const answer = await this.http.fetchJson({
          method: 'POST',
          url: `${this.customerRoot}/users/${encodeURIComponent(operation.userId)}/licenseupdates`,
          body: request.body,
          requestId: request.requestId,
          ...signalOf(signal),
        });
        warnings.push(...parseLicenseUpdateWarnings(answer.body));
      }
      return warnings.length > 0 ? { status: 'succeeded', warnings } : { status: 'succeeded' };
    } catch (error) {
      return failedResult(error);
    }
  }

  /** Reads the SKUs' license groups once when an operation names a SKU we have not seen. */
  private async learnGroups(skuIds: readonly SkuId[], signal?: AbortSignal): Promise<void> {
    if (skuIds.every((skuId) => this.skuGroups.has(skuId))) return;
    if (this.productsRead === null) this.productsRead = this.readProducts(signal).catch(() => undefined);
    await this.productsRead;
  }
}

function wholePageSize(pageSize: number): number {
  return Number.isFinite(pageSize) ? Math.min(MAX_USER_PAGE_SIZE, Math.max(1, Math.floor(pageSize))) : 100;
}

function continuationOf(token: string | undefined): { continuation?: string } {
  return token === undefined ? {} : { continuation: token };
}

function signalOf(signal: AbortSignal | undefined): { signal?: AbortSignal } {
  return signal ? { signal } : {};
}
