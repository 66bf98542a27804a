// axe-core on every view of the whole widget, in English and in Swedish; plus the language the widget declares,
// so a screen reader picks the right voice for the text it reads.
import { expect, fixture, html } from '@open-wc/testing';
import { BackendError } from '../../src/backend/errors.js';
import { BI, E3, KIOSK, saveAndConfirm, tenant } from '../session/session-fixture.js';
import { mountWidget, resetLanguage, type Widget } from './support/widget.js';
import { openDialog, visibleText } from './support/views.js';
import type { UiLanguage } from '../../src/i18n/localization.js';

/** Words that must be on screen in each language, proving the view is not still in the other one. */
const words: Record<UiLanguage, { readonly users: string; readonly licenses: string }> = {
  en: { users: 'Manage licenses', licenses: 'Service plans' },
  sv: { users: 'Hantera licenser', licenses: 'Tjänsteplaner' },
};

async function expectAccessible(widget: Widget): Promise<void> {
  await widget.settle();
  await expect(widget.root).to.be.accessible();
}

for (const lang of ['en', 'sv'] as const) {
  describe(`every view passes axe (${lang})`, () => {
    afterEach(resetLanguage);

    it('user picker', async () => {
      const widget = await mountWidget({ lang });
      await widget.select('u01', 'u02');
      expect(visibleText(widget.root)).to.include(words[lang].users);
      await expectAccessible(widget);
    });

    it('selected users view', async () => {
      const widget = await mountWidget({ lang });
      await widget.select('u01', 'u02', 'u04');
      widget.session.setOnlySelected(true);
      await widget.until((state) => state.users.onlySelected && state.users.rows.length === 3, 'the selected view');
      await expectAccessible(widget);
    });

    it('products, with a mixed product, a change and findings', async () => {
      const widget = await mountWidget({ lang });
      await widget.plan(['u01', 'u02', 'u03', 'u05'], [BI, KIOSK]);
      await widget.settle();
      expect(widget.state.findings.length).to.be.greaterThan(0);
      expect(visibleText(widget.root)).to.include(words[lang].licenses);
      await expectAccessible(widget);
    });

    it('service-plan dialog', async () => {
      const widget = await mountWidget({ lang });
      await widget.select('u01', 'u04');
      await widget.toLicenses();
      widget.session.openPlans(E3);
      await widget.settle();
      expect(openDialog(widget) !== null, 'an open <dialog>').to.equal(true);
      await expectAccessible(widget);
    });

    it('results, with a failure', async () => {
      const widget = await mountWidget({ lang });
      await widget.plan(['u01', 'u02', 'u03'], [BI]);
      widget.backend.forbidden = false;
      widget.backend.users = widget.backend.users.map((user) => (user.id === 'u02' ? { ...user, usageLocation: null } : user));
      await saveAndConfirm(widget.session);
      await widget.until((state) => state.step === 'results' && state.job?.status === 'finished', 'the finished job');
      expect(widget.state.job?.rows.some((row) => row.outcome === 'failed')).to.equal(true);
      await expectAccessible(widget);
    });

    it('review, with a user held back', async () => {
      const widget = await mountWidget({ lang });
      await widget.plan(['u01', 'u03', 'u05'], [BI]);
      await widget.session.save();
      await widget.until((state) => state.step === 'review' && state.review !== null, 'the review');
      expect(widget.state.review?.heldBackCount).to.equal(1);
      await expectAccessible(widget);
    });

    it('read-only role', async () => {
      const widget = await mountWidget({ lang, roles: ['BillingAdmin'] });
      await widget.until((state) => !state.access.canChange, 'read-only access');
      await expectAccessible(widget);
      await widget.select('u01');
      await widget.toLicenses();
      await expectAccessible(widget);
    });

    it('load errors', async () => {
      const backend = tenant();
      backend.failNext.listUsers = new BackendError({ kind: 'unavailable', message: 'Service Unavailable', httpStatus: 503 });
      const widget = await mountWidget({ lang, backend });
      await widget.until((state) => state.users.status === 'error', 'the users error');
      await expectAccessible(widget);
      widget.backend.failNext.listProducts = new BackendError({ kind: 'forbidden', message: 'Forbidden', httpStatus: 403 });
      await widget.session.retryLoad();
      await widget.until((state) => state.users.status === 'ready', 'users again');
      await widget.select('u01');
      await widget.toLicensesEvenIfFailing();
      await expectAccessible(widget);
    });
  });
}

describe('the language the widget declares', () => {
  afterEach(resetLanguage);

  it('marks its content with the UI language when the page is in another language', async () => {
    const page = await fixture(html`<div lang="de"></div>`);
    const widget = await mountWidget({ lang: 'sv' });
    page.append(widget.root);
    widget.root.removeAttribute('lang');
    await widget.settle();
    // A German page: the widget speaks English, and says so, so German speech rules are not applied to it.
    const frame = widget.root.shadowRoot?.querySelector('[lang]');
    expect(frame?.getAttribute('lang')).to.equal('en');
  });
});
