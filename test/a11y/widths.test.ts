// Every view at the side panel's widths (320 and 400 px) and on a wide page (1280 px): nothing sticks out of the
// box that scrolls it, nothing scrolls sideways, every control is inside the viewport and at least 24 × 24 px, and
// axe stays clean. The tables keep their roles and names at every width. `npm run screenshots` saves each view at
// 400 px while these tests run.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { BackendError } from '../../src/backend/errors.js';
import type { JobRecord } from '../../src/store/store.js';
import { MemoryLicenseStore } from '../../src/store/memory-store.js';
import { BI, CUSTOMER, E3, E5, KIOSK, saveAndConfirm, tenant } from '../session/session-fixture.js';
import { user, type FakeBackend } from '../session/fake-backend.js';
import { CHIPS_COLLAPSE_AT } from '../../src/components/selection-chips/selection-chips.js';
import { axFind, axFullTree, axNodes, type AxNode } from './support/ax-tree.js';
import { viewportWidth } from './support/keyboard.js';
import { layoutProblems } from './support/layout.js';
import { openDialog, openPopover } from './support/views.js';
import { mountWidget, resetLanguage, type Widget, type WidgetOptions } from './support/widget.js';
import type { UiLanguage } from '../../src/i18n/localization.js';

/** A check of the view as it is now, under a name (a view may pass through several states). */
type Check = (state: string) => Promise<void>;

interface View {
  readonly name: string;
  readonly options?: Omit<WidgetOptions, 'lang'>;
  /** Sets the backend up before the widget first asks it anything. */
  prepare?(backend: FakeBackend): void;
  walk(widget: Widget, check: Check): Promise<void>;
}

function journalJob(jobId: string, status: JobRecord['status']): JobRecord {
  const operation = (userId: string) => ({ userId, assign: [{ skuId: E5, disabledPlans: [] }], remove: [E3] });
  const users = ['u01', 'u02', 'u03'];
  return {
    jobId,
    customerId: CUSTOMER,
    startedBy: 'Alexandra Administratorsdottir-Lindqvist',
    startedAt: Date.UTC(2026, 10, 3, 9, 41),
    ...(status === 'interrupted' ? {} : { finishedAt: Date.UTC(2026, 10, 3, 9, 43) }),
    status,
    operations: users.map((id) => ({ operation: operation(id), requestId: `${jobId}-${id}`, displayName: `User ${id.slice(1)}`, userPrincipalName: `${id}@contoso.test` })),
    states: {
      u01: { userId: 'u01', requestId: `${jobId}-u01`, state: 'succeeded', attempts: 1 },
      ...(status === 'interrupted' ? {} : {
        u02: { userId: 'u02', requestId: `${jobId}-u02`, state: 'succeeded', attempts: 1 },
        u03: { userId: 'u03', requestId: `${jobId}-u03`, state: 'failed', attempts: 3 },
      }),
    },
    productNames: { [E5]: 'Microsoft 365 E5', [E3]: 'Office 365 E3' },
  };
}

async function storeWith(...jobs: JobRecord[]): Promise<MemoryLicenseStore> {
  const store = new MemoryLicenseStore();
  for (const job of jobs) await store.journal.createJob(job);
  return store;
}

