/**
 * The products table on a real tenant: holders who have a product through a group, licenses licensing could
 * not apply, unusable units, and "Set usage location" from the findings (the dialog, and who may use it).
 */
import { expect } from '@open-wc/testing';
import { LmProductGrid, tagName } from '../../src/components/product-grid/product-grid.js';
import { LmUsageLocationDialog, tagName as dialogTag } from '../../src/components/usage-location-dialog/usage-location-dialog.js';
import type { ViewState } from '../../src/session/view-state.js';
import { accessibleName, deepActiveElement } from '../harness/a11y.js';
import { Harness } from '../harness/harness.js';
import { defineOnce, mount as mountPart } from '../harness/mount.js';
import { ProductGridHarness } from '../harness/product-grid.harness.js';
import { mountInHost, type Mounted } from '../harness/test-host.js';
import { ADA, E3, GRACE, HOSTILE, HOSTILE_NAME, SELECTION, chipOf, config, locale, productRow, viewState, withFindings } from './fixtures.js';

defineOnce(tagName, LmProductGrid);

const sales = { id: 'g-sales', displayName: 'Sales' };

function grouped(): ViewState {
  const base = viewState();
  const rows = base.products.rows.map((row) =>
    row.product.skuId !== E3.skuId
      ? row
      : productRow(E3, SELECTION, 'leave', {
          holders: [
            { ...chipOf(ADA), throughGroups: ['Sales'], direct: false },
            { ...chipOf(GRACE), throughGroups: ['Sales'], direct: true },
          ],
          problems: [{ userId: HOSTILE.id, displayName: HOSTILE.displayName, problem: { state: 'error', error: 'CountViolation', group: sales } }],
        }),
  );
  return { ...base, products: { ...base.products, rows } };
}

const missingLocation = withFindings(viewState(), [
  { kind: 'usage-location-missing', severity: 'per-user', skuId: E3.skuId, otherSkuIds: [], userIds: [HOSTILE.id] },
]);

async function mount(state: ViewState): Promise<Mounted<LmProductGrid>> {
  return mountInHost<LmProductGrid>(tagName, { state, locale, config });
}

function shadow(mounted: Mounted<LmProductGrid>): ShadowRoot {
  return mounted.element.shadowRoot!;
}

describe('lm-product-grid on a real tenant', () => {
  it('names how each holder has the product: "(through Sales)", "(directly and through Sales)"', async () => {
    const mounted = await mount(grouped());
    const items = [...shadow(mounted).querySelectorAll('.holders-list li')].map((item) => item.textContent?.trim());
    expect(items).to.include('Ada Lovelace (through Sales)');
    expect(items).to.include('Grace Hopper (directly and through Sales)');
  });

  it('shows a license the group could not apply on the user, with the reason in words', async () => {
    const mounted = await mount(grouped());
    const text = shadow(mounted).querySelector('.license-problems')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).to.contain(`${HOSTILE_NAME}: not licensed through group Sales (not enough licenses)`);
    expect(shadow(mounted).querySelectorAll('img').length).to.equal(0);
    await expect(mounted.element).to.be.accessible();
  });

  it('says units in their grace period and locked out are not available, and that a suspended subscription is not active', async () => {
    const base = viewState();
    const rows = base.products.rows.map((row) =>
      row.product.skuId === E3.skuId ? { ...row, product: { ...row.product, capabilityStatus: 'Suspended', unusableUnits: { warning: 5, suspended: 0, lockedOut: 2 } } } : row,
    );
    const mounted = await mount({ ...base, products: { ...base.products, rows } });
    const text = shadow(mounted).querySelector('.unusable-units')?.textContent?.replace(/\s+/g, ' ').trim();
    expect(text).to.equal('Subscription not active Not available: 5 in grace period and 2 locked out');
  });

  it('offers "Set usage location" for users without one; the dialog sets the chosen country for the chosen users', async () => {
    const { host, dialog } = await mountPart({ tag: dialogTag, element: LmUsageLocationDialog }, missingLocation, (element: LmUsageLocationDialog) => ({ dialog: new Harness(element) }), {
      beside: [{ tag: tagName, element: LmProductGrid }],
    });
    host.on('lm-usage-location-open', () => (host.state = { ...host.state, usageLocation: { ...host.state.usageLocation, dialogOpen: true } }));
    const sets: unknown[] = [];
    host.on('lm-usage-location-set', (detail) => {
      sets.push(detail);
      host.state = { ...host.state, usageLocation: { ...host.state.usageLocation, dialogOpen: false } };
    });
    const grid = new ProductGridHarness(host.querySelector(tagName) as LmProductGrid);
    await grid.settle();
    const opener = grid.get('button', 'Set usage location');
    await grid.press(opener, 'Enter');
    await dialog.settle();
    const native = dialog.root.querySelector('dialog')!;
    expect(native.open && native.matches(':modal'), 'a modal dialog').to.equal(true);
    expect(accessibleName(native)).to.equal('Set usage location');
    const select = dialog.get('combobox', 'Country or region') as HTMLSelectElement;
    expect([...select.options].find((option) => option.value === 'SE')?.textContent).to.equal('Sweden');
    const apply = dialog.get('button', 'Apply') as HTMLButtonElement;
    expect(apply.disabled, 'Apply waits for a country').to.equal(true);
    await expect(dialog.element).to.be.accessible();
    select.value = 'SE';
    select.dispatchEvent(new Event('change'));
    await dialog.settle();
    await dialog.click('button', 'Apply');
    expect(sets).to.deep.equal([{ userIds: [HOSTILE.id], usageLocation: 'SE' }]);
    expect(native.open, 'closed once the session took the change').to.equal(false);
    expect(deepActiveElement(), 'focus back on the opener').to.equal(opener);
  });

  it('Escape closes the dialog and tells the session; nothing is set', async () => {
    const open = { ...missingLocation, usageLocation: { ...missingLocation.usageLocation, dialogOpen: true } };
    const { host, dialog } = await mountPart({ tag: dialogTag, element: LmUsageLocationDialog }, open, (element: LmUsageLocationDialog) => ({ dialog: new Harness(element) }));
    const heard: string[] = [];
    host.on('lm-usage-location-close', () => heard.push('close'));
    host.on('lm-usage-location-set', () => heard.push('set'));
    await dialog.settle();
    expect(dialog.root.querySelector('dialog')!.open).to.equal(true);
    await dialog.pressKey('Escape');
    expect(dialog.root.querySelector('dialog')!.open).to.equal(false);
    expect(heard).to.deep.equal(['close']);
  });

  it('offers "Set usage location" once, however many products need it', async () => {
    const two = withFindings(viewState(), [
      { kind: 'usage-location-missing', severity: 'per-user', skuId: E3.skuId, otherSkuIds: [], userIds: [HOSTILE.id] },
      { kind: 'usage-location-missing', severity: 'per-user', skuId: 'sku-other', otherSkuIds: [], userIds: [HOSTILE.id] },
    ]);
    const mounted = await mount(two);
    const buttons = [...shadow(mounted).querySelectorAll('button')].filter((button) => button.textContent?.trim() === 'Set usage location');
    expect(buttons.length).to.equal(1);
  });

  it('tells an agent whose role may not change users why there is no button', async () => {
    const mounted = await mount({ ...missingLocation, usageLocation: { ...missingLocation.usageLocation, canChange: false } });
    const buttons = [...shadow(mounted).querySelectorAll('button')].map((button) => button.textContent?.trim());
    expect(buttons).not.to.include('Set usage location');
    expect(shadow(mounted).textContent).to.contain("Your role can't change users");
  });
});
