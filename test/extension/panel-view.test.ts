/** The side panel's own screens in a plain page: no token, the customer picker, mounting the widget. */
import { expect, waitUntil } from '@open-wc/testing';
import { chooseCustomer } from '../../extension/sidepanel/choose-customer.js';
import { mountLicenseManager, offerCustomerSwitch, panelPageWords, showCustomerPicker, showProblem, showSignIn } from '../../extension/sidepanel/panel-view.js';
import { usePageLanguage } from '../../extension/page-words.js';
import { setUiLanguage } from '../../src/i18n/localization.js';
import { SignInError } from '../../src/sign-in/authorization-server.js';
import { MemoryLicenseStore } from '../../src/store/memory-store.js';

const A = '3c1f7a0e-5d2b-4c8e-9a61-0c0a00000001';
const B = '3c1f7a0e-5d2b-4c8e-9a61-0c0a00000002';

function buttonNamed(root: HTMLElement, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

describe('side panel screens', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('main');
    document.body.append(root);
  });
  afterEach(() => root.remove());

  it('chooses the tab\'s customer, else the settings\', else asks', () => {
    expect(chooseCustomer(A, B)).to.deep.equal({ kind: 'tab', customerId: A });
    expect(chooseCustomer(null, B.toUpperCase())).to.deep.equal({ kind: 'settings', customerId: B });
    expect(chooseCustomer(null, '')).to.deep.equal({ kind: 'pick' });
    expect(chooseCustomer('garbage', 'also garbage')).to.deep.equal({ kind: 'pick' });
  });

  it('not signed in: "Sign in with Microsoft" in place of the users, and what went wrong when it fails', async () => {
    let opened = 0;
    let attempts = 0;
    showSignIn(root, { onSignIn: async () => { attempts += 1; throw new Error('The sign-in was closed before it finished.'); }, onOpenSettings: () => (opened += 1) });
    await expect(root).to.be.accessible();
    const signIn = buttonNamed(root, 'Sign in with Microsoft');
    signIn.click();
    expect(signIn.disabled).to.equal(true);
    await waitUntil(() => !signIn.disabled, 'the button comes back after a failed sign-in');
    expect(attempts).to.equal(1);
    expect(root.querySelector('[role=status]')?.textContent).to.equal('Not signed in: The sign-in was closed before it finished.');
    buttonNamed(root, 'Open settings').click();
    expect(opened).to.equal(1);
  });

  it('speaks Swedish in a Swedish browser, what went wrong included', async () => {
    await usePageLanguage('sv');
    try {
      expect(panelPageWords()).to.deep.equal({ settings: 'Inställningar' });
      showSignIn(root, { onSignIn: async () => { throw new SignInError('cancelled', 'The sign-in was closed before it finished.'); }, onOpenSettings: () => undefined });
      const signIn = buttonNamed(root, 'Logga in med Microsoft');
      signIn.click();
      await waitUntil(() => !signIn.disabled, 'the button comes back after a failed sign-in');
      expect(root.querySelector('[role=status]')?.textContent).to.equal('Inte inloggad: Inloggningen stängdes innan den var klar.');
      await expect(root).to.be.accessible();
    } finally {
      await setUiLanguage('en');
    }
  });

  it('offers customers by name (as text, sorted) and opens the chosen one', async () => {
    let chosen = '';
    showCustomerPicker(
      root,
      [
        { id: B, companyName: 'Fabrikam <img src=x onerror=alert(1)>', domain: 'fabrikam.example' },
        { id: A, companyName: 'Contoso', domain: '' },
      ],
      (id) => (chosen = id),
    );
    const select = root.querySelector('select');
    expect(select?.labels?.[0]?.textContent).to.equal('Customer');
    expect([...(select?.options ?? [])].map((o) => o.textContent)).to.deep.equal(['Contoso', 'Fabrikam <img src=x onerror=alert(1)> (fabrikam.example)']);
    expect(root.querySelector('img')).to.equal(null);
    if (select) select.value = B;
    buttonNamed(root, 'Open').click();
    expect(chosen).to.equal(B);
    await expect(root).to.be.accessible();
  });

  it('says when there is no customer to pick', () => {
    showCustomerPicker(root, [], () => undefined);
    expect(root.querySelector('[role=status]')?.textContent).to.contain('no customers');
    expect(root.querySelector('select')).to.equal(null);
  });

  it('shows a problem with retry and settings', () => {
    const calls: string[] = [];
    showProblem(root, 'The customer list could not be loaded.', 'HTTP 503', { onRetry: () => calls.push('retry'), onOpenSettings: () => calls.push('settings') });
    expect(root.querySelector('[role=alert]')?.textContent).to.contain('HTTP 503');
    buttonNamed(root, 'Try again').click();
    buttonNamed(root, 'Open settings').click();
    expect(calls).to.deep.equal(['retry', 'settings']);
  });

  it('mounts <license-manager> with settings as attributes and token and store as properties', async () => {
    const store = new MemoryLicenseStore();
    const tokenProvider = async (): Promise<string> => 'demo-admin';
    const manager = mountLicenseManager(root, { customerId: A, backend: 'graph', baseUrl: 'http://127.0.0.1:4010', lang: 'sv', tokenProvider, store, roles: ['BillingAdmin'], reviewBeforeSaving: false });
    expect(manager.tagName).to.equal('LICENSE-MANAGER');
    expect(manager.reviewBeforeSaving, 'the options page setting').to.equal(false);
    expect(manager.getAttribute('customer-id')).to.equal(A);
    expect(manager.getAttribute('backend')).to.equal('graph');
    expect(manager.getAttribute('base-url')).to.equal('http://127.0.0.1:4010');
    expect(manager.getAttribute('lang')).to.equal('sv');
    expect(manager.tokenProvider).to.equal(tokenProvider);
    expect(manager.store).to.equal(store);
    expect(manager.roles).to.deep.equal(['BillingAdmin']);
    expect(manager.outerHTML, 'the token never lands in markup').to.not.contain('demo-admin');
  });

  it('offers a switch only when the tab shows another customer', () => {
    const bar = document.createElement('div');
    const switched: string[] = [];
    offerCustomerSwitch(bar, A, A, (id) => switched.push(id));
    expect(bar.hidden).to.equal(true);
    offerCustomerSwitch(bar, B, A, (id) => switched.push(id));
    expect(bar.hidden).to.equal(false);
    buttonNamed(bar, 'Switch to that customer').click();
    expect(switched).to.deep.equal([B]);
    offerCustomerSwitch(bar, null, A, (id) => switched.push(id));
    expect(bar.hidden).to.equal(true);
  });
});
