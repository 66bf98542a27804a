import { expect } from '@open-wc/testing';
import { LmResultsPanel, ROWS_PER_CHUNK, tagName } from '../../src/components/results-panel/results-panel.js';
import { ROWS_PER_PAGE } from '../../src/components/results-panel/results-pager.js';
import type { OutcomeRow, ViewState } from '../../src/session/view-state.js';
import type { FailureKind } from '../../src/core/types.js';
import { mount as mountPart } from '../harness/mount.js';
import { ResultsPanelHarness } from '../harness/results-panel.harness.js';
import { ManualClock } from '../harness/manual-clock.js';
import { ADA, COPILOT, E5, GRACE, HOSTILE_NAME, LINUS, config, jobView, outcome, viewState } from './fixtures.js';

const mount = (state: ViewState, uiConfig = config) =>
  mountPart({ tag: tagName, element: LmResultsPanel }, state, (element: LmResultsPanel) => ({ results: new ResultsPanelHarness(element) }), { config: uiConfig });

const running = (done: number, total = 8): ViewState =>
  viewState({
    step: 'results',
    job: jobView({
      status: 'running',
      progress: { total, done, succeeded: done, failed: 0, cancelled: 0, ratePerSecond: 2.5, secondsLeft: 120, retries: 0 },
      rows: [outcome(ADA, done > 0 ? 'succeeded' : 'pending'), outcome(GRACE, 'pending')],
      unchanged: 0,
    }),
  });

