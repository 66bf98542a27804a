import { expect } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';
import { LmProductGrid, tagName } from '../../src/components/product-grid/product-grid.js';
import type { ViewState } from '../../src/session/view-state.js';
import { itIsAccessible, mount as mountPart } from '../harness/mount.js';
import type { Mounted } from '../harness/test-host.js';
import { ProductGridHarness } from '../harness/product-grid.harness.js';
import {
  ADA, COPILOT, E3, E5, GRACE, HOSTILE, HOSTILE_NAME, LINUS, SELECTION, catalogProduct, config, productRow, viewState, withFindings, withIntent,
} from './fixtures.js';

const mount = (state: ViewState = viewState(), uiConfig = config) =>
  mountPart({ tag: tagName, element: LmProductGrid }, state, (element: LmProductGrid) => ({ grid: new ProductGridHarness(element) }), { config: uiConfig });

/** Plays the session for the product checkbox: every intent becomes the new state. */
function answerProductChanges(mounted: Mounted<LmProductGrid>): void {
  mounted.host.on('lm-product-change', ({ skuId, intent }) => {
    mounted.host.state = withIntent(mounted.host.state, skuId, intent);
  });
}

interface AxNode {
  role?: string;
  name?: string;
  checked?: boolean | 'mixed';
  disabled?: boolean;
  description?: string;
  children?: AxNode[];
}

