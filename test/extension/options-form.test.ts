/** The real options.html form (fetched from the tree), driven by options-form.ts in a plain page. */
import { expect } from '@open-wc/testing';
import { fillOptionsForm, readOptionsForm, showProblems } from '../../extension/options/options-form.js';
import { optionsWords } from '../../extension/options/options-words.js';
import { applyWords, usePageLanguage } from '../../extension/page-words.js';
import { setUiLanguage } from '../../src/i18n/localization.js';

const ID = '3c1f7a0e-5d2b-4c8e-9a61-0c0a00000001';
const CLIENT = '11111111-2222-4333-8444-555555555555';
const SIGN_IN = { authority: 'https://login.microsoftonline.com', clientId: CLIENT, tenant: 'organizations', reviewBeforeSaving: true };

async function optionsDocument(): Promise<Document> {
  const html = await (await fetch('/extension/options/options.html')).text();
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The page's <main> with its words, as options.ts puts them in. */
async function optionsPage(): Promise<HTMLElement> {
  const parsed = await optionsDocument();
  const main = parsed.querySelector('main');
  if (!main) throw new Error('options.html has no <main>');
  const host = document.createElement('div');
  host.append(document.importNode(main, true));
  applyWords(host, optionsWords());
  document.body.append(host);
  return host;
}

function form(host: HTMLElement): HTMLFormElement {
  const found = host.querySelector('form');
  if (!found) throw new Error('no form');
  return found;
}

function field(host: HTMLElement, label: string): HTMLInputElement | HTMLSelectElement {
  const match = [...host.querySelectorAll('label')].find((candidate) => candidate.textContent?.trim() === label);
  const control = match?.control;
  if (!(control instanceof HTMLInputElement || control instanceof HTMLSelectElement)) throw new Error(`no field labelled ${label}`);
  return control;
}

describe('options form', () => {
  let host: HTMLElement;
  beforeEach(async () => {
    host = await optionsPage();
  });
  afterEach(() => host.remove());

  it('labels every field (for/id), offers both backends and has a status message', async () => {
    const backend = field(host, 'Backend');
    if (!(backend instanceof HTMLSelectElement)) throw new Error('Backend is not a select');
    expect([...backend.options].map((o) => o.textContent)).to.deep.equal(['Partner Center', 'Microsoft Graph']);
    expect(field(host, 'Base URL').type).to.equal('url');
    expect(field(host, 'Access token').type).to.equal('password');
    expect(field(host, 'Customer ID').name).to.equal('customerId');
    expect(host.querySelector('button[type=submit]')?.textContent).to.equal('Save settings');
    expect(host.querySelector('[role=status]')).to.exist;
    await expect(host).to.be.accessible();
  });

  it('has words for every place in options.html and none for a place it lacks; Swedish in a Swedish browser', async () => {
    const places = [...(await optionsDocument()).querySelectorAll<HTMLElement>('[data-words]')].map((element) => element.dataset['words']);
    expect([...new Set(places)].sort()).to.deep.equal(Object.keys(optionsWords()).sort());
    expect(await usePageLanguage('sv-SE')).to.equal('sv');
    try {
      expect(document.documentElement.lang).to.equal('sv');
      applyWords(host, optionsWords());
      expect(host.querySelector('h1')?.textContent).to.equal('Inställningar för License Manager');
      fillOptionsForm(form(host), { settings: { backend: 'partner-center', baseUrl: 'http://127.0.0.1:4010', customerId: '', ...SIGN_IN }, token: '' });
      field(host, 'Kund-ID').value = 'contoso';
      const result = readOptionsForm(form(host));
      expect(result.ok ? [] : result.problems.map((problem) => problem.message)).to.deep.equal(['Kund-ID är klientorganisationens ID, ett GUID som 3c1f7a0e-5d2b-4c8e-9a61-0c0a00000001.']);
      await expect(host).to.be.accessible();
    } finally {
      await setUiLanguage('en');
    }
  });

  it('fills from settings and reads back the same values', () => {
    // "Review changes before saving" off reads back off.
    const values = { settings: { backend: 'graph' as const, baseUrl: 'https://graph.microsoft.com', customerId: ID, ...SIGN_IN, reviewBeforeSaving: false }, token: 'token-1' };
    fillOptionsForm(form(host), values);
    expect(field(host, 'Backend').value).to.equal('graph');
    expect(field(host, 'Access token').value).to.equal('token-1');
    expect(readOptionsForm(form(host))).to.deep.equal({ ok: true, values });
  });

  it('normalises what the admin typed', () => {
    fillOptionsForm(form(host), { settings: { backend: 'partner-center', baseUrl: '', customerId: '', authority: '', clientId: '', tenant: '', reviewBeforeSaving: true }, token: '' });
    field(host, 'Base URL').value = ' http://127.0.0.1:4010/ ';
    field(host, 'Sign-in authority').value = ' http://127.0.0.1:4010/ ';
    field(host, 'Client ID').value = ` ${CLIENT.toUpperCase()} `;
    field(host, 'Tenant').value = ' Contoso.onmicrosoft.com ';
    field(host, 'Customer ID').value = ` ${ID.toUpperCase()} `;
    field(host, 'Access token').value = '  demo-admin ';
    const result = readOptionsForm(form(host));
    expect(result).to.deep.equal({
      ok: true,
      values: {
        settings: { backend: 'partner-center', baseUrl: 'http://127.0.0.1:4010', customerId: ID, authority: 'http://127.0.0.1:4010', clientId: CLIENT, tenant: 'contoso.onmicrosoft.com', reviewBeforeSaving: true },
        token: 'demo-admin',
      },
    });
  });

  it('opens the access token section only while a token is set', () => {
    const details = host.querySelector<HTMLDetailsElement>('details#token-details');
    fillOptionsForm(form(host), { settings: { backend: 'partner-center', baseUrl: 'http://127.0.0.1:4010', customerId: '', ...SIGN_IN }, token: '' });
    expect(details?.open).to.equal(false);
    expect(details?.querySelector('summary')?.textContent).to.equal('Use an access token');
    fillOptionsForm(form(host), { settings: { backend: 'partner-center', baseUrl: 'http://127.0.0.1:4010', customerId: '', ...SIGN_IN }, token: 't' });
    expect(details?.open).to.equal(true);
  });

  it('checks the sign-in fields and opens their section to show a problem', () => {
    fillOptionsForm(form(host), { settings: { backend: 'partner-center', baseUrl: 'http://127.0.0.1:4010', customerId: '', ...SIGN_IN }, token: '' });
    field(host, 'Sign-in authority').value = 'http://login.example.com';
    field(host, 'Client ID').value = 'my app';
    field(host, 'Tenant').value = 'not a tenant!';
    const result = readOptionsForm(form(host));
    expect(result.ok).to.equal(false);
    expect(result.ok ? [] : result.problems.map((problem) => problem.field)).to.deep.equal(['authority', 'clientId', 'tenant']);
    expect(showProblems(form(host), result.ok ? [] : result.problems)).to.equal(field(host, 'Sign-in authority'));
    expect(host.querySelector<HTMLDetailsElement>('details#advanced-sign-in')?.open).to.equal(true);
    expect(host.querySelector('#client-id-problem')?.textContent).to.contain('GUID');
  });

  it('marks invalid fields with their problem and clears them once fixed', () => {
    fillOptionsForm(form(host), { settings: { backend: 'partner-center', baseUrl: '', customerId: '', ...SIGN_IN }, token: '' });
    field(host, 'Base URL').value = 'graph.microsoft.com';
    field(host, 'Customer ID').value = 'contoso';
    const result = readOptionsForm(form(host));
    expect(result.ok).to.equal(false);
    const first = showProblems(form(host), result.ok ? [] : result.problems);
    expect(first).to.equal(field(host, 'Base URL'));
    expect(field(host, 'Base URL').getAttribute('aria-invalid')).to.equal('true');
    expect(field(host, 'Customer ID').getAttribute('aria-invalid')).to.equal('true');
    const note = host.querySelector<HTMLElement>('#customer-id-problem');
    expect(note?.hidden).to.equal(false);
    expect(note?.textContent).to.contain('GUID');
    expect(field(host, 'Customer ID').getAttribute('aria-describedby')).to.contain('customer-id-problem');

    field(host, 'Base URL').value = 'https://graph.microsoft.com';
    field(host, 'Customer ID').value = '';
    const fixed = readOptionsForm(form(host));
    expect(showProblems(form(host), fixed.ok ? [] : fixed.problems)).to.equal(null);
    expect(field(host, 'Base URL').hasAttribute('aria-invalid')).to.equal(false);
    expect(note?.hidden).to.equal(true);
  });
});
