import { expect } from '@open-wc/testing';
import { PRODUCT_DISPLAY_NAMES, SERVICE_PLAN_DISPLAY_NAMES } from '../../src/core/catalog/display-names.js';
import { SKU_CATALOG } from '../../src/core/catalog/sku-catalog.js';

describe('catalog display names', () => {
  it('names every catalog product exactly as the catalog does', () => {
    expect(PRODUCT_DISPLAY_NAMES.size).to.equal(SKU_CATALOG.length);
    for (const product of SKU_CATALOG) expect(PRODUCT_DISPLAY_NAMES.get(product.skuId)).to.equal(product.displayName);
  });

  it('names every catalog service plan exactly as the catalog does', () => {
    const plans = new Map(SKU_CATALOG.flatMap((product) => product.servicePlans.map((plan) => [plan.id, plan.displayName] as const)));
    expect([...SERVICE_PLAN_DISPLAY_NAMES.entries()].sort()).to.deep.equal([...plans.entries()].sort());
  });
});