describe('lm-product-grid', () => {
  itIsAccessible(() => mount(
    withFindings(viewState(), [
      { kind: 'not-enough-licenses', severity: 'blocking', skuId: E5.skuId, otherSkuIds: [], userIds: [ADA.id], needed: 1, available: 0 },
      { kind: 'usage-location-missing', severity: 'per-user', skuId: COPILOT.skuId, otherSkuIds: [], userIds: [HOSTILE.id] },
    ]),
  ));

  it('renders a table named "Products" with a checkbox named exactly by each product', async () => {
    const { grid } = await mount();
    expect(grid.table().localName).to.equal('table');
    for (const product of [E3, E5, COPILOT]) expect(grid.productBox(product.displayName).type).to.equal('checkbox');
    expect(grid.stateOf(E3.displayName)).to.equal('mixed');
    expect(grid.stateOf(COPILOT.displayName)).to.equal('unchecked');
    expect(grid.descriptionOf(E3.displayName)).to.equal('Assigned to 2 of 3 selected users.');
    expect(grid.descriptionOf(E5.displayName)).to.equal('Assigned to 1 of 3 selected users.');
  });

  it('the browser itself names the checkbox by the product, reads it as mixed and describes it', async () => {
    await mount();
    const snapshot = await a11ySnapshot({});
    const node = findAccessibilityNode<AxNode>(
      snapshot as unknown as AxNode & { children: AxNode[] },
      (candidate) => candidate.role === 'checkbox' && candidate.name === E3.displayName,
    );
    expect(node, 'checkbox in the accessibility tree').to.exist;
    expect(node?.checked).to.equal('mixed');
    expect(node?.description).to.equal('Assigned to 2 of 3 selected users.');
  });

  it('the browser describes a product with its findings too', async () => {
    await mount(
      withFindings(viewState(), [
        { kind: 'not-enough-licenses', severity: 'blocking', skuId: E5.skuId, otherSkuIds: [], userIds: [ADA.id], needed: 1, available: 0 },
      ]),
    );
    const snapshot = await a11ySnapshot({});
    const node = findAccessibilityNode<AxNode>(
      snapshot as unknown as AxNode & { children: AxNode[] },
      (candidate) => candidate.role === 'checkbox' && candidate.name === E5.displayName,
    );
    expect(node?.description).to.equal('Assigned to 1 of 3 selected users. Not enough licenses: 1 needed, 0 available (Affects 1 user)');
  });

  it('cycles a mixed product mixed → checked → unchecked → mixed with Space, restoring the original', async () => {
    const mounted = await mount();
    answerProductChanges(mounted);
    const { grid, host } = mounted;
    const name = E3.displayName;

    await grid.toggleProductWithSpace(name);
    expect(grid.stateOf(name)).to.equal('checked');
    expect(grid.descriptionOf(name)).to.equal('Assigned to 2 of 3 selected users. Will be assigned to 1 more user.');
    await grid.toggleProductWithSpace(name);
    expect(grid.stateOf(name)).to.equal('unchecked');
    expect(grid.descriptionOf(name)).to.equal('Assigned to 2 of 3 selected users. Will be removed from 2 users.');
    await grid.toggleProductWithSpace(name);
    expect(grid.stateOf(name)).to.equal('mixed');
    expect(grid.descriptionOf(name)).to.equal('Assigned to 2 of 3 selected users.');

    expect(host.events('lm-product-change')).to.deep.equal([
      { skuId: E3.skuId, intent: 'assign' },
      { skuId: E3.skuId, intent: 'revoke' },
      { skuId: E3.skuId, intent: 'leave' },
    ]);
  });

  it('keeps cycling correctly when clicks come faster than the session answers', async () => {
    const { grid, host } = await mount();
    const name = E5.displayName;
    await grid.toggleProduct(name);
    expect(grid.stateOf(name)).to.equal('checked');
    await grid.toggleProduct(name);
    expect(grid.stateOf(name)).to.equal('unchecked');
    await grid.toggleProduct(name);
    expect(grid.stateOf(name)).to.equal('mixed');
    expect(host.events('lm-product-change').map((detail) => detail.intent)).to.deep.equal(['assign', 'revoke', 'leave']);
  });

  it('toggles a product nobody holds between two states only', async () => {
    const mounted = await mount();
    answerProductChanges(mounted);
    const name = COPILOT.displayName;
    await mounted.grid.toggleProduct(name);
    expect(mounted.grid.stateOf(name)).to.equal('checked');
    expect(mounted.grid.descriptionOf(name)).to.contain('Will be assigned to 3 more users.');
    await mounted.grid.toggleProduct(name);
    expect(mounted.grid.stateOf(name)).to.equal('unchecked');
    expect(mounted.host.events('lm-product-change').map((detail) => detail.intent)).to.deep.equal(['assign', 'leave']);
  });

  it('disables the checkboxes when the agent may not change licenses', async () => {
    const { grid } = await mount(viewState({ access: { canChange: false, readOnlyReason: { kind: 'role', roles: ['HelpdeskAgent'] }, agentName: 'Pat' } }));
    for (const product of [E3, E5, COPILOT]) expect(grid.productBox(product.displayName).disabled).to.equal(true);
  });

  it('opens the holders popover from the keyboard, lists the holders and closes on Escape back to its button', async () => {
    const { grid } = await mount();
    const name = E3.displayName;
    const button = grid.holdersButton(name);
    expect(grid.isHoldersOpen(name)).to.equal(false);

    await grid.press(button, 'Enter');
    expect(grid.isHoldersOpen(name)).to.equal(true);
    expect(grid.holdersOf(name)).to.deep.equal([ADA.displayName, GRACE.displayName]);
    expect(grid.holdersPopover(name).contains(grid.focused())).to.equal(true, 'focus moves into the popover');

    await grid.pressKey('Escape');
    expect(grid.isHoldersOpen(name)).to.equal(false);
    expect(grid.focused() === button).to.equal(true, 'focus returns to the "Assigned" button');
  });

  it('offers "Buy more" where no unit is left or fewer than the assignment needs, and honours a canceled lm-buy-more', async () => {
    const small = catalogProduct('SPE_E3', { total: 21, consumed: 20 });
    const state = viewState({
      products: {
        status: 'ready',
        error: null,
        cachedAt: null,
        rows: [productRow(E5, SELECTION), productRow(small, [ADA, LINUS, HOSTILE], 'assign'), productRow(COPILOT, SELECTION)],
      },
    });
    const { grid, host } = await mount(state, { ...config, buyMoreUrl: 'https://partner.example/buy' });
    expect(grid.query('link', `Buy more ${COPILOT.displayName}`) === null).to.equal(true);
    const buyE5 = grid.get('link', `Buy more ${E5.displayName}`) as HTMLAnchorElement;
    expect(buyE5.href).to.equal('https://partner.example/buy');
    expect(grid.query('link', `Buy more ${small.displayName}`), '2 needed, 1 available').to.exist;

    const prevented: boolean[] = [];
    const record = (event: Event): void => {
      prevented.push(event.defaultPrevented);
      event.preventDefault(); // the test page must not navigate
    };
    document.addEventListener('click', record);
    try {
      buyE5.click();
      host.on('lm-buy-more-request', (_detail, event) => event.preventDefault());
      buyE5.click();
    } finally {
      document.removeEventListener('click', record);
    }
    expect(prevented).to.deep.equal([false, true]);
    expect(host.events('lm-buy-more-request')).to.deep.equal([
      { skuId: E5.skuId, productName: E5.displayName },
      { skuId: E5.skuId, productName: E5.displayName },
    ]);
  });

  it('emits lm-plans-open from "View service plans for …"', async () => {
    const { grid, host } = await mount();
    await grid.click('button', `View service plans for ${COPILOT.displayName}`);
    expect(host.events('lm-plans-open')).to.deep.equal([{ skuId: COPILOT.skuId }]);
  });

  it('shows blocking findings in an alert, per-user findings with the users to skip, and each next to its product', async () => {
    const { grid } = await mount(
      withFindings(viewState(), [
        { kind: 'not-enough-licenses', severity: 'blocking', skuId: E5.skuId, otherSkuIds: [], userIds: [ADA.id, HOSTILE.id], needed: 2, available: 0 },
        { kind: 'missing-requirement', severity: 'per-user', skuId: COPILOT.skuId, otherSkuIds: [E3.skuId, E5.skuId], userIds: [HOSTILE.id] },
      ]),
    );
    const alert = grid.findingsAlert();
    expect(alert?.textContent).to.contain('Not enough licenses: 2 needed, 0 available');
    expect(alert?.textContent).to.contain(`Users: ${ADA.displayName} and ${HOSTILE_NAME}`);
    const note = grid.root.textContent ?? '';
    expect(note).to.contain('Users with problems will be skipped');
    expect(grid.descriptionOf(COPILOT.displayName)).to.contain(`Needs ${E3.displayName} or ${E5.displayName} as well (Affects 1 user)`);
    expect(grid.descriptionOf(E5.displayName)).to.contain('Not enough licenses: 2 needed, 0 available');
  });

  it('words a finding from the side of the other product it involves, never naming a product after itself', async () => {
    const { grid } = await mount(
      withFindings(viewState(), [
        { kind: 'mutually-exclusive', severity: 'per-user', skuId: E5.skuId, otherSkuIds: [E3.skuId], userIds: [ADA.id] },
        { kind: 'missing-requirement', severity: 'per-user', skuId: COPILOT.skuId, otherSkuIds: [E3.skuId, E5.skuId], userIds: [HOSTILE.id] },
      ]),
    );
    expect(grid.descriptionOf(E5.displayName)).to.contain(`Can't be held together with ${E3.displayName}`);
    expect(grid.descriptionOf(E3.displayName)).to.contain(`Can't be held together with ${E5.displayName}`);
    expect(grid.descriptionOf(E3.displayName)).to.not.contain(`held together with ${E3.displayName}`);
    expect(grid.descriptionOf(E3.displayName)).to.contain(`Needed by ${COPILOT.displayName}`);
    expect(grid.descriptionOf(COPILOT.displayName)).to.contain(`Needs ${E3.displayName} or ${E5.displayName} as well`);
  });

  it('renders hostile names as text, never as markup', async () => {
    const hostileProduct = { ...COPILOT, displayName: HOSTILE_NAME };
    const holder = { ...HOSTILE, licenses: [{ skuId: COPILOT.skuId, disabledPlans: [] }] };
    const state = viewState({
      products: { status: 'ready', error: null, cachedAt: null, rows: [productRow(hostileProduct, [holder, ADA])] },
    });
    const { grid } = await mount(state);
    expect(grid.productBox(HOSTILE_NAME)).to.exist;
    await grid.click('button', `Assigned ${HOSTILE_NAME}`);
    expect(grid.holdersOf(HOSTILE_NAME)).to.deep.equal([HOSTILE_NAME]);
    expect(grid.root.querySelector('img') === null).to.equal(true, 'no <img> element');
  });

  it('shows a load error with "Try again"', async () => {
    const { grid, host } = await mount(
      viewState({ products: { status: 'error', error: { kind: 'network', message: 'fetch failed' }, rows: [], cachedAt: null } }),
    );
    expect(grid.get('alert').textContent).to.contain("Couldn't load products.");
    await grid.click('button', 'Try again');
    expect(host.events('lm-retry-load')).to.have.length(1);
  });
});
