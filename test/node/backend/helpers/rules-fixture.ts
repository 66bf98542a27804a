/**
 * A small tenant for the reference server where each licensing rule has exactly one user who breaks it,
 * built from real catalog products so both surfaces (Partner Center and Graph) answer with real ids.
 */
import { catalogProduct } from '../../../../server/catalog/sku-catalog.js';
import type { Fixture, FixtureSku } from '../../../../server/index.js';

export const CUSTOMER_ID = '7e0a51c4-2b1d-4f0e-8c3a-00000000c0de';
export const TOKENS = { admin: 'rules-admin', reader: 'rules-reader', graph: 'rules-graph', graphReader: 'rules-graph-reader' } as const;

function sku(part: string, totalUnits: number, rules: Partial<Pick<FixtureSku, 'requires' | 'excludes' | 'unavailableIn'>> = {}): FixtureSku {
  const entry = catalogProduct(part);
  return {
    skuId: entry.skuId, skuPartNumber: part, name: entry.displayName, totalUnits,
    servicePlans: entry.servicePlans.map((plan) => ({ id: plan.id, name: plan.name, displayName: plan.displayName, appliesTo: plan.appliesTo })),
    ...rules,
  };
}

const E1 = sku('STANDARDPACK', 10);
const E3 = sku('ENTERPRISEPACK', 10);
const KIOSK = sku('EXCHANGEDESKLESS', 10, { excludes: [E1.skuId] });
const COPILOT = sku('Microsoft_365_Copilot', 10, { requires: [E3.skuId] });
const VISIO = sku('VISIOCLIENT', 1);
const TEAMS = sku('Teams_Ess', 10, { unavailableIn: ['CN'] });

export const SKUS = { E1, E3, KIOSK, COPILOT, VISIO, TEAMS };

export const USERS = {
  plain: '00000000-0000-4000-8000-000000000001',
  noLocation: '00000000-0000-4000-8000-000000000002',
  inChina: '00000000-0000-4000-8000-000000000003',
  holdsE1: '00000000-0000-4000-8000-000000000004',
  holdsVisio: '00000000-0000-4000-8000-000000000005',
  holdsE3AndCopilot: '00000000-0000-4000-8000-000000000006',
} as const;

export function rulesFixture(): Fixture {
  const user = (id: string, name: string, usageLocation: string | null, licenses: string[] = []) => ({
    id, displayName: name, userPrincipalName: `${name.toLowerCase().replace(/\W+/g, '.')}@rules.onmicrosoft.com`, usageLocation,
    licenses: licenses.map((skuId) => ({ skuId, disabledPlans: [] })),
  });
  return {
    agents: [
      { token: TOKENS.admin, name: 'Ada Admin', role: 'AdminAgent' },
      { token: TOKENS.reader, name: 'Rhea Reader', role: 'BillingAdmin' },
      { token: TOKENS.graph, name: 'Gus Global', role: 'GlobalAdmin', tenantId: CUSTOMER_ID },
      { token: TOKENS.graphReader, name: 'Gina Reader', role: 'GlobalReader', tenantId: CUSTOMER_ID },
    ],
    customers: [{
      id: CUSTOMER_ID, name: 'Rules Ltd', domain: 'rules.onmicrosoft.com',
      skus: [E1, E3, KIOSK, COPILOT, VISIO, TEAMS],
      users: [
        user(USERS.plain, 'Pat Plain', 'US'),
        user(USERS.noLocation, 'Nia Nowhere', null),
        user(USERS.inChina, 'Chen Wei', 'CN'),
        user(USERS.holdsE1, 'Eve Eone', 'SE', [E1.skuId]),
        user(USERS.holdsVisio, 'Vic Visio', 'US', [VISIO.skuId]),
        user(USERS.holdsE3AndCopilot, 'Cora Copilot', 'GB', [E3.skuId, COPILOT.skuId]),
      ],
    }],
  };
}
