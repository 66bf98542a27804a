import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LmProductGrid, tagName as gridTag } from '../../src/components/product-grid/product-grid.js';
import { LmServicePlanDrawer, tagName } from '../../src/components/service-plan-drawer/service-plan-drawer.js';
import type { ViewState } from '../../src/session/view-state.js';
import { mount as mountPart } from '../harness/mount.js';
import type { LmTestHost } from '../harness/test-host.js';
import { ProductGridHarness } from '../harness/product-grid.harness.js';
import { ServicePlanDrawerHarness } from '../harness/service-plan-drawer.harness.js';
import { E3, SELECTION, catalogProduct, productRow, viewState } from './fixtures.js';

const EXCHANGE = E3.servicePlans.find((plan) => plan.name === 'EXCHANGE_S_ENTERPRISE')!;
const TEAMS = E3.servicePlans.find((plan) => plan.name === 'TEAMS1')!;
/** A product with a tenant-wide plan (Exchange Foundation). */
const ENTRA = catalogProduct('AAD_PREMIUM', { total: 10, consumed: 1 });
const FOUNDATION = ENTRA.servicePlans.find((plan) => plan.appliesTo === 'Tenant')!;

/** Grid and drawer side by side, with the host answering the way the session does. */
async function mount(state: ViewState = viewState()): Promise<{ host: LmTestHost; grid: ProductGridHarness; drawer: ServicePlanDrawerHarness }> {
  const { host, drawer } = await mountPart({ tag: tagName, element: LmServicePlanDrawer }, state, (element: LmServicePlanDrawer) => ({ drawer: new ServicePlanDrawerHarness(element) }), {
    beside: [{ tag: gridTag, element: LmProductGrid }],
  });
  host.on('lm-plans-open', ({ skuId }) => (host.state = { ...host.state, plansOpenFor: skuId }));
  host.on('lm-plans-close', () => (host.state = { ...host.state, plansOpenFor: null }));
  host.on('lm-plans-change', ({ skuId, disabledPlans }) => {
    const rows = host.state.products.rows.map((row) => (row.product.skuId === skuId ? { ...row, disabledPlans, plansChanged: true } : row));
    host.state = { ...host.state, products: { ...host.state.products, rows } };
  });
  const grid = new ProductGridHarness(host.querySelector(gridTag) as LmProductGrid);
  await grid.settle();
  return { host, grid, drawer };
}

