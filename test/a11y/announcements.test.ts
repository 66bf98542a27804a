// What a screen reader announces at each step of one admin's task, read from Chromium's accessibility tree, in
// English and Swedish. The transcript is printed (browser log) for the release notes; the key lines are asserted.
import { expect } from '@open-wc/testing';
import { axFind, axNodes, axTree, focusedNode, speak, type AxNode } from './support/ax-tree.js';
import { press } from './support/keyboard.js';
import { byRole, liveRegions, openDialog } from './support/views.js';
import { mountWidget, resetLanguage, type Widget } from './support/widget.js';
import { currentUiLanguage, type UiLanguage } from '../../src/i18n/localization.js';

interface Words {
  readonly search: string;
  readonly selectUser: (name: string) => string;
  readonly manage: string;
  readonly save: string;
  readonly review: string;
  readonly confirm: string;
  readonly plansFor: (product: string) => string;
  readonly assignedOf: RegExp;
  readonly willAssign: RegExp;
}

const words: Record<UiLanguage, Words> = {
  en: {
    search: 'Search users',
    selectUser: (name) => `Select ${name}`,
    manage: 'Manage licenses',
    save: 'Save',
    review: 'Review changes',
    confirm: 'Confirm',
    plansFor: (product) => `View service plans for ${product}`,
    assignedOf: /^Assigned to 1 of 2 selected users\.$/u,
    willAssign: /Will be assigned to 1 more user\./u,
  },
  sv: {
    search: 'Sök användare',
    selectUser: (name) => `Välj ${name}`,
    manage: 'Hantera licenser',
    save: 'Spara',
    review: 'Granska ändringar',
    confirm: 'Bekräfta',
    plansFor: (product) => `Visa tjänsteplaner för ${product}`,
    assignedOf: /^Tilldelad 1 av 2 valda användare\.$/u,
    willAssign: /Tilldelas 1 användare till\./u,
  },
};

class Transcript {
  readonly lines: string[] = [];
  private steps = 0;
  private lastLive = new Set<string>();

  constructor(private readonly lang: UiLanguage) {}

  async step(title: string, widget: Widget): Promise<AxNode> {
    await widget.settle();
    const tree = await axTree();
    const focus = focusedNode(tree);
    const regions = liveRegions(widget);
    const live = regions.filter((line) => !this.lastLive.has(line));
    this.lastLive = new Set(regions);
    this.steps += 1;
    this.lines.push(`${this.steps}. ${title}`);
    const dialog = axNodes(tree).find((node) => node.role === 'dialog');
    if (dialog) this.lines.push(`   in ${speak(dialog)}`);
    this.lines.push(`   focus: ${focus ? speak(focus) : '(none)'}`);
    for (const line of live) this.lines.push(`   live ${line}`);
    return tree;
  }

  print(): void {
    console.log(`Screen reader transcript (${this.lang}):\n${this.lines.join('\n')}`);
  }
}

for (const lang of ['en', 'sv'] as const) {
  describe(`screen reader transcript (${lang})`, () => {
    afterEach(resetLanguage);

    it('one admin task: find users, select two, assign a product, look at service plans, save', async () => {
      const w = words[lang];
      const transcript = new Transcript(lang);
      const widget = await mountWidget({ lang });

      byRole(widget, 'searchbox', w.search).focus();
      await transcript.step('Widget loaded; focus in the search box', widget);

      byRole(widget, 'checkbox', w.selectUser('User 01')).focus();
      await press('Space');
      let tree = await transcript.step('Space on the first user', widget);
      expect(axFind(tree, 'checkbox', w.selectUser('User 01'))?.checked).to.equal(true);

      byRole(widget, 'checkbox', w.selectUser('User 02')).focus();
      await press('Space');
      await transcript.step('Space on the second user', widget);

      byRole(widget, 'button', w.manage).focus();
      await press('Enter');
      await widget.until((state) => state.products.status === 'ready', 'products');
      await transcript.step(`Enter on "${w.manage}"`, widget);

      byRole(widget, 'checkbox', 'Office 365 E3').focus();
      tree = await transcript.step('Focus on a product some selected users hold', widget);
      const product = axFind(tree, 'checkbox', 'Office 365 E3');
      expect(product?.checked).to.equal('mixed');
      expect(product?.description ?? '').to.match(w.assignedOf);

      await press('Space');
      tree = await transcript.step('Space on that product', widget);
      expect(axFind(tree, 'checkbox', 'Office 365 E3')?.checked).to.equal(true);
      expect(axFind(tree, 'checkbox', 'Office 365 E3')?.description ?? '').to.match(w.willAssign);

      byRole(widget, 'button', w.plansFor('Office 365 E3')).focus();
      await press('Enter');
      tree = await transcript.step('Enter on its service plans', widget);
      if (openDialog(widget)) {
        expect(axFind(tree, 'dialog', /Office 365 E3/u) !== null, 'a dialog named after the product').to.equal(true);
        await press('Escape');
        await transcript.step('Escape', widget);
      }

      byRole(widget, 'button', w.save).focus();
      await press('Enter');
      await widget.until((state) => state.step === 'review', 'the review step');
      tree = await transcript.step(`Enter on "${w.save}"; the review shows`, widget);
      expect(axFind(tree, 'region', w.review) !== null, `a region "${w.review}"`).to.equal(true);
      expect(focusedNode(tree)?.name, 'focus moves to the review').to.equal(w.review);

      byRole(widget, 'button', w.confirm).focus();
      await press('Enter');
      await widget.until((state) => state.job?.status === 'finished', 'the finished job');
      await transcript.step(`Enter on "${w.confirm}"; the job finishes`, widget);
      transcript.print();
    });

    it('read-only agent', async () => {
      const transcript = new Transcript(lang);
      const widget = await mountWidget({ lang, roles: ['BillingAdmin'] });
      await widget.until((state) => !state.access.canChange, 'read-only access');
      await transcript.step('Widget loaded for an agent whose role cannot change licenses', widget);
      expect(liveRegions(widget).join(' ')).to.match(lang === 'en' ? /Read only/u : /Skrivskyddat/u);
      transcript.print();
    });
  });
}

describe('switching the UI language', () => {
  afterEach(resetLanguage);

  it('leaves nothing said in the old language in the live regions', async () => {
    const widget = await mountWidget({ lang: 'en' });
    await widget.select('u01');
    await widget.select('u02');
    await widget.until(() => liveRegions(widget).some((line) => /users selected/u.test(line)), 'the count announced in English');
    widget.root.setAttribute('lang', 'sv');
    await widget.until(() => currentUiLanguage() === 'sv', 'Swedish');
    expect(liveRegions(widget).filter((line) => /selected|shown|users/u.test(line))).to.deep.equal([]);
    expect(widget.state.chips).to.have.length(2);
  });
});
