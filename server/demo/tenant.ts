/**
 * The demo partner: three customers built from the real product catalog, seeded so every start gives the
 * same directory. Contoso has N users (default 250, up to 200,000), Fabrikam 60, Northwind 12.
 */
import { catalogProduct, type CatalogProduct } from '../catalog/sku-catalog.js';
import { CONTOSO_DIRECT_TOO, CONTOSO_GROUPS, CONTOSO_UNIT_STATES, EXTRA_FILE_STORAGE, type DraftGroup } from './groups.js';
import { ascii, displayName, NAME_POOLS, type NamePool } from './names.js';
import { exclusivePairs, prerequisites } from './rules.js';
import type { Fixture, FixtureAgent, FixtureCustomer, FixtureSku, FixtureUser } from '../fixture.js';
import { seededGuid, seededRandom, type Random } from '../prng.js';

export const CONTOSO_ID = '3c1f7a0e-5d2b-4c8e-9a61-0c0a00000001';
export const FABRIKAM_ID = '3c1f7a0e-5d2b-4c8e-9a61-0c0a00000002';
export const NORTHWIND_ID = '3c1f7a0e-5d2b-4c8e-9a61-0c0a00000003';
export const DEFAULT_DEMO_USERS = 250;
export const MAX_DEMO_USERS = 200_000;
const DEMO_SEED = 20_240_611;

/** The demo partner's own domain: its agents sign in with accounts there (the Graph admins with the customer's). */
export const PARTNER_DOMAIN = 'demopartner.onmicrosoft.com';

export const DEMO_AGENTS: readonly FixtureAgent[] = [
  { token: 'demo-admin', name: 'Alex Admin', role: 'AdminAgent', userPrincipalName: `alex.admin@${PARTNER_DOMAIN}` },
  { token: 'demo-helpdesk', name: 'Hana Helpdesk', role: 'HelpdeskAgent', userPrincipalName: `hana.helpdesk@${PARTNER_DOMAIN}` },
  { token: 'demo-sales', name: 'Sam Sales', role: 'SalesAgent', userPrincipalName: `sam.sales@${PARTNER_DOMAIN}` },
  { token: 'demo-reader', name: 'Riley Reader', role: 'BillingAdmin', userPrincipalName: `riley.reader@${PARTNER_DOMAIN}` },
  { token: 'demo-graph-contoso', name: 'Casey Contoso', role: 'GlobalAdmin', tenantId: CONTOSO_ID, userPrincipalName: 'casey.admin@contoso.onmicrosoft.com' },
  { token: 'demo-graph-fabrikam', name: 'Frankie Fabrikam', role: 'GlobalAdmin', tenantId: FABRIKAM_ID, userPrincipalName: 'frankie.admin@fabrikam.onmicrosoft.com' },
];

interface Draft {
  readonly id: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  readonly usageLocation: string | null;
  /** skuPartNumber -> disabled plan names. */
  readonly licenses: Map<string, string[]>;
}

interface TenantSpec {
  readonly id: string;
  readonly name: string;
  readonly domain: string;
  readonly users: number;
  /** skuPartNumber -> units left free after the seeded holdings (0 shows "Buy more"). */
  readonly free: Readonly<Record<string, number>>;
  readonly unavailableIn?: Readonly<Record<string, readonly string[]>>;
  /** Gives one licensed user their products. */
  readonly hold: (user: Draft, random: Random, index: number) => void;
  /** Fixed cases at the top of the directory. */
  readonly special?: (users: Draft[]) => void;
  /** Groups licensing their members, subscriptions not simply enabled, products for the tenant only. */
  readonly groups?: readonly DraftGroup[];
  readonly unitStates?: Readonly<Record<string, Partial<FixtureSku>>>;
  readonly companySkus?: readonly FixtureSku[];
}

function product(part: string): CatalogProduct {
  return catalogProduct(part);
}

function weightedPool(random: Random): NamePool {
  const total = NAME_POOLS.reduce((sum, pool) => sum + pool.weight, 0);
  let roll = random.next() * total;
  for (const pool of NAME_POOLS) {
    roll -= pool.weight;
    if (roll < 0) return pool;
  }
  return NAME_POOLS[0] as NamePool;
}

