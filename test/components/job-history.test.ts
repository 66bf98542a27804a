import { expect } from '@open-wc/testing';
import { LmJobHistory, tagName } from '../../src/components/job-history/job-history.js';
import type { ViewState } from '../../src/session/view-state.js';
import { itIsAccessible, mount as mountPart } from '../harness/mount.js';
import { JobHistoryHarness } from '../harness/job-history.harness.js';
import { accessibleDescription } from '../harness/a11y.js';
import { COPILOT, E3, HOSTILE_NAME, jobSummary, viewState } from './fixtures.js';

const history = [
  jobSummary(),
  jobSummary({ jobId: 'job-6', startedBy: 'Sam Admin', startedAt: Date.UTC(2026, 10, 2, 15, 0), status: 'cancelled', total: 40, succeeded: 10, failed: 0, products: [E3.displayName] }),
];

const mount = (state: ViewState) =>
  mountPart({ tag: tagName, element: LmJobHistory }, state, (element: LmJobHistory) => ({ jobs: new JobHistoryHarness(element) }));

describe('lm-job-history', () => {
  itIsAccessible(() => mount(viewState({ history })));

  it('is a table named "Job history": when, who, which products, how it went', async () => {
    const { jobs } = await mount(viewState({ history }));
    const rows = jobs.rows();
    expect(rows).to.have.length(2);
    expect(rows[0]).to.contain('Nov 3, 2026');
    expect(rows[0]).to.contain('Pat Partner');
    expect(rows[0]).to.contain(`${COPILOT.displayName} and ${E3.displayName}`);
    expect(rows[0]).to.contain('118 succeeded, 2 failed of 120');
    expect(rows[1]).to.contain('10 succeeded, 0 failed of 40 (cancelled)');
  });

  it('has "Undo this change" on the rows of jobs that changed someone, described by the job\'s time, and links an undo to its job', async () => {
    const undo = jobSummary({ jobId: 'job-8', startedAt: Date.UTC(2026, 10, 4, 8, 0), undoOf: 'job-7', canUndo: false });
    const { jobs, host } = await mount(viewState({ history: [undo, ...history] }));
    const buttons = jobs.all('button', 'Undo this change');
    expect(buttons, 'job-7 and job-6 can be undone, the undo itself here cannot').to.have.length(2);
    expect(accessibleDescription(buttons[0]!)).to.contain('Nov 3, 2026');
    buttons[1]!.click();
    expect(host.events('lm-job-undo')).to.deep.equal([{ jobId: 'job-6' }]);
    expect(jobs.rows()[0]).to.contain('Undoes the job of Nov 3, 2026');
  });

  it('has a distinctly named "Export CSV" per job that emits lm-export with its id', async () => {
    const { jobs, host } = await mount(viewState({ history }));
    const buttons = jobs.exportButtons();
    expect(buttons).to.have.length(2);
    expect(new Set(buttons.map((button) => jobs.nameOf(button))).size).to.equal(2);
    buttons[1]!.click();
    expect(host.events('lm-export')).to.deep.equal([{ jobId: 'job-6' }]);
  });

  it('says so when there is no history', async () => {
    const { jobs } = await mount(viewState({ history: [] }));
    expect(jobs.query('table') === null).to.equal(true);
    expect(jobs.root.textContent).to.contain('No jobs yet.');
  });

  it('renders a hostile name as text', async () => {
    const { jobs } = await mount(viewState({ history: [jobSummary({ startedBy: HOSTILE_NAME })] }));
    expect(jobs.rows()[0]).to.contain(HOSTILE_NAME);
    expect(jobs.root.querySelector('img') === null).to.equal(true, 'no <img> element');
  });
});