describe('lm-service-plan-drawer', () => {
  it('is accessible when open', async () => {
    const { drawer } = await mount(viewState({ plansOpenFor: E3.skuId }));
    await drawer.settle();
    expect(drawer.isOpen()).to.equal(true);
    await expect(drawer.element).to.be.accessible();
  });

  it('opens as a modal named after the product, focus inside, with a checkbox per User plan grouped by service', async () => {
    const { grid, drawer } = await mount();
    expect(drawer.isOpen()).to.equal(false);
    await grid.press(grid.get('button', `View service plans for ${E3.displayName}`), 'Enter');
    await drawer.settle();
    expect(drawer.isOpen()).to.equal(true);
    expect(drawer.title()).to.equal(`Service plans: ${E3.displayName}`);
    expect(drawer.containsFocus()).to.equal(true, 'focus moved into the dialog');
    expect(drawer.planBox(EXCHANGE.displayName).checked).to.equal(true);
    expect(drawer.groups()).to.include.members(['Exchange Online', 'Microsoft Teams']);
  });

  it('lists tenant-wide plans for information only', async () => {
    const state = viewState({ plansOpenFor: ENTRA.skuId });
    const { drawer } = await mount({ ...state, products: { ...state.products, rows: [productRow(ENTRA, SELECTION)] } });
    await drawer.settle();
    expect(drawer.query('checkbox', FOUNDATION.displayName) === null).to.equal(true, 'tenant plans are not switchable');
    expect(drawer.dialog().textContent).to.contain(FOUNDATION.displayName);
    expect(drawer.dialog().textContent).to.contain('Always on for the whole organization');
  });

  it('keeps the page behind inert while open: Tab never reaches it', async () => {
    const { drawer, grid } = await mount(viewState({ plansOpenFor: E3.skuId }));
    await drawer.settle();
    const stops = E3.servicePlans.filter((plan) => plan.appliesTo === 'User').length + 2;
    let inside = 0;
    for (let i = 0; i < stops * 2 + 2; i++) {
      await sendKeys({ press: 'Tab' });
      const focused = drawer.focused();
      // Past the last control a modal lets focus leave to the browser's own UI (the body here), never to the page.
      expect(focused === null || focused === document.body || drawer.dialog().contains(focused)).to.equal(true, `Tab ${i + 1}`);
      expect(grid.element.contains(focused) || grid.root.contains(focused)).to.equal(false, `Tab ${i + 1} reached the grid`);
      if (drawer.containsFocus()) inside++;
    }
    expect(inside).to.be.greaterThan(stops);
  });

  it('"Done" sends the plans turned off, closes, and gives focus back to the opener', async () => {
    const { host, grid, drawer } = await mount();
    const opener = grid.get('button', `View service plans for ${E3.displayName}`);
    await grid.press(opener, 'Enter');
    await drawer.settle();
    await drawer.press(drawer.planBox(TEAMS.displayName), 'Space');
    expect(drawer.planBox(TEAMS.displayName).checked).to.equal(false);
    await drawer.click('button', 'Done');
    expect(host.events('lm-plans-change')).to.deep.equal([{ skuId: E3.skuId, disabledPlans: [TEAMS.id] }]);
    expect(host.events('lm-plans-close')).to.have.length(1);
    expect(drawer.isOpen()).to.equal(false);
    expect(grid.focused() === opener).to.equal(true, 'focus back on "View service plans"');
  });

  it('reopens with the saved choice; "Cancel" drops a draft without lm-plans-change', async () => {
    const { host, grid, drawer } = await mount();
    host.state = { ...host.state, products: { ...host.state.products, rows: host.state.products.rows.map((row) => (row.product.skuId === E3.skuId ? { ...row, disabledPlans: [TEAMS.id] } : row)) } };
    await grid.press(grid.get('button', `View service plans for ${E3.displayName}`), 'Enter');
    await drawer.settle();
    expect(drawer.planBox(TEAMS.displayName).checked).to.equal(false);
    await drawer.press(drawer.planBox(EXCHANGE.displayName), 'Space');
    await drawer.click('button', 'Cancel');
    expect(host.events('lm-plans-change')).to.deep.equal([]);
    expect(host.events('lm-plans-close')).to.have.length(1);
    expect(drawer.isOpen()).to.equal(false);
  });

  it('closes on Escape, reports it, and returns focus to the opener', async () => {
    const { host, grid, drawer } = await mount();
    const opener = grid.get('button', `View service plans for ${E3.displayName}`);
    await grid.press(opener, 'Enter');
    await drawer.settle();
    await drawer.pressKey('Escape');
    expect(drawer.isOpen()).to.equal(false);
    expect(host.events('lm-plans-close')).to.have.length(1);
    expect(host.state.plansOpenFor).to.equal(null);
    expect(grid.focused() === opener).to.equal(true, 'focus back on the opener');
  });

  it('closes without reporting when the state closes it', async () => {
    const { host, drawer } = await mount(viewState({ plansOpenFor: E3.skuId }));
    await drawer.settle();
    host.state = { ...host.state, plansOpenFor: null };
    await drawer.settle();
    expect(drawer.isOpen()).to.equal(false);
    expect(host.events('lm-plans-close')).to.deep.equal([]);
  });

  it('shows the plans read-only when the agent may not change licenses', async () => {
    const { drawer } = await mount(viewState({ plansOpenFor: E3.skuId, access: { canChange: false, readOnlyReason: null, agentName: null } }));
    await drawer.settle();
    expect(drawer.planBox(EXCHANGE.displayName).disabled).to.equal(true);
  });
});
