/**
 * LicenseBackend over Microsoft Graph v1.0 in the customer tenant. Users page by `@odata.nextLink` (followed
 * unchanged, only on the configured origin); license writes are `assignLicense` calls packed 20 to a `$batch`.
 */
import type { ApplyPort, ApplyResult, KeyedOperation, LicenseRead } from '../../core/executor/ports.js';
import type { Agent, AgentRole, HeldLicense, Product, TenantUser, UserId } from '../../core/types.js';
import type { BackendConfig, LicenseBackend, UserLookup, UserPage, UserPageRequest } from '../backend.js';
import { failedResult } from '../apply-result.js';
import { chunks, mapLimited } from '../concurrency.js';
import { BackendError, MalformedResponseError } from '../errors.js';
import { systemSleep, type Sleep } from '../../core/executor/clock.js';
import { retryDelayMs } from '../../core/executor/retry.js';
import { apiRoot, HttpClient, transportOptions, type JsonAnswer } from '../http.js';
import { asObject, atMostAskedFor, readArray } from '../parse.js';
import { assignLicenseBatch, getBatch, MAX_BATCH_SIZE, parseBatchResponses, userPath, type BatchSubResponse } from './batch.js';
import { graphError, graphSubResponseError } from './errors.js';
import { GroupNames } from './group-names.js';
import { groupIdsOf, parseSourcedUser, statesOf, withSources, type AssignmentState, type SourcedUser } from './license-states.js';
import { MAX_USERS_TOP } from './limits.js';
import {
  isOnOrigin, parseAssignedLicense, type GraphDisplayNames, type GraphPage, parseDirectoryRoleName, parseGraphPage, graphSkuParser, parseMe,
  parseOrganization,
} from './schema.js';

/**
 * The name tables are the largest data in the widget and only Graph needs them: the widget makes them a chunk that
 * loads with the first product list, in parallel with the request.
 */
async function loadDisplayNames(): Promise<GraphDisplayNames> {
  const tables = await import('../../core/catalog/display-names.js');
  return { products: tables.PRODUCT_DISPLAY_NAMES, servicePlans: tables.SERVICE_PLAN_DISPLAY_NAMES };
}

const USER_FIELDS = 'id,displayName,userPrincipalName,usageLocation,assignedLicenses,licenseAssignmentStates';
const LICENSE_FIELDS = 'id,assignedLicenses,licenseAssignmentStates';
const MAX_TOP = MAX_USERS_TOP;
const BATCHES_IN_FLIGHT = 2;
/** Graph answers at most 15 values in one `in (...)` clause. */
const MAX_IN_VALUES = 15;
const MAX_ROLE_PAGES = 50;

/** Directory role display names → the roles the widget knows; any other role keeps its name (read-only). */
const ROLE_NAMES: Readonly<Record<string, AgentRole>> = {
  'Global Administrator': 'GlobalAdmin',
  'User Administrator': 'UserManagementAdmin',
  'Helpdesk Administrator': 'HelpdeskAgent',
};

export class GraphBackend implements LicenseBackend {
  readonly kind = 'graph' as const;
  readonly maxPageSize = MAX_TOP;
  readonly applier: ApplyPort;
  private readonly http: HttpClient;
  private readonly root: string;
  private readonly origin: string;
  private readonly readAttempts: number;
  private readonly maxRetryWaitSeconds: number;
  private readonly sleep: Sleep;
  private readonly customerId: string;
  private tenantCheck: Promise<void> | null = null;
  private readonly groupNames: GroupNames;

  constructor(config: BackendConfig) {
    this.customerId = config.customerId.trim().toLowerCase();
    this.http = new HttpClient(transportOptions(config, 'graph', graphError));
    this.root = apiRoot(config.baseUrl, 'v1.0');
    this.origin = new URL(this.root).origin;
    this.readAttempts = Math.max(1, config.readAttempts ?? 3);
    this.maxRetryWaitSeconds = config.maxRetryWaitSeconds ?? 30;
    this.sleep = config.sleep ?? systemSleep;
    this.groupNames = new GroupNames(this.http, this.root);
    this.applier = {
      maxBatchSize: MAX_BATCH_SIZE,
      apply: (operations, signal) => this.apply(operations, signal),
      readLicenses: (userId, signal) => this.readLicenses(userId, signal),
      readManyLicenses: (userIds, signal) => this.readManyLicenses(userIds, signal),
    };
  }