const views: readonly View[] = [
  {
    name: 'users',
    async walk(widget, check) {
      await widget.select('u01', 'u02');
      await check('users');
    },
  },
  {
    name: 'selected',
    async walk(widget, check) {
      await widget.select('u01', 'u02', 'u04');
      widget.session.setOnlySelected(true);
      await widget.until((state) => state.users.onlySelected && state.users.rows.length === 3, 'the selected view');
      await check('selected');
    },
  },
  {
    name: 'products',
    async walk(widget, check) {
      await widget.plan(['u01', 'u02', 'u03', 'u05'], [BI, KIOSK]);
      await widget.settle();
      expect(widget.state.findings.length, 'findings on screen').to.be.greaterThan(0);
      await check('products');
    },
  },
  {
    name: 'service-plans',
    async walk(widget, check) {
      await widget.select('u01', 'u04');
      await widget.toLicenses();
      widget.session.openPlans(E3);
      await widget.settle();
      expect(openDialog(widget) !== null, 'an open <dialog>').to.equal(true);
      await check('service-plans');
    },
  },
  {
    name: 'set-usage-location',
    async walk(widget, check) {
      await widget.plan(['u01', 'u05'], [BI]);
      widget.session.openUsageLocation();
      await widget.until((state) => state.usageLocation.dialogOpen, 'the dialog open in the state');
      await widget.settle();
      expect(openDialog(widget) !== null, 'an open <dialog>').to.equal(true);
      await check('set-usage-location');
    },
  },
  {
    name: 'holders-popover',
    async walk(widget, check) {
      await widget.select('u01', 'u02', 'u04');
      await widget.toLicenses();
      const assigned = widget.part('lm-product-grid').shadowRoot.querySelector<HTMLButtonElement>('.holders-button');
      if (assigned === null) throw new Error('no "Assigned" button');
      assigned.click();
      await widget.settle();
      expect(openPopover(widget) !== null, 'an open popover').to.equal(true);
      await check('holders-popover');
    },
  },
  {
    name: 'large-selection',
    prepare(backend) {
      // Past CHIPS_COLLAPSE_AT selected users, with long names: the chips collapse to "N users" and its review opens.
      for (let i = 0; i < 60; i++) backend.users.push(user(`x${i}`, `Alexandra Administratorsdottir-Lindqvist ${i}`));
    },
    async walk(widget, check) {
      await widget.session.selectAllMatching();
      await widget.until((state) => state.chips.length > CHIPS_COLLAPSE_AT, 'a large selection');
      await widget.settle();
      const review = widget.part('lm-selection-chips').shadowRoot.querySelector('lm-selection-review')?.shadowRoot;
      const summary = review?.querySelector<HTMLButtonElement>('button.summary');
      if (!review || !summary) throw new Error('no collapsed "N users" chip');
      summary.click();
      await widget.settle();
      expect(review.querySelectorAll('.selected-user').length, 'users in the open review').to.be.greaterThan(0);
      await check('large-selection');
    },
  },
  {
    name: 'match-licenses',
    async walk(widget, check) {
      await widget.select('u02', 'u03');
      await widget.session.openMatch();
      await widget.until((state) => state.match?.status === 'ready' && state.match.candidates.length > 0, 'the users found');
      await widget.settle();
      expect(openDialog(widget) !== null, 'an open <dialog>').to.equal(true);
      await check('match-licenses');
      await widget.session.useTemplate('u04', 'remove');
      await widget.until((state) => state.step === 'licenses' && state.matched !== null, 'the plan of the match');
      await widget.settle();
      await check('matched');
    },
  },
  {
    name: 'results',
    async walk(widget, check) {
      await widget.plan(['u01', 'u02', 'u03'], [BI]);
      widget.backend.users = widget.backend.users.map((user) => (user.id === 'u02' ? { ...user, usageLocation: null } : user));
      await saveAndConfirm(widget.session);
      await widget.until((state) => state.step === 'results' && state.job?.status === 'finished', 'the finished job');
      expect(widget.state.job?.rows.some((row) => row.outcome === 'failed'), 'a failed row').to.equal(true);
      await check('results');
    },
  },
  {
    name: 'review',
    async walk(widget, check) {
      await widget.plan(['u01', 'u03', 'u05'], [BI]);
      widget.session.setPlans(E3, [widget.state.products.rows.find((row) => row.product.skuId === E3)!.product.servicePlans[1]!.id]);
      await widget.session.save();
      await widget.until((state) => state.step === 'review' && state.review !== null, 'the review');
      expect(widget.state.review?.heldBackCount, 'a user held back').to.equal(1);
      await check('review');
    },
  },
  {
    name: 'license-report',
    async walk(widget, check) {
      widget.backend.usersGate.close();
      const reading = widget.session.exportReport();
      await widget.until((state) => state.report?.status === 'reading', 'the report being read');
      expect(widget.hasPart('lm-license-report'), 'the report part').to.equal(true);
      await check('report-reading');
      widget.backend.failNext.listUsers = new BackendError({ kind: 'unavailable', message: 'Service Unavailable', httpStatus: 503 });
      widget.backend.usersGate.open();
      await reading;
      await widget.until((state) => state.report?.status === 'failed', 'the failed report');
      await check('report-failed');
    },
  },
  {
    name: 'read-only',
    options: { roles: ['BillingAdmin'] },
    async walk(widget, check) {
      await widget.until((state) => !state.access.canChange, 'read-only access');
      await widget.select('u01');
      await check('read-only-users');
      await widget.toLicenses();
      await check('read-only-products');
    },
  },
  {
    name: 'errors',
    prepare(backend) {
      backend.failNext.listUsers = new BackendError({ kind: 'unavailable', message: 'Service Unavailable', httpStatus: 503 });
    },
    async walk(widget, check) {
      await widget.until((state) => state.users.status === 'error', 'the users error');
      await check('users-error');
      widget.backend.failNext.listProducts = new BackendError({ kind: 'forbidden', message: 'Forbidden', httpStatus: 403 });
      await widget.session.retryLoad();
      await widget.until((state) => state.users.status === 'ready', 'users again');
      await widget.select('u01');
      await widget.toLicensesEvenIfFailing();
      await check('products-error');
    },
  },
  {
    name: 'interrupted-job',
    async walk(widget, check) {
      await widget.until((state) => state.interruptedJob !== null, 'the interrupted job');
      await check('interrupted-job');
    },
  },
  {
    name: 'history',
    async walk(widget, check) {
      await widget.until((state) => state.history.length === 2, 'the job history');
      await check('history');
    },
  },
];