function drafts(spec: TenantSpec, random: Random): Draft[] {
  const principals = new Set<string>();
  const nextSuffix = new Map<string, number>();
  const users: Draft[] = [];
  for (let i = 0; i < spec.users; i++) {
    const pool = weightedPool(random);
    const given = random.pick(pool.given);
    const family = random.pick(pool.family);
    const base = `${ascii(given.latin)}.${ascii(family.latin)}`;
    let alias = base;
    for (let n = nextSuffix.get(base) ?? 2; principals.has(alias); n++) {
      alias = `${base}${n}`;
      nextSuffix.set(base, n + 1);
    }
    principals.add(alias);
    users.push({
      id: seededGuid(random),
      displayName: displayName(pool, given, family),
      userPrincipalName: `${alias}@${spec.domain}`,
      usageLocation: random.next() < 0.05 ? null : random.pick(pool.locations),
      licenses: new Map(),
    });
  }
  spec.special?.(users);
  users.forEach((user, index) => {
    if (user.usageLocation !== null && user.licenses.size === 0) spec.hold(user, random, index);
  });
  return users;
}

function build(spec: TenantSpec, random: Random): FixtureCustomer {
  const users = drafts(spec, random);
  const catalog = Object.keys(spec.free).map(product);
  const excludes = exclusivePairs(catalog);
  const requires = prerequisites(catalog);
  const held = (part: string): number => users.filter((user) => user.licenses.has(part)).length;
  const skus: FixtureSku[] = catalog.map((entry) => ({
    skuId: entry.skuId,
    skuPartNumber: entry.skuPartNumber,
    name: entry.displayName,
    totalUnits: held(entry.skuPartNumber) + (spec.free[entry.skuPartNumber] ?? 0),
    servicePlans: entry.servicePlans.map((plan) => ({ id: plan.id, name: plan.name, displayName: plan.displayName, appliesTo: plan.appliesTo })),
    requires: requires.get(entry.skuId) ?? [],
    excludes: excludes.get(entry.skuId) ?? [],
    unavailableIn: [...(spec.unavailableIn?.[entry.skuPartNumber] ?? [])],
    ...spec.unitStates?.[entry.skuPartNumber],
  }));
  const fixtureUsers: FixtureUser[] = users.map((user) => ({
    id: user.id,
    displayName: user.displayName,
    userPrincipalName: user.userPrincipalName,
    usageLocation: user.usageLocation,
    licenses: [...user.licenses].map(([part, disabled]) => {
      const entry = product(part);
      return { skuId: entry.skuId, disabledPlans: entry.servicePlans.filter((plan) => disabled.includes(plan.name)).map((plan) => plan.id) };
    }),
  }));
  const groups = (spec.groups ?? []).map((group) => ({
    id: group.id,
    displayName: group.displayName,
    members: group.memberIndexes.flatMap((index) => (users[index] ? [users[index].id] : [])),
    licenses: group.parts.map((part) => ({ skuId: product(part).skuId, disabledPlans: [] })),
  }));
  return { id: spec.id, name: spec.name, domain: spec.domain, skus: [...skus, ...(spec.companySkus ?? [])], users: fixtureUsers, groups };
}

const TEAMS_ESSENTIALS_BLOCKED = { Teams_Ess: ['CN', 'RU'] } as const;

function contoso(count: number): TenantSpec {
  let visioLeft = 8; // Visio Plan 2: every unit is used, so assigning it shows "Buy more".
  return {
    id: CONTOSO_ID,
    name: 'Contoso Ltd',
    domain: 'contoso.onmicrosoft.com',
    users: count,
    free: {
      STANDARDPACK: 10, ENTERPRISEPACK: Math.max(10, Math.ceil(count * 0.1)), SPE_E5: 5, EXCHANGEDESKLESS: 15,
      Microsoft_365_Copilot: 10, POWER_BI_PRO: 20, VISIOCLIENT: 0, PROJECTPROFESSIONAL: 5, Teams_Ess: 25, AAD_PREMIUM_P2: 30,
      EXCHANGEENTERPRISE: 0,
    },
    unavailableIn: TEAMS_ESSENTIALS_BLOCKED,
    groups: CONTOSO_GROUPS,
    unitStates: CONTOSO_UNIT_STATES,
    companySkus: [EXTRA_FILE_STORAGE],
    special(users) {
      const hostile = users[3];
      if (hostile) {
        users[3] = { ...hostile, displayName: '<img src=x onerror=alert(1)>', userPrincipalName: `img.onerror@contoso.onmicrosoft.com`, usageLocation: 'US' };
      }
      const conflicted = users[5];
      if (conflicted) {
        // Already holds two products that cannot be held together (Exchange Kiosk vs Exchange in E1).
        const fixed = { ...conflicted, usageLocation: conflicted.usageLocation ?? 'SE' };
        fixed.licenses.set('EXCHANGEDESKLESS', []).set('STANDARDPACK', []);
        users[5] = fixed;
      }
      for (const [index, part] of Object.entries(CONTOSO_DIRECT_TOO)) {
        const user = users[Number(index)];
        if (user) users[Number(index)] = { ...user, usageLocation: user.usageLocation ?? 'SE', licenses: user.licenses.set(part, []) };
      }
    },
    hold(user, random) {
      const roll = random.next();
      if (roll < 0.12) user.licenses.set('EXCHANGEDESKLESS', []);
      else if (roll < 0.22) user.licenses.set('STANDARDPACK', []);
      else if (roll < 0.3) user.licenses.set('SPE_E5', []);
      else if (roll < 0.85) user.licenses.set('ENTERPRISEPACK', random.next() < 0.1 ? ['YAMMER_ENTERPRISE'] : random.next() < 0.05 ? ['SWAY'] : []);
      const hasBase = user.licenses.has('ENTERPRISEPACK') || user.licenses.has('SPE_E5');
      if (hasBase && random.next() < 0.1) user.licenses.set('Microsoft_365_Copilot', []);
      if (hasBase && random.next() < 0.15) user.licenses.set('POWER_BI_PRO', []);
      if (hasBase && random.next() < 0.05) user.licenses.set('PROJECTPROFESSIONAL', []);
      if (hasBase && visioLeft > 0 && random.next() < 0.2) {
        user.licenses.set('VISIOCLIENT', []);
        visioLeft -= 1;
      }
      if (roll < 0.85 && random.next() < 0.2) user.licenses.set('AAD_PREMIUM_P2', []);
    },
  };
}