describe('lm-results-panel', () => {
  it('is accessible while running and when finished', async () => {
    const { element, host, results } = await mount(running(3));
    await expect(element).to.be.accessible();
    host.state = viewState({ step: 'results', job: jobView() });
    await results.settle();
    await expect(element).to.be.accessible();
  });

  it('shows a named progress bar with live counts and a Cancel button while running', async () => {
    const { results, host } = await mount(running(3));
    const bar = results.progressbar();
    expect(bar.value).to.equal(3);
    expect(bar.max).to.equal(8);
    const text = results.text();
    for (const part of ['3 of 8 done', '3 succeeded', '0 failed', '2.5 per second', 'About 2 minutes left']) expect(text).to.contain(part);
    expect(results.query('button', 'Retry failed') === null).to.equal(true, 'no retry while running');
    await results.click('button', 'Cancel');
    expect(host.events('lm-job-cancel')).to.deep.equal([{ jobId: 'job-1' }]);
  });

  it('says how long the service asked to pause and offers "Retry now" beside Cancel', async () => {
    const resumesAt = Date.UTC(2026, 0, 5, 13, 14, 5);
    const paused = viewState({
      step: 'results',
      job: jobView({
        status: 'running',
        progress: { total: 8, done: 3, succeeded: 3, failed: 0, cancelled: 0, ratePerSecond: 0, secondsLeft: null, retries: 1, waitSeconds: 300 },
        rows: [outcome(ADA, 'succeeded'), outcome(GRACE, 'pending')],
        unchanged: 0,
        resumesAt,
      }),
    });
    const { element, results, host } = await mount(paused);
    const time = new Intl.DateTimeFormat('en', { timeStyle: 'medium' }).format(resumesAt);
    expect(results.text()).to.contain(`The service asked for a pause of 5 minutes: trying again at ${time}.`);
    await expect(element).to.be.accessible();
    await results.click('button', 'Retry now');
    expect(host.events('lm-job-retry-now')).to.deep.equal([{ jobId: 'job-1' }]);
    host.state = running(3);
    await results.settle();
    expect(results.query('button', 'Retry now') === null).to.equal(true, 'no "Retry now" without a pause');
  });

  it('announces quarter milestones and the final outcome, not every tick', async () => {
    const { results, host } = await mount(running(1));
    expect(results.liveRegion()).to.equal('');
    host.state = running(2);
    await results.settle();
    expect(results.liveRegion()).to.equal('25% of the changes applied');
    host.state = running(3);
    await results.settle();
    expect(results.liveRegion(), 'no new milestone').to.equal('25% of the changes applied');
  });

  it('after the job: counts, an outcome per user in words, products by name, and the reason in plain words', async () => {
    const { results } = await mount(viewState({ step: 'results', job: jobView() }));
    const text = results.text();
    for (const part of ['2 succeeded', '1 failed', '1 unchanged']) expect(text).to.contain(part);
    expect(results.cell(ADA.displayName, 'Outcome')).to.equal('Succeeded');
    expect(results.cell(GRACE.displayName, 'Outcome')).to.equal('Failed');
    expect(results.cell(LINUS.displayName, 'Outcome')).to.equal('No change');
    expect(results.cell(HOSTILE_NAME, 'Changes')).to.equal(`Assigned: ${COPILOT.displayName} Removed: ${E5.displayName}`);
    // A row that did not go through names what was asked, not what happened.
    expect(results.cell(GRACE.displayName, 'Changes')).to.equal(`To assign: ${COPILOT.displayName}`);
    expect(results.cell(GRACE.displayName, 'Reason')).to.contain('Not enough licenses');
    const details = results.rowOf(GRACE.displayName).querySelector('details');
    expect(details?.textContent).to.contain('CountViolation: no available licenses for Copilot (60012)');
    expect(results.get('button', 'Not enough licenses').localName).to.equal('summary');
  });

  it('words every failure kind', async () => {
    const kinds: readonly [FailureKind, string][] = [
      ['mutually-exclusive', "Can't be held together with another product"],
      ['dependency', 'Depends on another product'],
      ['unavailable-in-location', "Not available in the user's location"],
      ['usage-location-missing', 'The user has no usage location'],
      ['throttled', 'The service was busy (throttled); try again'],
      ['forbidden', "You don't have permission to change licenses"],
    ];
    const rows: OutcomeRow[] = kinds.map(([kind], index) => ({
      ...outcome(ADA, 'failed', { reason: { kind, message: '' } }),
      userId: `u-${index}`,
      displayName: `User ${index}`,
    }));
    const { results } = await mount(viewState({ job: jobView({ rows }) }));
    kinds.forEach(([, words], index) => expect(results.cell(`User ${index}`, 'Reason')).to.equal(words));
  });

  it('sums up the failed users per reason, most frequent first', async () => {
    const failed = (index: number, kind: FailureKind): OutcomeRow => ({ ...outcome(ADA, 'failed', { reason: { kind, message: '' } }), userId: `u-${index}`, displayName: `User ${index}` });
    const rows = [failed(0, 'usage-location-missing'), failed(1, 'not-enough-licenses'), failed(2, 'not-enough-licenses'), outcome(GRACE, 'succeeded')];
    const { results } = await mount(viewState({ job: jobView({ rows }) }));
    const reasons = results.root.querySelector('[aria-label="Failed, by reason"]');
    expect([...(reasons?.querySelectorAll('li') ?? [])].map((item) => item.textContent?.trim())).to.deep.equal([
      'Not enough licenses: 2',
      'The user has no usage location: 1',
    ]);
  });

  it('offers "Retry failed" only when the ended job has failures, and "Export CSV" always', async () => {
    const { results, host } = await mount(viewState({ job: jobView() }));
    await results.click('button', 'Retry failed');
    await results.click('button', 'Export CSV');
    expect(host.events('lm-job-retry')).to.deep.equal([{ jobId: 'job-1' }]);
    expect(host.events('lm-export')).to.deep.equal([{ jobId: 'job-1' }]);
    host.state = viewState({
      job: jobView({ rows: [outcome(ADA, 'succeeded')], progress: { ...jobView().progress, failed: 0 } }),
    });
    await results.settle();
    expect(results.query('button', 'Retry failed') === null).to.equal(true);
  });

  it('offers "Undo this change" once the job ended with users changed, and not to a read-only agent', async () => {
    const { results, host } = await mount(viewState({ step: 'results', job: jobView({ canUndo: true }) }));
    await results.click('button', 'Undo this change');
    expect(host.events('lm-job-undo')).to.deep.equal([{ jobId: 'job-1' }]);
    host.state = viewState({ step: 'results', job: jobView({ canUndo: false }) });
    await results.settle();
    expect(results.query('button', 'Undo this change'), 'nothing to undo').to.equal(null);
    host.state = viewState({ step: 'results', job: jobView({ canUndo: true }), access: { canChange: false, readOnlyReason: null, agentName: null } });
    await results.settle();
    expect(results.query('button', 'Undo this change'), 'read only').to.equal(null);
  });

  it('filters to failed rows', async () => {
    const { results } = await mount(viewState({ job: jobView() }));
    await results.click('button', 'Show only failed');
    expect(results.bodyRows()).to.have.length(1);
    expect(results.cell(GRACE.displayName, 'Outcome')).to.equal('Failed');
  });

  it('announces the final outcome once', async () => {
    const { results } = await mount(viewState({ job: jobView() }));
    expect(results.liveRegion()).to.equal('Finished: 2 succeeded, 1 failed, 1 unchanged');
  });

  it(`renders thousands of rows a page of ${ROWS_PER_PAGE} at a time, each filled in chunks of ${ROWS_PER_CHUNK}`, async () => {
    const rows = Array.from({ length: 2500 }, (_, index) => ({
      ...outcome(ADA, 'succeeded'),
      userId: `u-${index}`,
      displayName: `User ${index}`,
    }));
    const clock = new ManualClock();
    const { results } = await mount(viewState({ job: jobView({ rows }) }), { ...config, clock });
    expect(results.bodyRows().length).to.equal(ROWS_PER_CHUNK);
    await results.untilRows(ROWS_PER_PAGE);
    expect(results.bodyRows().length).to.equal(ROWS_PER_PAGE);
    expect(results.text().includes('Users 1–100 of 2,500')).to.equal(true, 'range "Users 1–100 of 2,500"');
    expect(results.get('button', 'Previous page').hasAttribute('disabled')).to.equal(true);

    await results.click('button', 'Next page');
    await results.untilRows(ROWS_PER_PAGE);
    expect(results.text().includes('Users 101–200 of 2,500')).to.equal(true, 'range "Users 101–200 of 2,500"');
    expect(results.bodyRows()[0]?.textContent).to.contain(`User ${ROWS_PER_PAGE}`);
    // Announced once the rate limit lets it through (the job's outcome was spoken just before).
    expect(results.liveRegion(), 'held back by the rate limit').to.not.equal('Users 501–1,000 of 2,500');
    clock.advance(1_500);
    await results.settle();
    expect(results.liveRegion()).to.equal('Users 101–200 of 2,500');
  });

  it('renders a hostile display name as text', async () => {
    const { results } = await mount(viewState({ job: jobView() }));
    expect(results.cell(HOSTILE_NAME, 'Outcome')).to.equal('Succeeded');
    expect(results.root.querySelector('img') === null).to.equal(true, 'no <img> element');
    // The name is shown as the characters typed, escaped in the markup.
    expect(results.rowOf(HOSTILE_NAME).querySelector('th')?.textContent?.trim()).to.equal(HOSTILE_NAME);
    expect(results.rowOf(HOSTILE_NAME).innerHTML).to.contain('&lt;img');
  });
});
