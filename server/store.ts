/**
 * The reference server's state: customers with their products and users, unit counts kept in step with
 * every change, remembered answers for repeated MS-RequestIds, and the audit counters tests read.
 */
import type { Fixture, FixtureAgent, FixtureCustomer, FixtureServicePlan, FixtureSku } from './fixture.js';
import { licenseGroupMembers, type GroupRecord, type InheritedLicense } from './group-licensing.js';
import { subscriptionIdFor } from './subscription-ids.js';

export interface UserRecord {
  readonly id: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  usageLocation: string | null;
  /** Direct assignments: skuId -> disabled service plan ids, in assignment order. */
  readonly licenses: Map<string, readonly string[]>;
  /** Assignments through groups: skuId -> one entry per group, in group order (group-licensing.ts). */
  readonly inherited: Map<string, InheritedLicense[]>;
  /** Lower-cased "displayName\nuserPrincipalName", for search. */
  readonly searchText: string;
}

export interface SkuRecord extends Required<Omit<FixtureSku, 'requires' | 'excludes' | 'unavailableIn' | 'servicePlans'>> {
  readonly servicePlans: readonly Required<FixtureServicePlan>[];
  readonly requires: readonly string[];
  /** Symmetric: filled from both sides of every fixture `excludes`. */
  readonly excludes: Set<string>;
  readonly unavailableIn: readonly string[];
}

/** A finished answer, kept so a repeated request id gets the same one. */
export interface StoredReply {
  readonly status: number;
  readonly body: unknown;
}

export interface Audit {
  readonly applied: Map<string, number>;
  /** License updates received per user, applied, refused or replayed alike (reference-only). */
  readonly received: Map<string, number>;
  requests: number;
  throttled: number;
}

/** Remembered answers per customer; the oldest are forgotten past this many. */
const REPLY_MEMORY = 100_000;

export class CustomerRecord {
  readonly id: string;
  readonly name: string;
  readonly domain: string;
  readonly skus = new Map<string, SkuRecord>();
  readonly users: UserRecord[] = [];
  readonly groups: GroupRecord[] = [];
  readonly usersById = new Map<string, UserRecord>();
  readonly usersByPrincipal = new Map<string, UserRecord>();
  readonly consumed = new Map<string, number>();
  readonly replies = new Map<string, StoredReply>();
  readonly audit: Audit = { applied: new Map(), received: new Map(), requests: 0, throttled: 0 };

  constructor(source: FixtureCustomer) {
    this.id = source.id;
    this.name = source.name;
    const firstDomain = source.users[0]?.userPrincipalName.split('@')[1];
    this.domain = source.domain ?? firstDomain ?? `${source.name.toLowerCase().replace(/[^a-z0-9]/g, '')}.onmicrosoft.com`;
    for (const sku of source.skus) {
      this.skus.set(sku.skuId, {
        skuId: sku.skuId,
        skuPartNumber: sku.skuPartNumber,
        name: sku.name,
        totalUnits: sku.totalUnits,
        servicePlans: sku.servicePlans.map((plan) => ({ ...plan, appliesTo: plan.appliesTo ?? 'User' })),
        requires: sku.requires ?? [],
        excludes: new Set(sku.excludes ?? []),
        unavailableIn: sku.unavailableIn ?? [],
        appliesTo: sku.appliesTo ?? 'User',
        capabilityStatus: sku.capabilityStatus ?? 'Enabled',
        warningUnits: sku.warningUnits ?? 0,
        suspendedUnits: sku.suspendedUnits ?? 0,
        lockedOutUnits: sku.lockedOutUnits ?? 0,
        subscriptionIds: sku.subscriptionIds ?? [subscriptionIdFor(source.id, sku.skuId)],
      });
      this.consumed.set(sku.skuId, 0);
    }
    for (const sku of this.skus.values()) {
      for (const other of sku.excludes) this.skus.get(other)?.excludes.add(sku.skuId);
    }
    for (const source_ of source.users) {
      const user: UserRecord = {
        id: source_.id,
        displayName: source_.displayName,
        userPrincipalName: source_.userPrincipalName,
        usageLocation: source_.usageLocation ?? null,
        licenses: new Map(source_.licenses.map((license) => [license.skuId, [...license.disabledPlans]])),
        inherited: new Map(),
        searchText: `${source_.displayName}\n${source_.userPrincipalName}`.toLowerCase(),
      };
      this.users.push(user);
      this.usersById.set(user.id, user);
      this.usersByPrincipal.set(user.userPrincipalName.toLowerCase(), user);
      for (const skuId of user.licenses.keys()) this.consumed.set(skuId, (this.consumed.get(skuId) ?? 0) + 1);
    }
    for (const group of source.groups ?? []) {
      this.groups.push({ id: group.id, displayName: group.displayName, members: [...group.members], licenses: group.licenses });
    }
    licenseGroupMembers(this);
  }

