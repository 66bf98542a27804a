import { expect } from '@open-wc/testing';
import { MemoryLicenseStore } from '../../src/store/memory-store.js';
import { held } from './fake-backend.js';
import { E3, KIOSK, PLAN_SWAY, PLAN_YAMMER, E5, newSession, onLicensesStep, until } from './session-fixture.js';

const prepared = onLicensesStep;

describe('LicenseSession: review before saving', () => {
  it('shows what Save will change, per product and per user, with who is held back and why; sends nothing yet', async () => {
    const { backend, session } = await prepared(['u01', 'u02', 'u05', 'u06']);
    session.changeProduct(E5, 'assign');
    session.changeProduct(E3, 'revoke');
    expect(await session.save()).to.deep.equal({ status: 'review' });
    const { review, step } = session.state;
    expect(step).to.equal('review');
    expect(backend.calls.apply).to.deep.equal([]);
    // u05 has no usage location: held back; u01 holds E3 (removed) and gets E5, u02 and u06 get E5.
    expect(review?.kind).to.equal('save');
    expect(review?.products).to.deep.equal([
      { skuId: E3, assigned: 0, removed: 1, plansChanged: 0, availableAfter: 20 - 8 + 1 },
      { skuId: E5, assigned: 3, removed: 0, plansChanged: 0, availableAfter: 30 - 3 },
    ]);
    expect(review?.heldBackCount).to.equal(1);
    expect(review?.changes.map((c) => [c.userId, c.assign.map((a) => a.skuId), c.remove, c.heldBack?.kind ?? null])).to.deep.equal([
      ['u01', [E5], [E3], null],
      ['u02', [E5], [], null],
      ['u06', [E5], [], null],
      ['u05', [E5], [], 'usage-location-missing'],
    ]);
    expect(session.state.heldBack).to.deep.equal(['u05']);
  });

  it('"Back" returns to the products with the selection and the plan kept; "Confirm" runs the save', async () => {
    const { backend, session } = await prepared(['u02', 'u03']);
    session.changeProduct(E5, 'assign');
    await session.save();
    session.backFromReview();
    expect(session.state.step).to.equal('licenses');
    expect(session.state.chips.map((c) => c.userId)).to.deep.equal(['u02', 'u03']);
    expect(session.state.products.rows.find((r) => r.product.skuId === E5)?.intent).to.equal('assign');
    await session.save();
    const saved = await session.confirm();
    expect(saved.status).to.equal('saved');
    expect(session.state.step).to.equal('results');
    expect(session.state.review).to.equal(null);
    expect(backend.calls.apply.map((k) => k.operation.userId)).to.deep.equal(['u02', 'u03']);
  });

  it('with "Review changes before saving" off, one user with no findings saves at once; two users are still reviewed', async () => {
    const one = await prepared(['u03'], { reviewBeforeSaving: false });
    one.session.changeProduct(E5, 'assign');
    expect((await one.session.save()).status).to.equal('saved');
    const two = await prepared(['u02', 'u03'], { reviewBeforeSaving: false });
    two.session.changeProduct(E5, 'assign');
    expect((await two.session.save()).status).to.equal('review');
    const held = await prepared(['u05'], { reviewBeforeSaving: false });
    held.session.changeProduct(E3, 'assign');
    held.session.changeProduct(E5, 'assign');
    expect((await held.session.save()).status, 'a finding always shows the review').to.not.equal('saved');
  });
});

describe('LicenseSession: undo a finished job', () => {
  it('builds the reverse from fresh reads, skips a user changed since, and puts the others back as they were', async () => {
    const store = new MemoryLicenseStore();
    const { backend, session } = await prepared(['u01', 'u03', 'u04', 'u07'], { store });
    const before = new Map(['u01', 'u03', 'u04', 'u07'].map((id) => [id, backend.licensesOf(id)]));
    // E5 to everyone, and Yammer off in E3 for its holders (u01, u04 whose Sway was off, u07).
    session.changeProduct(E5, 'assign');
    session.setPlans(E3, [PLAN_YAMMER]);
    await session.save();
    const saved = await session.confirm();
    expect(saved.status).to.equal('saved');
    const firstJob = session.state.job!.jobId;
    expect(session.state.job?.canUndo).to.equal(true);
    // Someone gives u03 Kiosk in between.
    const index = backend.users.findIndex((u) => u.id === 'u03');
    backend.users[index] = { ...backend.users[index]!, licenses: [...backend.users[index]!.licenses, held(KIOSK)] };
    backend.calls.getLicenses.length = 0;

    expect(await session.undoJob(firstJob)).to.deep.equal({ status: 'review' });
    expect(backend.calls.getLicenses, 'read again first').to.deep.equal([['u01', 'u03', 'u04', 'u07']]);
    const review = session.state.review!;
    expect(review.kind).to.equal('undo');
    expect(review.undoOf?.jobId).to.equal(firstJob);
    expect(review.changes.filter((c) => c.heldBack !== null).map((c) => [c.userId, c.heldBack?.kind])).to.deep.equal([['u03', 'changed-since']]);
    expect(review.changes.find((c) => c.userId === 'u04')?.assign).to.deep.equal([{ skuId: E3, disabledPlans: [PLAN_SWAY], held: true }]);

    const undone = await session.confirm();
    expect(undone.status).to.equal('saved');
    for (const id of ['u01', 'u04', 'u07']) {
      const now = backend.licensesOf(id).map((l) => `${l.skuId}:${[...l.disabledPlans].sort().join(',')}`).sort();
      const then = before.get(id)!.map((l) => `${l.skuId}:${[...l.disabledPlans].sort().join(',')}`).sort();
      expect(now, `${id} holds what it held before`).to.deep.equal(then);
    }
    expect(backend.licensesOf('u03').map((l) => l.skuId).sort(), 'u03 not overwritten').to.deep.equal([E5, KIOSK].sort());
    const row = session.state.job!.rows.find((r) => r.userId === 'u03');
    expect([row?.outcome, row?.reason?.kind]).to.deep.equal(['unchanged', 'changed-since']);
    // The journal links the undo to the job it reverses.
    await until(() => session.state.history.length === 2, 'both jobs in the history');
    const undo = session.state.history.find((job) => job.jobId !== firstJob)!;
    expect(undo.undoOf).to.equal(firstJob);
    expect((await store.journal.getJob(undo.jobId))?.undoOf).to.equal(firstJob);
  });

  it('undoes a job from the history, read from the journal, and "Back" returns with nothing sent', async () => {
    const store = new MemoryLicenseStore();
    const { backend, session } = await prepared(['u02', 'u03'], { store });
    session.changeProduct(E5, 'assign');
    await session.save();
    await session.confirm();
    await until(() => session.state.history.length === 1, 'the job in the history');
    const [job] = session.state.history;
    expect(job?.canUndo).to.equal(true);
    // A new page: the session knows the job only from the journal.
    const later = newSession(backend, { store });
    await later.start();
    await until(() => later.state.history.length === 1, 'the history read from the journal');
    const sent = backend.calls.apply.length;
    expect((await later.undoJob(job!.jobId)).status).to.equal('review');
    expect(later.state.review?.changes.map((c) => [c.userId, c.remove])).to.deep.equal([['u02', [E5]], ['u03', [E5]]]);
    later.backFromReview();
    expect(later.state.step).to.equal('users');
    expect(backend.calls.apply.length).to.equal(sent);
    await later.undoJob(job!.jobId);
    expect((await later.confirm()).status).to.equal('saved');
    expect(backend.licensesOf('u03')).to.deep.equal([]);
  });
});
