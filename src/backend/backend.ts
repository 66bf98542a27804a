/**
 * The one interface the rest of the product uses to talk to a partner backend.
 * Implemented by the Partner Center adapter and the Microsoft Graph adapter; chosen by configuration.
 */
import type { Agent, CustomerId, HeldLicense, Product, TenantUser, UserId } from '../core/types.js';
import type { ApplyPort } from '../core/executor/ports.js';
import type { Sleep } from '../core/executor/clock.js';

/**
 * An async function the host supplies; adapters call it for every request and never store the token. When the
 * service refused the token it gave (401), it is called once more with `{ rejected: true }`: a host that can renew
 * the token (a sign-in) does so then; one that cannot may ignore the argument.
 */
export type TokenProvider = (request?: TokenRequest) => Promise<string>;

export interface TokenRequest {
  /** The service refused the last token: renew it rather than hand out the same one. */
  readonly rejected: boolean;
}

export type BackendKind = 'partner-center' | 'graph';

export interface BackendConfig {
  readonly kind: BackendKind;
  /** e.g. https://api.partnercenter.microsoft.com, https://graph.microsoft.com, or the reference server. */
  readonly baseUrl: string;
  readonly customerId: CustomerId;
  readonly tokenProvider: TokenProvider;
  /** Per-request timeout in milliseconds. */
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
  /** Attempts for a read answered 429/5xx or lost on the way (default 3; 1 = no retry). Writes are retried by the executor. */
  readonly readAttempts?: number;
  /** A read is not retried when the service asks for a longer wait than this, in seconds (default 30). */
  readonly maxRetryWaitSeconds?: number;
  /** One read with all its retries ends within this many milliseconds (default 35 s). */
  readonly readDeadlineMs?: number;
  /** The wait between a read's attempts (default: the platform's timers); tests pass a faster clock's. */
  readonly sleep?: Sleep;
}

/** A customer of the partner, for pickers (Partner Center only). */
export interface Customer {
  readonly id: CustomerId;
  readonly companyName: string;
  readonly domain?: string;
}

export interface UserPageRequest {
  readonly pageSize: number;
  /** Server-side search on display name or principal name; empty for all users. */
  readonly search?: string;
  /** Opaque continuation from the previous page; absent for the first page. */
  readonly continuation?: string;
  readonly signal?: AbortSignal;
  /** Ask for the number of users matching (Graph `$count`); an adapter that cannot count leaves `total` out. */
  readonly count?: boolean;
  /** false: leave out licenses that would cost a request per user (Partner Center); the page says so. */
  readonly withLicenses?: boolean;
}

export interface UserPage {
  readonly users: readonly TenantUser[];
  /** Present when another page follows. */
  readonly continuation?: string;
  /** Users matching the whole query, when asked for and the service can tell (first page only). */
  readonly total?: number;
  /** True when the users' licenses were not read (each user's `licenses` is then empty, not known). */
  readonly licensesOmitted?: boolean;
}

/** Users to look up, as a pasted list names them (the caller tells ids from names and which entries matched). */
export interface UserLookup {
  readonly ids: readonly string[];
  readonly principalNames: readonly string[];
}

export interface LicenseBackend {
  readonly kind: BackendKind;
  /** The largest page of users the service gives in one request. */
  readonly maxPageSize: number;
  listUsers(request: UserPageRequest): Promise<UserPage>;
  /**
   * The users with these object ids or principal names, with their licenses, in as few requests as the API allows.
   * Absent where the service cannot look users up by name (Partner Center): the caller walks `listUsers` instead.
   */
  findUsers?(lookup: UserLookup, signal?: AbortSignal): Promise<readonly TenantUser[]>;
  /** Current licenses of the given users, keyed by user id. */
  getLicenses(userIds: readonly UserId[], signal?: AbortSignal): Promise<ReadonlyMap<UserId, readonly HeldLicense[]>>;
  listProducts(signal?: AbortSignal): Promise<readonly Product[]>;
  /** The signed-in agent and roles, when the service can tell; null when it cannot (the host then says). */
  getAgent(signal?: AbortSignal): Promise<Agent | null>;
  /** The partner's customers, for a customer picker; only Partner Center can list them. */
  listCustomers?(signal?: AbortSignal): Promise<readonly Customer[]>;
  /** Applies per-user operations; the bulk executor drives it. */
  readonly applier: ApplyPort;
}