  /** Whether the user holds the product, directly or through a group whose assignment is active. */
  holds(user: UserRecord, skuId: string): boolean {
    return user.licenses.has(skuId) || (user.inherited.get(skuId) ?? []).some((entry) => entry.state === 'Active');
  }

  /** Every product the user holds: skuId -> disabled plans (the direct assignment's, else the first active group's). */
  heldLicenses(user: UserRecord): Map<string, readonly string[]> {
    const held = new Map(user.licenses);
    for (const [skuId, entries] of user.inherited) {
      const active = entries.find((entry) => entry.state === 'Active');
      if (active && !held.has(skuId)) held.set(skuId, active.disabledPlans);
    }
    return held;
  }

  /** Units that may be assigned now: only an Enabled subscription's own units, less those in use. */
  availableUnits(skuId: string): number {
    const sku = this.skus.get(skuId);
    if (!sku || sku.capabilityStatus !== 'Enabled') return 0;
    return Math.max(0, sku.totalUnits - (this.consumed.get(skuId) ?? 0));
  }

  /** By object id or user principal name, case-insensitively. */
  findUser(idOrPrincipal: string): UserRecord | undefined {
    const key = idOrPrincipal.toLowerCase();
    return this.usersById.get(key) ?? this.usersByPrincipal.get(key);
  }

  /** Applies one already-checked license change to one user, keeping unit counts in step. */
  applyLicenseChange(user: UserRecord, assign: readonly { skuId: string; disabledPlans: readonly string[] }[], remove: readonly string[]): void {
    // A unit is used per holder, not per assignment: a product also held through a group keeps its unit.
    for (const skuId of remove) {
      if (user.licenses.delete(skuId) && !this.holds(user, skuId)) this.consumed.set(skuId, (this.consumed.get(skuId) ?? 1) - 1);
    }
    for (const license of assign) {
      if (!this.holds(user, license.skuId)) this.consumed.set(license.skuId, (this.consumed.get(license.skuId) ?? 0) + 1);
      user.licenses.set(license.skuId, [...license.disabledPlans]);
    }
    this.audit.applied.set(user.id, (this.audit.applied.get(user.id) ?? 0) + 1);
  }

  /** Counts a license update addressed to this user, before anything is decided. */
  noteUpdateReceived(userId: string): void {
    this.audit.received.set(userId, (this.audit.received.get(userId) ?? 0) + 1);
  }

  rememberReply(userId: string, requestId: string, reply: StoredReply): void {
    const key = `${userId}\n${requestId}`;
    this.replies.set(key, reply);
    if (this.replies.size > REPLY_MEMORY) {
      const oldest = this.replies.keys().next().value;
      if (oldest !== undefined) this.replies.delete(oldest);
    }
  }

  recalledReply(userId: string, requestId: string): StoredReply | undefined {
    return this.replies.get(`${userId}\n${requestId}`);
  }

  toFixture(): FixtureCustomer {
    return {
      id: this.id,
      name: this.name,
      domain: this.domain,
      skus: [...this.skus.values()].map((sku) => ({
        skuId: sku.skuId,
        skuPartNumber: sku.skuPartNumber,
        name: sku.name,
        totalUnits: sku.totalUnits,
        servicePlans: sku.servicePlans,
        requires: sku.requires,
        excludes: [...sku.excludes],
        unavailableIn: sku.unavailableIn,
        appliesTo: sku.appliesTo,
        capabilityStatus: sku.capabilityStatus,
        warningUnits: sku.warningUnits,
        suspendedUnits: sku.suspendedUnits,
        lockedOutUnits: sku.lockedOutUnits,
        subscriptionIds: sku.subscriptionIds,
      })),
      users: this.users.map((user) => ({
        id: user.id,
        displayName: user.displayName,
        userPrincipalName: user.userPrincipalName,
        usageLocation: user.usageLocation,
        licenses: [...user.licenses].map(([skuId, disabledPlans]) => ({ skuId, disabledPlans })),
      })),
      groups: this.groups.map((group) => ({ ...group, members: [...group.members] })),
    };
  }
}

export class Store {
  readonly customers = new Map<string, CustomerRecord>();
  readonly agents = new Map<string, FixtureAgent>();

  constructor(fixture: Fixture) {
    for (const customer of fixture.customers) this.customers.set(customer.id, new CustomerRecord(customer));
    for (const agent of fixture.agents) this.agents.set(agent.token, agent);
  }

  customer(id: string): CustomerRecord | undefined {
    return this.customers.get(id.toLowerCase());
  }

  toFixture(): Fixture {
    return { agents: [...this.agents.values()], customers: [...this.customers.values()].map((customer) => customer.toFixture()) };
  }
}
