import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { AnnouncerController } from '../../src/components/controllers/announcer-controller.js';
import { RovingTabindexController } from '../../src/components/controllers/roving-tabindex-controller.js';
import { StallController } from '../../src/components/controllers/stall-controller.js';
import { ManualClock } from '../harness/manual-clock.js';
import { defineOnce } from '../harness/mount.js';

class AnnouncerHost extends LitElement {
  readonly clock = new ManualClock();
  readonly announcer = new AnnouncerController(this, { minIntervalMs: 60, clock: () => this.clock });
  protected override render(): TemplateResult {
    return this.announcer.render();
  }
}
defineOnce('lm-test-announcer', AnnouncerHost);

class RovingHost extends LitElement {
  readonly roving = new RovingTabindexController(this, { items: () => Array.from(this.renderRoot.querySelectorAll('button')) });
  protected override render(): TemplateResult {
    return html`<div role="toolbar" aria-label="Things" @keydown=${this.roving.handleKeydown} @focusin=${this.roving.handleFocusin}>
      <button>One</button><button>Two</button><button disabled>Off</button><button>Three</button>
    </div>`;
  }
}
defineOnce('lm-test-roving', RovingHost);

const region = (element: AnnouncerHost): string => element.shadowRoot?.querySelector('[role="status"]')?.textContent?.trim() ?? '';
const focusedText = (element: RovingHost): string => element.shadowRoot?.activeElement?.textContent ?? '';

describe('AnnouncerController', () => {
  it('speaks at once, then coalesces a burst into its latest message after the interval', async () => {
    const element = await fixture<AnnouncerHost>(html`<lm-test-announcer></lm-test-announcer>`);
    const live = element.shadowRoot?.querySelector('[role="status"]');
    expect(live?.getAttribute('aria-live')).to.equal('polite');
    element.announcer.announce('3 users selected');
    await element.updateComplete;
    expect(region(element)).to.equal('3 users selected');
    element.announcer.announce('4 users selected');
    element.announcer.announce('5 users selected');
    await element.updateComplete;
    expect(region(element), 'rate-limited').to.equal('3 users selected');
    element.clock.advance(59);
    await element.updateComplete;
    expect(region(element), 'still inside the interval').to.equal('3 users selected');
    element.clock.advance(1);
    await element.updateComplete;
    expect(region(element)).to.equal('5 users selected');
  });

  it('drops a message equal to the one just spoken', async () => {
    const element = await fixture<AnnouncerHost>(html`<lm-test-announcer></lm-test-announcer>`);
    element.announcer.announce('Done');
    element.clock.advance(80);
    await element.updateComplete;
    let updates = 0;
    const original = element.requestUpdate.bind(element);
    element.requestUpdate = (...args: Parameters<typeof original>) => {
      updates++;
      original(...args);
    };
    element.announcer.announce('Done');
    expect(updates).to.equal(0);
  });
});

describe('RovingTabindexController', () => {
  it('keeps one tab stop, skips disabled items and follows arrows, Home and End', async () => {
    const element = await fixture<RovingHost>(html`<lm-test-roving></lm-test-roving>`);
    const buttons = Array.from(element.shadowRoot?.querySelectorAll('button:enabled') ?? []) as HTMLButtonElement[];
    expect(buttons.map((button) => button.tabIndex)).to.deep.equal([0, -1, -1]);
    buttons[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedText(element)).to.equal('Two');
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedText(element), 'skips the disabled one').to.equal('Three');
    await sendKeys({ press: 'Home' });
    expect(focusedText(element)).to.equal('One');
    await sendKeys({ press: 'End' });
    expect(focusedText(element)).to.equal('Three');
    expect(buttons.filter((button) => button.tabIndex === 0).map((button) => button.textContent)).to.deep.equal(['Three']);
  });

  it('mirrors the arrows right-to-left', async () => {
    const element = await fixture<RovingHost>(html`<lm-test-roving dir="rtl"></lm-test-roving>`);
    element.shadowRoot?.querySelector('button')?.focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(focusedText(element)).to.equal('Two');
  });
});

class StallHost extends LitElement {
  readonly clock = new ManualClock();
  stalledMs: number | null = null;
  renders = 0;
  readonly stall = new StallController(this, { afterMs: 10_000, tickMs: 20, clock: () => this.clock });
  job = { jobId: 'j1', done: 0, running: true };
  protected override render(): TemplateResult {
    this.renders++;
    this.stalledMs = this.stall.watch(this.job.jobId, this.job.done, this.job.running);
    return html``;
  }
}
defineOnce('lm-test-stall', StallHost);

describe('StallController', () => {
  it('reports a running job whose done count has not moved for the threshold, and forgets it when it moves', async () => {
    const element = await fixture<StallHost>(html`<lm-test-stall></lm-test-stall>`);
    expect(element.stalledMs).to.equal(null);
    element.clock.advance(9_999);
    await element.updateComplete;
    expect(element.stalledMs, 'under the threshold').to.equal(null);
    const before = element.renders;
    element.clock.advance(2_001);
    await element.updateComplete;
    expect(element.renders, 'the tick re-renders on its own').to.be.greaterThan(before);
    expect(element.stalledMs).to.equal(12_000);
    element.job = { ...element.job, done: 1 };
    element.requestUpdate();
    await element.updateComplete;
    expect(element.stalledMs, 'moving again').to.equal(null);
  });

  it('stops ticking when the job is no longer running', async () => {
    const element = await fixture<StallHost>(html`<lm-test-stall></lm-test-stall>`);
    element.job = { ...element.job, running: false };
    element.requestUpdate();
    await element.updateComplete;
    const settled = element.renders;
    expect(element.clock.pending, 'no tick waiting').to.equal(0);
    element.clock.advance(1_000);
    await element.updateComplete;
    expect(element.renders).to.equal(settled);
    expect(element.stalledMs).to.equal(null);
  });
});
