// The host page hears only the four public events: every part event stops at <license-manager>'s shadow root.
import { expect } from '@open-wc/testing';
import { PART_EVENT_NAMES, emit, type PartEventDetails, type PartEventName } from '../../src/components/events.js';
import { LmBuyMoreEvent, PUBLIC_EVENT_NAMES } from '../../src/components/public-events.js';
import { byRole } from '../a11y/support/views.js';
import { mountWidget, type Widget } from '../a11y/support/widget.js';

/** Counts events by name where they are heard. */
function listen(target: EventTarget, names: readonly string[]): Map<string, number> {
  const heard = new Map<string, number>();
  for (const name of names) target.addEventListener(name, () => heard.set(name, (heard.get(name) ?? 0) + 1));
  return heard;
}

async function click(widget: Widget, role: string, name: string): Promise<void> {
  byRole(widget, role, name).click();
  await widget.settle();
}

describe('events on the host page', () => {
  it('hears none of the part events, while the widget acts on every one of them', async () => {
    const widget = await mountWidget({ lang: 'en' });
    const inside = listen(widget.root.shadowRoot!, PART_EVENT_NAMES);
    const onHost = listen(widget.root, PART_EVENT_NAMES);
    const onDocument = listen(document, [...PART_EVENT_NAMES, ...PUBLIC_EVENT_NAMES]);
    const onWindow = listen(window, PART_EVENT_NAMES);

    // An admin's round, by the controls: each click makes a part emit an intent.
    await click(widget, 'checkbox', 'Select User 01');
    await click(widget, 'button', 'Next page');
    await click(widget, 'checkbox', 'Select User 12');
    await click(widget, 'button', 'Remove User 12');
    await widget.session.setStep('licenses');
    await widget.until((state) => state.products.status === 'ready', 'products');
    await click(widget, 'checkbox', 'Microsoft 365 E5');
    await click(widget, 'button', 'View service plans for Office 365 E3');
    await click(widget, 'button', 'Done');
    expect(widget.state.products.rows.find((row) => row.product.displayName === 'Microsoft 365 E5')?.intent).to.equal('assign');

    // Every other name, emitted from inside a part the way the parts do.
    const part = widget.part('lm-product-grid');
    for (const name of PART_EVENT_NAMES.filter((candidate) => !inside.has(candidate))) emitSample(part, name);
    await widget.settle();

    for (const name of PART_EVENT_NAMES) expect(inside.get(name) ?? 0, `${name} reached the root`).to.be.greaterThan(0);
    expect([...onHost.keys()], 'part events on <license-manager>').to.deep.equal([]);
    expect([...onWindow.keys()], 'part events on window').to.deep.equal([]);
    expect([...onDocument.keys()].filter((name) => !PUBLIC_EVENT_NAMES.includes(name as never)), 'part events on the document').to.deep.equal([]);
    expect(onDocument.get('lm-selection-change'), 'the public event does reach the page').to.be.greaterThan(0);
  });

  it('asks the host page before "Buy more" and keeps the link from opening when the host cancels', async () => {
    const widget = await mountWidget({ lang: 'en' });
    const asked: LmBuyMoreEvent[] = [];
    const onAsk = (event: LmBuyMoreEvent): void => {
      asked.push(event);
      event.preventDefault();
    };
    document.addEventListener('lm-buy-more', onAsk as EventListener);
    try {
      const part = widget.part('lm-user-picker');
      const went = emit(part, 'lm-buy-more-request', { skuId: 'sku-visio', productName: 'Visio Plan 2' }, { cancelable: true });
      expect(went, 'the part hears that the host cancelled').to.equal(false);
    } finally {
      document.removeEventListener('lm-buy-more', onAsk as EventListener);
    }
    expect(asked.map((event) => [event instanceof LmBuyMoreEvent, event.detail.productName])).to.deep.equal([[true, 'Visio Plan 2']]);
  });
});

/** A detail for every part event (a name missing here is a type error). */
const SAMPLES: PartEventDetails = {
  'lm-user-toggle': { userId: 'u02', selected: true },
  'lm-page-select': { selected: true },
  'lm-page-change': { page: 'first' },
  'lm-page-size-change': { pageSize: 25 },
  'lm-search': { query: 'User' },
  'lm-view-change': { onlySelected: false },
  'lm-step-change': { step: 'licenses' },
  'lm-chip-remove': { userId: 'u02' },
  'lm-selection-clear': {},
  'lm-select-all': {},
  'lm-select-list': { text: 'nobody@contoso.com' },
  'lm-select-cancel': {},
  'lm-product-change': { skuId: 'sku-kiosk', intent: 'assign' },
  'lm-plans-open': { skuId: 'sku-e3' },
  'lm-plans-change': { skuId: 'sku-e3', disabledPlans: [] },
  'lm-plans-close': {},
  'lm-job-cancel': { jobId: 'no-such-job' },
  'lm-job-retry-now': { jobId: 'no-such-job' },
  'lm-job-retry': { jobId: 'no-such-job' },
  'lm-job-resume': { jobId: 'no-such-job' },
  'lm-job-discard': { jobId: 'no-such-job' },
  'lm-export': { jobId: 'no-such-job' },
  'lm-job-undo': { jobId: 'no-such-job' },
  'lm-retry-load': {},
  'lm-buy-more-request': { skuId: 'sku-visio', productName: 'Visio Plan 2' },
  'lm-usage-location-open': {},
  'lm-usage-location-close': {},
  'lm-usage-location-set': { userIds: ['u05'], usageLocation: 'SE' },
  'lm-report-cancel': {},
  'lm-match-search': { query: 'User' },
  'lm-match-use': { userId: 'no-such-user', extras: 'keep' },
  'lm-match-close': {},
};

function emitSample<K extends PartEventName>(part: HTMLElement, name: K): void {
  emit(part, name, SAMPLES[name]);
}
