/**
 * A reference-server fixture for big jobs: one customer, N users with a usage location, products with room for all;
 * and the server's audit of what was applied to whom.
 */
import { strict as assert } from 'node:assert';
import { catalogProduct } from '../../../server/catalog/sku-catalog.js';
import type { Fixture, FixtureSku, ReferenceServer } from '../../../server/index.js';

export const BULK_CUSTOMER = '3c1f7a0e-5d2b-4c8e-9a61-0c0a00000001';
export const ADMIN_TOKEN = 'demo-admin';
export const ADMIN_NAME = 'Alex Admin';

function sku(part: string, totalUnits: number): FixtureSku {
  const product = catalogProduct(part);
  return {
    skuId: product.skuId,
    skuPartNumber: product.skuPartNumber,
    name: product.displayName,
    totalUnits,
    servicePlans: product.servicePlans.map((plan) => ({ id: plan.id, name: plan.name, displayName: plan.displayName, appliesTo: plan.appliesTo })),
  };
}

export const POWER_BI = catalogProduct('POWER_BI_PRO');

export function bulkTenant(users: number): Fixture {
  return {
    agents: [{ token: ADMIN_TOKEN, name: ADMIN_NAME, role: 'AdminAgent' }],
    customers: [
      {
        id: BULK_CUSTOMER,
        name: 'Contoso Ltd',
        domain: 'contoso.example',
        skus: [sku('POWER_BI_PRO', users + 50), sku('ENTERPRISEPACK', users + 50)],
        users: Array.from({ length: users }, (_unused, index) => {
          const number = String(index + 1).padStart(4, '0');
          return {
            id: `00000000-0000-4000-8000-00000000${number}`,
            displayName: `Bulk User ${number}`,
            userPrincipalName: `bulk${number}@contoso.example`,
            usageLocation: 'SE',
            licenses: [],
          };
        }),
      },
    ],
  };
}

export interface Audit {
  /** How many times a change was applied, by user id. */
  readonly applied: Readonly<Record<string, number>>;
}

export async function audit(server: ReferenceServer, customerId: string): Promise<Audit> {
  const response = await fetch(`${server.url}/_reference/customers/${customerId}/audit`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
  assert.equal(response.status, 200);
  const body: unknown = await response.json();
  assert.ok(typeof body === 'object' && body !== null && 'applied' in body && typeof body.applied === 'object' && body.applied !== null);
  return { applied: Object.fromEntries(Object.entries(body.applied).map(([userId, count]) => [userId, Number(count)])) };
}
