import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { defineOnce } from '../../src/components/define.js';
import { LicenseManager, tagName } from '../../src/components/license-manager/license-manager.js';
import { emit } from '../../src/components/events.js';
import type { LmSaveCompleteEvent, LmSelectionChangeEvent } from '../../src/components/public-events.js';
import { E5, CUSTOMER, tenant, until } from './session-fixture.js';
import type { FakeBackend } from './fake-backend.js';

defineOnce(tagName, LicenseManager);

/** Lets the session finish, publish (a microtask) and the element render. */
async function settle(el: LicenseManager): Promise<void> {
  await el.licenseSession?.idle();
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.partsLoaded();
  await el.updateComplete;
}

async function mount(backend: FakeBackend): Promise<LicenseManager> {
  const el = await fixture<LicenseManager>(html`<license-manager lang="en" customer-id=${CUSTOMER} page-size="10" .client=${backend}></license-manager>`);
  await settle(el);
  return el;
}

function button(el: LicenseManager, name: string): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  if (!found) throw new Error(`No button "${name}"`);
  return found;
}

/** Stands in for a part inside the root's shadow root: part events bubble to the shadow root and stop there. */
function fromPart(el: LicenseManager): HTMLElement {
  return el.shadowRoot!.querySelector('.step') as HTMLElement;
}

/** Through the parts, as the admin does it: selects the user, "Manage licenses", and E5 to be assigned. */
async function planE5For(el: LicenseManager, userId: string): Promise<void> {
  emit(fromPart(el), 'lm-user-toggle', { userId, selected: true });
  await settle(el);
  button(el, 'Manage licenses').click();
  await settle(el);
  emit(fromPart(el), 'lm-product-change', { skuId: E5, intent: 'assign' });
  await settle(el);
}

describe('<license-manager> root', () => {
  it('is accessible and starts on the users step with "Manage licenses" disabled', async () => {
    const el = await mount(tenant());
    await expect(el).to.be.accessible();
    expect(button(el, 'Manage licenses').disabled).to.equal(true);
  });

  it('turns part events into session calls and tells the host about the selection', async () => {
    const el = await mount(tenant());
    const change = oneEvent(el, 'lm-selection-change');
    emit(fromPart(el), 'lm-user-toggle', { userId: 'u01', selected: true });
    expect(((await change) as LmSelectionChangeEvent).detail.userIds).to.deep.equal(['u01']);
    await settle(el);
    expect(button(el, 'Manage licenses').disabled).to.equal(false);
  });

  it('saves from the licenses step through the review, and fires lm-save-complete with every outcome', async () => {
    const backend = tenant();
    const el = await mount(backend);
    emit(fromPart(el), 'lm-user-toggle', { userId: 'u01', selected: true });
    emit(fromPart(el), 'lm-user-toggle', { userId: 'u02', selected: true });
    await settle(el);
    button(el, 'Manage licenses').click();
    await settle(el);
    expect(button(el, 'Save').disabled).to.equal(true);
    expect(button(el, 'Back').disabled).to.equal(false);
    emit(fromPart(el), 'lm-product-change', { skuId: E5, intent: 'assign' });
    await settle(el);
    button(el, 'Save').click();
    await until(() => el.licenseSession?.state.step === 'review', 'the review step');
    await settle(el);
    const region = el.shadowRoot!.querySelector('section.step');
    expect(region?.getAttribute('aria-label')).to.equal('Review changes');
    expect(region?.querySelector('lm-review')).to.not.equal(null);
    expect(backend.calls.apply, 'nothing sent before "Confirm"').to.deep.equal([]);
    const complete = oneEvent(el, 'lm-save-complete');
    button(el, 'Confirm').click();
    const { detail } = (await complete) as LmSaveCompleteEvent;
    expect(detail.outcomes.map((o) => `${o.userId}:${o.status}`).sort()).to.deep.equal(['u01:succeeded', 'u02:succeeded']);
    await settle(el);
    expect(el.shadowRoot!.querySelector('lm-results-panel')).to.not.equal(null);
    expect(backend.licensesOf('u01').map((l) => l.skuId)).to.include(E5);
  });

  it('with review-before-saving="false", saves one user without findings at once', async () => {
    const backend = tenant();
    const el = await fixture<LicenseManager>(
      html`<license-manager lang="en" customer-id=${CUSTOMER} page-size="10" review-before-saving="false" .client=${backend}></license-manager>`,
    );
    await settle(el);
    expect(el.reviewBeforeSaving).to.equal(false);
    await planE5For(el, 'u03');
    const complete = oneEvent(el, 'lm-save-complete');
    button(el, 'Save').click();
    await complete;
    expect(backend.licensesOf('u03').map((l) => l.skuId)).to.include(E5);
  });

  it('says why it is read-only and keeps Save disabled', async () => {
    const backend = tenant();
    backend.agent = { name: 'Riley Reader', roles: ['BillingAdmin'] };
    const el = await mount(backend);
    expect(el.shadowRoot!.textContent).to.contain("Read only: your role (BillingAdmin) can't change licenses.");
    await planE5For(el, 'u01');
    expect(button(el, 'Save').disabled).to.equal(true);
  });

  it('fires lm-error when a load fails and shows the error', async () => {
    const backend = tenant();
    backend.failNext.listUsers = new TypeError('Failed to fetch');
    const errors: string[] = [];
    const el = document.createElement('license-manager') as LicenseManager;
    el.addEventListener('lm-error', (event) => errors.push(event.detail.kind));
    el.customerId = CUSTOMER;
    el.client = backend;
    document.body.append(el);
    await until(() => errors.length > 0, 'lm-error');
    expect(errors).to.deep.equal(['network']);
    el.remove();
  });

  it('waits for its settings, and never puts the token in an attribute', async () => {
    const el = await fixture<LicenseManager>(html`<license-manager lang="en"></license-manager>`);
    expect(el.licenseSession).to.equal(null);
    el.customerId = CUSTOMER;
    el.baseUrl = 'http://127.0.0.1:9';
    el.tokenProvider = async () => 'secret-token';
    await el.updateComplete;
    expect(el.licenseSession).to.not.equal(null);
    expect(el.outerHTML).to.not.contain('secret-token');
    el.licenseSession?.dispose();
  });

  it('survives a second definition of its tag (two copies of the widget on one page)', async () => {
    class Other extends LicenseManager {}
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      defineOnce(tagName, Other);
      defineOnce(tagName, Other);
    } finally {
      console.warn = original;
    }
    expect(customElements.get(tagName)).to.equal(LicenseManager);
    expect(warnings).to.have.length(1);
  });
});
