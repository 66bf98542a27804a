/** Core timings: product states over a large selection and the plan diff, on made-up but realistic data. */
import { diffPlan } from '../../src/core/diff.js';
import { EMPTY_PLAN, setDisabledPlans, setIntent, type LicensePlan } from '../../src/core/plan.js';
import { productStates } from '../../src/core/product-state.js';
import type { Product, TenantUser } from '../../src/core/types.js';

function products(count: number): Product[] {
  return Array.from({ length: count }, (_, p) => ({
    skuId: `00000000-0000-4000-9000-${p.toString(16).padStart(12, '0')}`,
    skuPartNumber: `PRODUCT_${p}`,
    displayName: `Product ${p}`,
    totalUnits: 20_000,
    consumedUnits: 10_000,
    availableUnits: 10_000,
    servicePlans: Array.from({ length: 8 }, (_, s) => ({ id: `plan-${p}-${s}`, name: `PLAN_${p}_${s}`, displayName: `Plan ${s}`, appliesTo: 'User' as const })),
    capabilityStatus: 'Enabled',
    licenseGroup: 'group1' as const,
  }));
}

function users(count: number, catalog: readonly Product[]): TenantUser[] {
  let seed = 42;
  const random = (): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: count }, (_, i) => {
    const held = catalog.filter(() => random() < 0.12);
    return {
      id: `user-${i}`,
      displayName: `User ${i}`,
      userPrincipalName: `user${i}@contoso.com`,
      usageLocation: 'US',
      licenses: held.map((p) => ({ skuId: p.skuId, disabledPlans: random() < 0.2 ? [`plan-${p.skuPartNumber.slice(8)}-1`] : [] })),
    };
  });
}

/** Median of several runs after a warm-up, in milliseconds. */
function median(run: () => unknown, times = 15): number {
  for (let i = 0; i < 3; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? Number.NaN;
}

export function coreTimings(): { productStatesMs: number; diffPlanMs: number; operations: number } {
  const catalog = products(50);
  const selected = users(10_000, catalog);
  let plan: LicensePlan = EMPTY_PLAN;
  const [a, b, c, d, e] = catalog;
  if (!a || !b || !c || !d || !e) throw new Error('catalog');
  plan = setIntent(plan, a.skuId, 'assign');
  plan = setIntent(plan, b.skuId, 'assign');
  plan = setIntent(plan, c.skuId, 'revoke');
  plan = setIntent(plan, d.skuId, 'revoke');
  plan = setDisabledPlans(plan, e.skuId, [`plan-4-2`]);
  const operations = diffPlan(selected, plan, catalog).length;
  return {
    productStatesMs: median(() => productStates(selected, catalog)),
    diffPlanMs: median(() => diffPlan(selected, plan, catalog)),
    operations,
  };
}