  /**
   * Search is `$search="displayName:q"` with `ConsistencyLevel: eventual`, re-sent on every page because Graph
   * does not carry headers into the next link. The continuation is the next link itself.
   */
  async listUsers(request: UserPageRequest): Promise<UserPage> {
    const search = request.search?.trim() ?? '';
    const top = Number.isFinite(request.pageSize) ? Math.min(MAX_TOP, Math.max(1, Math.floor(request.pageSize))) : 100;
    let url: string;
    if (request.continuation) {
      if (!isOnOrigin(request.continuation, this.origin)) {
        throw new BackendError({ kind: 'invalid-request', message: `The continuation link is not on ${this.origin}` });
      }
      url = request.continuation;
    } else {
      const term = search.replace(/["\\]/g, (c) => `\\${c}`);
      url = `${this.root}/users?$select=${USER_FIELDS}&$top=${top}${search ? `&$search=${encodeURIComponent(`"displayName:${term}"`)}` : ''}${request.count ? '&$count=true' : ''}`;
    }
    const query = new URL(url).searchParams;
    const eventual = search !== '' || query.has('$search') || query.has('$count');
    const answer = await this.get(url, request.signal, eventual ? { ConsistencyLevel: 'eventual' } : undefined);
    const page = parseGraphPage(answer.body, this.origin, parseSourcedUser);
    return {
      users: await this.withSources(atMostAskedFor(page.items, top, 'value'), request.signal),
      ...(page.nextLink ? { continuation: page.nextLink } : {}),
      ...(page.count !== undefined ? { total: page.count } : {}),
    };
  }

  /**
   * `$batch` of up to 20 list queries, each `$filter=id in (...)` or `userPrincipalName in (...)` with 15 values:
   * 300 entries per request, licenses included.
   */
  async findUsers(lookup: UserLookup, signal?: AbortSignal): Promise<readonly TenantUser[]> {
    const urls = [
      ...chunks(lookup.ids, MAX_IN_VALUES).map((part) => inFilterUrl('id', part)),
      ...chunks(lookup.principalNames, MAX_IN_VALUES).map((part) => inFilterUrl('userPrincipalName', part)),
    ];
    const bodies = await this.batchGets(urls, signal);
    return this.withSources(bodies.flatMap((body) => (body === null ? [] : parseGraphPage(body, this.origin, parseSourcedUser).items)), signal);
  }

  /** `$batch` GETs of `users/{id}?$select=id,assignedLicenses,licenseAssignmentStates`; missing users are left out. */
  async getLicenses(userIds: readonly UserId[], signal?: AbortSignal): Promise<ReadonlyMap<UserId, readonly HeldLicense[]>> {
    const unique = [...new Set(userIds)];
    const bodies = await this.batchGets(unique.map((userId) => `${userPath(userId)}?$select=${LICENSE_FIELDS}`), signal);
    const read: { readonly userId: UserId; readonly licenses: readonly HeldLicense[]; readonly states: readonly AssignmentState[] | null }[] = [];
    unique.forEach((userId, index) => {
      const body = bodies[index];
      const path = `responses[${index}].body`;
      if (body !== null && body !== undefined) read.push({ userId, licenses: licensesOf(body, path), states: statesOf(body, path) });
    });
    const groups = await this.groupNames.resolve(groupIdsOf(read.map((entry) => entry.states)), signal);
    return new Map(read.map((entry) => [entry.userId, withSources(entry.licenses, entry.states, groups)]));
  }

  /** Each user's licenses with where they come from; the groups behind inherited ones are named in one call. */
  private async withSources(entries: readonly SourcedUser[], signal?: AbortSignal): Promise<TenantUser[]> {
    const groups = await this.groupNames.resolve(groupIdsOf(entries.map((entry) => entry.states)), signal);
    return entries.map(({ user, states }) => ({ ...user, licenses: withSources(user.licenses, states, groups) }));
  }

  /**
   * GETs packed 20 to a `$batch`, two batches in flight; throttled items are asked again after their Retry-After.
   * Answers each url's body in order, null for a 404.
   */
  private async batchGets(urls: readonly string[], signal?: AbortSignal): Promise<readonly unknown[]> {
    await this.verifyTenant(signal);
    const bodies: unknown[] = urls.map(() => null);
    const indexed = urls.map((url, index) => ({ url, index }));
    await mapLimited(chunks(indexed, MAX_BATCH_SIZE), BATCHES_IN_FLIGHT, async (chunk) => {
      let pending = chunk;
      for (let attempt = 1; pending.length > 0; attempt++) {
        const answer = await this.http.fetchJson({
          method: 'POST', url: `${this.root}/$batch`, readOnly: true, ...signalOf(signal),
          body: getBatch(pending.map((item) => item.url)),
        });
        const responses = parseBatchResponses(answer.body);
        const retry: typeof pending = [];
        let retryAfterSeconds: number | undefined;
        let lastError: BackendError | undefined;
        pending.forEach((item, position) => {
          const sub = responseFor(responses, position);
          if (sub.status >= 200 && sub.status < 300) {
            bodies[item.index] = sub.body;
            return;
          }
          if (sub.status === 404) return;
          const error = graphSubResponseError(sub.status, sub.body, sub.headers, false);
          if (error.kind !== 'throttled' && error.kind !== 'unavailable') throw error;
          retry.push(item);
          if (error.retryAfterSeconds !== undefined) retryAfterSeconds = Math.max(retryAfterSeconds ?? 0, error.retryAfterSeconds);
          lastError = error;
        });
        if (retry.length > 0 && (attempt >= this.readAttempts || (retryAfterSeconds ?? 0) > this.maxRetryWaitSeconds)) throw lastError;
        if (retry.length > 0) {
          await this.sleep(retryDelayMs(attempt, retryAfterSeconds, Math.random), signal);
          if (signal?.aborted) throw new BackendError({ kind: 'cancelled', message: 'Cancelled' });
        }
        pending = retry;
      }
    });
    return bodies;
  }

  /** Only SKUs that apply to users. */
  async listProducts(signal?: AbortSignal): Promise<readonly Product[]> {
    const [answer, names] = await Promise.all([this.get(`${this.root}/subscribedSkus`, signal), loadDisplayNames()]);
    const skus = parseGraphPage(answer.body, this.origin, graphSkuParser(names)).items;
    return skus.filter((sku) => sku.appliesTo.toLowerCase() === 'user').map((sku) => sku.product);
  }

  /** The signed-in user and their directory roles; null when the roles cannot be read. */
  async getAgent(signal?: AbortSignal): Promise<Agent | null> {
    try {
      const me = parseMe((await this.get(`${this.root}/me`, signal)).body);
      const names: string[] = [];
      let url: string | undefined = `${this.root}/me/transitiveMemberOf/microsoft.graph.directoryRole`;
      for (let page = 0; url !== undefined && page < MAX_ROLE_PAGES; page++) {
        const rolePage: GraphPage<string> = parseGraphPage((await this.get(url, signal)).body, this.origin, parseDirectoryRoleName);
        names.push(...rolePage.items);
        url = rolePage.nextLink;
      }
      return { name: me.name, roles: [...new Set(names.map((name) => ROLE_NAMES[name] ?? name))] };
    } catch (error) {
      if (error instanceof BackendError && (error.kind === 'not-found' || (error.kind === 'forbidden' && error.httpStatus === 403))) return null;
      throw error;
    }
  }

  private async readLicenses(userId: UserId, signal?: AbortSignal): Promise<readonly HeldLicense[]> {
    const answer = await this.get(`${this.root}${userPath(userId)}?$select=id,assignedLicenses`, signal);
    return licensesOf(answer.body, '');
  }

  /** One `$batch` of GETs, sent once: the executor decides what to ask again and when. */
  private async readManyLicenses(userIds: readonly UserId[], signal?: AbortSignal): Promise<readonly LicenseRead[]> {
    await this.verifyTenant(signal);
    const answer = await this.http.fetchJson({
      method: 'POST', url: `${this.root}/$batch`, readOnly: true, attempts: 1, ...signalOf(signal),
      body: getBatch(userIds.map((userId) => `${userPath(userId)}?$select=id,assignedLicenses`)),
    });
    const responses = parseBatchResponses(answer.body);
    return userIds.map((_, index): LicenseRead => {
      try {
        const sub = responseFor(responses, index);
        if (sub.status < 200 || sub.status >= 300) return { status: 'failed', error: graphSubResponseError(sub.status, sub.body, sub.headers, false) };
        return { status: 'read', licenses: licensesOf(sub.body, `responses[id=${sub.id}].body`) };
      } catch (error) {
        return { status: 'failed', error };
      }
    });
  }

  /** The executor packs calls by `maxBatchSize`; a call with more is refused unsent rather than split again here. */
  private async apply(operations: readonly KeyedOperation[], signal?: AbortSignal): Promise<readonly ApplyResult[]> {
    if (operations.length <= MAX_BATCH_SIZE) return this.applyBatch(operations, signal);
    const tooMany = new BackendError({ kind: 'invalid-request', message: `A $batch carries at most ${MAX_BATCH_SIZE} operations, got ${operations.length}; nothing was sent` });
    return operations.map(() => failedResult(tooMany));
  }

  /** A failed batch call gives every item its result; otherwise each sub-response is judged on its own. */
  private async applyBatch(chunk: readonly KeyedOperation[], signal?: AbortSignal): Promise<ApplyResult[]> {
    let responses: ReadonlyMap<string, BatchSubResponse>;
    try {
      await this.verifyTenant(signal);
      const answer = await this.http.fetchJson({
        method: 'POST', url: `${this.root}/$batch`, body: assignLicenseBatch(chunk.map((keyed) => keyed.operation)), ...signalOf(signal),
      });
      responses = readWriteBatch(answer);
    } catch (error) {
      return chunk.map(() => failedResult(error));
    }
    return chunk.map((_, index) => {
      const sub = responses.get(String(index + 1));
      if (sub === undefined) {
        return failedResult(new BackendError({ kind: 'malformed-response', message: `responses: expected an answer with id "${index + 1}", got none`, ambiguous: true }));
      }
      if (sub.status >= 200 && sub.status < 300) return { status: 'succeeded' } as const;
      return failedResult(graphSubResponseError(sub.status, sub.body, sub.headers, true));
    });
  }

  private async get(url: string, signal: AbortSignal | undefined, headers?: Record<string, string>): Promise<JsonAnswer> {
    await this.verifyTenant(signal);
    return this.http.fetchJson({ method: 'GET', url, ...(headers ? { headers } : {}), ...signalOf(signal) });
  }

  /**
   * Graph answers for the token's tenant whatever customer was meant, so a token for another tenant would list
   * (and change) that tenant's users. Checked once, before the first call; a failed check is tried again.
   */
  private verifyTenant(signal: AbortSignal | undefined): Promise<void> {
    if (this.customerId === '') return Promise.resolve();
    this.tenantCheck ??= this.readTenant(signal).catch((error: unknown) => {
      this.tenantCheck = null;
      throw error;
    });
    return this.tenantCheck;
  }

  private async readTenant(signal: AbortSignal | undefined): Promise<void> {
    let answer: JsonAnswer;
    try {
      answer = await this.http.fetchJson({ method: 'GET', url: `${this.root}/organization?$select=id,displayName`, ...signalOf(signal) });
    } catch (error) {
      // A token that may not read the organization cannot be checked; the calls that follow still say what it may do.
      if (error instanceof BackendError && (error.kind === 'not-found' || (error.kind === 'forbidden' && error.httpStatus === 403))) return;
      throw error;
    }
    const tenant = parseOrganization(answer.body);
    if (tenant.id.toLowerCase() === this.customerId) return;
    const name = tenant.displayName === '' ? tenant.id : `${tenant.displayName} (${tenant.id})`;
    throw new BackendError({ kind: 'wrong-tenant', message: `The access token signs in to ${name}, not to the customer ${this.customerId}.` });
  }
}

/** The batch was sent and answered, so an unreadable answer may hide writes that happened. */
function readWriteBatch(answer: JsonAnswer): ReadonlyMap<string, BatchSubResponse> {
  try {
    return parseBatchResponses(answer.body);
  } catch (error) {
    if (!(error instanceof MalformedResponseError)) throw error;
    throw new BackendError({ kind: 'malformed-response', message: error.message, httpStatus: answer.status, ambiguous: true });
  }
}

function responseFor(responses: ReadonlyMap<string, BatchSubResponse>, index: number): BatchSubResponse {
  const sub = responses.get(String(index + 1));
  if (sub === undefined) throw new MalformedResponseError('responses', `expected an answer with id "${index + 1}", got none`);
  return sub;
}

function licensesOf(body: unknown, path: string): HeldLicense[] {
  return readArray(asObject(body, path), 'assignedLicenses', path, parseAssignedLicense);
}

/** A relative list query for the users whose `property` is one of `values` (OData strings: quotes doubled). */
function inFilterUrl(property: 'id' | 'userPrincipalName', values: readonly string[]): string {
  const list = values.map((value) => `'${value.trim().replace(/'/g, "''")}'`).join(',');
  return `/users?$select=${USER_FIELDS}&$top=${MAX_TOP}&$filter=${encodeURIComponent(`${property} in (${list})`)}`;
}

function signalOf(signal: AbortSignal | undefined): { signal?: AbortSignal } {
  return signal ? { signal } : {};
}
