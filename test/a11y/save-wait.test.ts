// Save is disabled while the licenses shown may be stale; the bar says why, and Save is described by it.
import { expect } from '@open-wc/testing';
import { accessibleDescription } from '../harness/a11y.js';
import { byRole, visibleText } from './support/views.js';
import { mountWidget, resetLanguage, type Widget } from './support/widget.js';
import { E3, tenant } from '../session/session-fixture.js';
import { waitFor } from '../harness/wait.js';

const waitNote = (widget: Widget): Element | null => widget.root.shadowRoot?.querySelector('#save-wait') ?? null;

describe('Save while the current licenses are read', () => {
  afterEach(resetLanguage);

  it('says "Reading current licenses…" beside the disabled Save, and drops it once they are in', async () => {
    const backend = tenant();
    backend.productsGate.close();
    const widget = await mountWidget({ lang: 'en', backend });
    await widget.select('u01');
    void widget.session.setStep('licenses');
    await waitFor(() => waitNote(widget) !== null, 'the wait note');
    const save = byRole(widget, 'button', 'Save') as HTMLButtonElement;
    expect(save.disabled).to.equal(true);
    expect(accessibleDescription(save)).to.equal('Reading current licenses…');
    backend.productsGate.open();
    await widget.until((state) => state.products.status === 'ready' && state.products.cachedAt === null, 'the products');
    expect(waitNote(widget)).to.equal(null);
    expect(accessibleDescription(byRole(widget, 'button', 'Save'))).to.equal('');
  });
});

describe('Save when the check before saving holds back every user with a change', () => {
  afterEach(resetLanguage);

  it('is disabled and says why instead of doing nothing', async () => {
    const widget = await mountWidget({ lang: 'en' });
    // User 05 has no usage location, so the check holds them back from E3.
    await widget.select('u05');
    await widget.toLicenses();
    widget.session.changeProduct(E3, 'assign');
    await widget.until((state) => state.saveHeldBack, 'every change held back');
    const save = byRole(widget, 'button', 'Save') as HTMLButtonElement;
    expect(save.disabled).to.equal(true);
    expect(accessibleDescription(save)).to.equal('Nothing to save: every user with a change is held back');
    expect(visibleText(widget.root)).to.include('Nothing to save: every user with a change is held back');
    await widget.select('u06');
    await widget.until((state) => !state.saveHeldBack, 'a user who can be saved');
    expect((byRole(widget, 'button', 'Save') as HTMLButtonElement).disabled).to.equal(false);
    expect(accessibleDescription(byRole(widget, 'button', 'Save'))).to.equal('');
  });
});
