import { expect } from '@open-wc/testing';
import { LmJobBanner, tagName } from '../../src/components/job-banner/job-banner.js';
import type { ViewState } from '../../src/session/view-state.js';
import { itIsAccessible, mount as mountPart } from '../harness/mount.js';
import { JobBannerHarness } from '../harness/job-banner.harness.js';
import { COPILOT, E3, HOSTILE_NAME, jobSummary, viewState } from './fixtures.js';

const interrupted = jobSummary({ status: 'interrupted', finishedAt: null, total: 500, succeeded: 118, failed: 2 });

const mount = (state: ViewState) =>
  mountPart({ tag: tagName, element: LmJobBanner }, state, (element: LmJobBanner) => ({ banner: new JobBannerHarness(element) }));

describe('lm-job-banner', () => {
  itIsAccessible(() => mount(viewState({ interruptedJob: interrupted })));

  it('renders nothing without an interrupted job', async () => {
    const { banner } = await mount(viewState());
    expect(banner.region() === null).to.equal(true);
  });

  it('is a region named "Interrupted job" with its progress, who, when and what', async () => {
    const { banner } = await mount(viewState({ interruptedJob: interrupted }));
    expect(banner.region()).to.exist;
    expect(banner.progress().value).to.equal(120);
    expect(banner.progress().max).to.equal(500);
    const text = banner.text();
    expect(text).to.contain('120 of 500 users done: 118 succeeded, 2 failed.');
    expect(text).to.contain(`Started by Pat Partner on Nov 3, 2026`);
    expect(text).to.contain(`${COPILOT.displayName} and ${E3.displayName}`);
  });

  it('emits lm-job-resume and lm-job-discard with the job id', async () => {
    const { banner, host } = await mount(viewState({ interruptedJob: interrupted }));
    await banner.click('button', 'Resume');
    await banner.click('button', 'Discard');
    expect(host.events('lm-job-resume')).to.deep.equal([{ jobId: 'job-7' }]);
    expect(host.events('lm-job-discard')).to.deep.equal([{ jobId: 'job-7' }]);
  });

  it('cannot resume in read-only mode but can discard', async () => {
    const { banner } = await mount(
      viewState({ interruptedJob: interrupted, access: { canChange: false, readOnlyReason: null, agentName: null } }),
    );
    expect(banner.get('button', 'Resume').hasAttribute('disabled')).to.equal(true);
    expect(banner.get('button', 'Discard').hasAttribute('disabled')).to.equal(false);
  });

  it('renders a hostile agent name as text', async () => {
    const { banner } = await mount(viewState({ interruptedJob: { ...interrupted, startedBy: HOSTILE_NAME } }));
    expect(banner.text()).to.contain(`Started by ${HOSTILE_NAME}`);
    expect(banner.root.querySelector('img') === null).to.equal(true, 'no <img> element');
  });
});