/** The fixture tenant with principal names as long as real ones get. */
function longNamesTenant(): FakeBackend {
  const backend = tenant();
  backend.users = backend.users.map((user) => ({ ...user, userPrincipalName: `${user.id}.firstname.lastname-lindqvist@contoso-international-holdings.onmicrosoft.com` }));
  return backend;
}

async function optionsFor(view: View): Promise<Omit<WidgetOptions, 'lang'>> {
  const backend = longNamesTenant();
  view.prepare?.(backend);
  if (view.name === 'interrupted-job') return { backend, store: await storeWith(journalJob('job-left', 'interrupted')) };
  if (view.name === 'history') return { backend, store: await storeWith(journalJob('job-1', 'finished'), journalJob('job-2', 'cancelled')) };
  return { backend, ...view.options };
}

async function screenshot(name: string): Promise<void> {
  await executeServerCommand('lm-screenshot', { name });
}

function widthSuite(width: number, lang: UiLanguage, options: { readonly axe: boolean; readonly screenshots: boolean }): void {
  describe(`${width} px wide (${lang})`, () => {
    before(() => viewportWidth(width, 720));
    after(() => viewportWidth(800, 600));
    afterEach(resetLanguage);

    for (const view of views) {
      it(`${view.name}: fits, nothing scrolls sideways, controls in reach${options.axe ? ', axe clean' : ''}`, async () => {
        const widget = await mountWidget({ lang, ...(await optionsFor(view)) });
        expect(widget.root.getBoundingClientRect().width).to.be.at.most(width);
        await view.walk(widget, async (state) => {
          await widget.settle();
          expect(layoutProblems(widget), `${state} at ${width} px (${lang})`).to.deep.equal([]);
          if (options.axe) await expect(widget.root).to.be.accessible();
          if (options.screenshots) await screenshot(`${state}-${width}px-${lang}`);
        });
      });
    }
  });
}

widthSuite(320, 'en', { axe: true, screenshots: false });
widthSuite(400, 'en', { axe: true, screenshots: true });
widthSuite(1280, 'en', { axe: false, screenshots: false });
widthSuite(320, 'sv', { axe: false, screenshots: false });
widthSuite(400, 'sv', { axe: false, screenshots: true });

describe('200% text size at 400 px', () => {
  before(async () => {
    await viewportWidth(400, 720);
    document.documentElement.style.fontSize = '200%';
  });
  after(async () => {
    document.documentElement.style.fontSize = '';
    await viewportWidth(800, 600);
  });
  afterEach(resetLanguage);

  for (const view of views.filter((candidate) => ['users', 'products', 'results'].includes(candidate.name))) {
    it(`${view.name} still fits`, async () => {
      const widget = await mountWidget({ lang: 'sv', ...(await optionsFor(view)) });
      await view.walk(widget, async (state) => {
        await widget.settle();
        expect(layoutProblems(widget), `${state} at 200%`).to.deep.equal([]);
      });
    });
  }
});

/** The rows of a table in Chromium's accessibility tree, each as the names of its cells. */
function tableRows(tree: AxNode, name: string): string[][] {
  const table = axFind(tree, 'table', name);
  if (table === null) throw new Error(`no table named "${name}" in the accessibility tree`);
  return axNodes(table).filter((node) => node.role === 'row').map((row) =>
    axNodes(row).filter((node) => node.role === 'cell' || node.role === 'rowheader' || node.role === 'columnheader').map((cell) => cell.name ?? ''));
}

describe('the tables keep their roles at every width', () => {
  afterEach(async () => {
    await viewportWidth(800, 600);
    await resetLanguage();
  });

  for (const width of [320, 1280]) {
    it(`Users, Products and Results are tables of rows and cells at ${width} px`, async () => {
      await viewportWidth(width, 720);
      const widget = await mountWidget({ lang: 'en' });
      await widget.select('u01', 'u02');
      const users = tableRows(await axFullTree(), 'Users');
      expect(users.length, 'header row and 10 user rows').to.equal(11);
      expect(users[1]?.length, 'cells in a user row').to.equal(4);
      await widget.toLicenses();
      const products = tableRows(await axFullTree(), 'Products');
      expect(products.length, 'header row and product rows').to.equal(widget.state.products.rows.length + 1);
      expect(products[1]?.length, 'cells in a product row').to.equal(5);
      widget.session.changeProduct(BI, 'assign');
      await saveAndConfirm(widget.session);
      await widget.until((state) => state.job?.status === 'finished', 'the finished job');
      const results = tableRows(await axFullTree(), 'Results');
      expect(results.length, 'header row and 2 result rows').to.equal(3);
      expect(results[1]?.length, 'cells in a result row').to.equal(5);
    });
  }
});