const FABRIKAM: TenantSpec = {
  id: FABRIKAM_ID,
  name: 'Fabrikam, Inc.',
  domain: 'fabrikam.onmicrosoft.com',
  users: 60,
  free: {
    O365_BUSINESS_ESSENTIALS: 5, O365_BUSINESS_PREMIUM: 4, SPB: 3, EXCHANGESTANDARD: 10, EXCHANGEDESKLESS: 6, Teams_Ess: 10,
    Microsoft_365_Copilot: 2, INTUNE_A: 8, POWER_BI_PRO: 5,
  },
  unavailableIn: TEAMS_ESSENTIALS_BLOCKED,
  hold(user, random) {
    const roll = random.next();
    if (roll < 0.4) user.licenses.set('O365_BUSINESS_PREMIUM', []);
    else if (roll < 0.6) user.licenses.set('SPB', []);
    else if (roll < 0.75) user.licenses.set('O365_BUSINESS_ESSENTIALS', []);
    else if (roll < 0.85) user.licenses.set('EXCHANGEDESKLESS', []);
    if (roll < 0.6 && random.next() < 0.15) user.licenses.set('Microsoft_365_Copilot', []);
    if (roll < 0.6 && random.next() < 0.2) user.licenses.set('POWER_BI_PRO', []);
  },
};

const NORTHWIND: TenantSpec = {
  id: NORTHWIND_ID,
  name: 'Northwind Traders',
  domain: 'northwindtraders.onmicrosoft.com',
  users: 12,
  free: {
    O365_BUSINESS_PREMIUM: 3, STANDARDPACK: 2, EXCHANGEDESKLESS: 2, TEAMS_EXPLORATORY: 5, POWER_BI_PRO: 2,
    Microsoft_365_Copilot: 1, THREAT_INTELLIGENCE: 0, EMS: 3,
  },
  hold(user, random, index) {
    if (index < 6) user.licenses.set('O365_BUSINESS_PREMIUM', []);
    else if (index < 9) user.licenses.set('EXCHANGEDESKLESS', []);
    else if (index < 10) user.licenses.set('STANDARDPACK', []);
    if (index === 1) user.licenses.set('THREAT_INTELLIGENCE', []).set('Microsoft_365_Copilot', []);
    if (index < 3 && random.next() < 0.7) user.licenses.set('POWER_BI_PRO', []);
  },
};

/** The demo partner's customers and agents; the same for a given user count on every start. */
export function demoFixture(options: { users?: number } = {}): Fixture {
  const users = options.users ?? DEFAULT_DEMO_USERS;
  if (!Number.isInteger(users) || users < 1 || users > MAX_DEMO_USERS) {
    throw new RangeError(`users: expected an integer from 1 to ${MAX_DEMO_USERS}, not ${String(users)}`);
  }
  // One stream per customer, so Fabrikam and Northwind stay the same whatever Contoso's size.
  const customers = [contoso(users), FABRIKAM, NORTHWIND].map((spec, index) => build(spec, seededRandom(DEMO_SEED + index)));
  return { agents: DEMO_AGENTS, customers };
}
