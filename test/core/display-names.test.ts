import { describe, it } from 'node:test';
import { expect } from 'chai';
import { PRODUCT_DISPLAY_NAMES, SERVICE_PLAN_DISPLAY_NAMES } from '../../src/core/catalog/display-names.js';
import { SKU_CATALOG } from '../../server/catalog/sku-catalog.js';

describe('catalog display names', () => {
  it('names every catalog product by its part number exactly as the catalog does', () => {
    expect(PRODUCT_DISPLAY_NAMES.size).to.equal(SKU_CATALOG.length);
    for (const product of SKU_CATALOG) {
      expect(PRODUCT_DISPLAY_NAMES.get(product.skuPartNumber.toUpperCase())).to.equal(product.displayName);
    }
  });

  it('gives each service plan name exactly one id, so a lookup by name is as exact as one by id', () => {
    const idsByName = new Map<string, Set<string>>();
    for (const plan of SKU_CATALOG.flatMap((product) => product.servicePlans)) {
      const ids = idsByName.get(plan.name.toUpperCase()) ?? new Set<string>();
      idsByName.set(plan.name.toUpperCase(), ids.add(plan.id));
    }
    for (const [name, ids] of idsByName) expect([...ids], name).to.have.length(1);
    expect(SERVICE_PLAN_DISPLAY_NAMES.size).to.equal(idsByName.size);
  });

  it('prefers a readable variant when the catalog names a plan several ways', () => {
    for (const plan of SKU_CATALOG.flatMap((product) => product.servicePlans)) {
      const shown = SERVICE_PLAN_DISPLAY_NAMES.get(plan.name.toUpperCase()) ?? '';
      const variants = SKU_CATALOG.flatMap((product) => product.servicePlans).filter((other) => other.id === plan.id).map((other) => other.displayName);
      if (variants.some((name) => name !== name.toUpperCase())) expect(shown, plan.name).to.not.equal(shown.toUpperCase());
      if (variants.some((name) => !/RETIRED|_/.test(name))) expect(shown, plan.name).to.not.match(/RETIRED|_/);
    }
    expect(SERVICE_PLAN_DISPLAY_NAMES.get('RMS_S_ENTERPRISE')).to.equal('Azure Rights Management');
  });

  it('names every catalog service plan by one of the display names the catalog gives it', () => {
    for (const plan of SKU_CATALOG.flatMap((product) => product.servicePlans)) {
      const shown = SERVICE_PLAN_DISPLAY_NAMES.get(plan.name.toUpperCase());
      const catalogNames = SKU_CATALOG.flatMap((product) => product.servicePlans)
        .filter((other) => other.id === plan.id)
        .map((other) => other.displayName);
      expect(catalogNames, plan.name).to.include(shown);
    }
  });
});
