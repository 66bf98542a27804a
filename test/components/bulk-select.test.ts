import { expect } from '@open-wc/testing';
import { LmBulkSelect, tagName } from '../../src/components/bulk-select/bulk-select.js';
import type { BulkSelectView, ViewState } from '../../src/session/view-state.js';
import { mountInHost, type Mounted } from '../harness/test-host.js';
import { config, locale, usersView, viewState } from './fixtures.js';

customElements.get(tagName) ?? customElements.define(tagName, LmBulkSelect);

function mount(state: ViewState): Promise<Mounted<LmBulkSelect>> {
  return mountInHost<LmBulkSelect>(tagName, { state, locale, config });
}

const root = (element: LmBulkSelect): ShadowRoot => element.shadowRoot!;
const buttons = (element: LmBulkSelect): string[] => [...root(element).querySelectorAll('button')].map((button) => button.textContent?.trim() ?? '');
const status = (element: LmBulkSelect): string => root(element).querySelector('[role="status"]')?.textContent?.trim() ?? '';

function bulk(overrides: Partial<BulkSelectView>): BulkSelectView {
  return { kind: 'matching', status: 'running', resolved: 0, total: null, unknown: [], duplicates: [], error: null, ...overrides };
}

const firstPage = { pageIndex: 0, canGoNext: true } as const;

describe('lm-bulk-select', () => {
  it('is accessible, and offers "Select all N users" with the formatted count on the first page', async () => {
    const { element, host } = await mount(viewState({ step: 'users', users: usersView({ ...firstPage, matchingTotal: 10000 }) }));
    await expect(element).to.be.accessible();
    expect(buttons(element)).to.include('Select all 10,000 users');
    root(element).querySelector<HTMLButtonElement>('button')!.click();
    expect(host.events('lm-select-all')).to.have.length(1);
  });

  it('says "Select all matching users" after a search when the service cannot count, and nothing on a later page without a search', async () => {
    const searched = await mount(viewState({ users: usersView({ pageIndex: 2, search: 'ann', matchingTotal: null }) }));
    expect(buttons(searched.element)).to.include('Select all matching users');
    const later = await mount(viewState({ users: usersView({ pageIndex: 2, search: '', matchingTotal: 500 }) }));
    expect(buttons(later.element).some((text) => text.startsWith('Select all'))).to.equal(false);
  });

  it('shows progress with Cancel while resolving', async () => {
    const { element, host } = await mount(viewState({ users: usersView(firstPage), bulkSelect: bulk({ resolved: 1998, total: 10000 }) }));
    expect(status(element)).to.equal('Selecting users: 1,998 of 10,000…');
    const cancel = [...root(element).querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Cancel');
    cancel!.click();
    expect(host.events('lm-select-cancel')).to.have.length(1);
    expect(buttons(element).some((text) => text.startsWith('Select all'))).to.equal(false);
  });

  it('opens the dialog "Select from a list" and sends the pasted text', async () => {
    const { element, host } = await mount(viewState({ users: usersView(firstPage) }));
    const open = [...root(element).querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Select from a list')!;
    open.click();
    const dialog = root(element).querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.getAttribute('aria-labelledby')).to.equal('list-title');
    expect(root(element).getElementById('list-title')?.textContent).to.equal('Select from a list');
    const box = root(element).querySelector('textarea')!;
    expect(box.closest('label')?.textContent).to.contain('User principal names or object IDs');
    await expect(element).to.be.accessible();
    box.value = 'ann@contoso.com\nbo@contoso.com';
    [...dialog.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Select these users')!.click();
    expect(dialog.open).to.equal(false);
    expect(host.events('lm-select-list')).to.deep.equal([{ text: 'ann@contoso.com\nbo@contoso.com' }]);
  });

  it('reports the resolved, unknown and duplicate counts and names the unknown entries', async () => {
    const { element } = await mount(viewState({
      users: usersView(firstPage),
      bulkSelect: bulk({ kind: 'list', status: 'done', resolved: 12, total: 14, unknown: ['nobody@contoso.com', 'ghost@contoso.com'], duplicates: ['ann@contoso.com'] }),
    }));
    expect(status(element)).to.equal('Selected: 12. Unknown: 2. Duplicates: 1.');
    expect([...root(element).querySelectorAll('.unknown li')].map((item) => item.textContent)).to.deep.equal(['nobody@contoso.com', 'ghost@contoso.com']);
  });
});
