import { expect } from '@open-wc/testing';
import { MalformedResponseError } from '../../src/backend/errors.js';
import { MemoryLicenseStore } from '../../src/store/memory-store.js';
import { held, user } from './fake-backend.js';
import { BI, CUSTOMER, E3, E5, KIOSK, onLicensesStep, PLAN_SWAY, PLAN_YAMMER, record, saveAndConfirm, selectedOnAClock, startedSession, tenant, until, VISIO } from './session-fixture.js';

const onLicenses = onLicensesStep;

const row = (session: Awaited<ReturnType<typeof onLicenses>>['session'], skuId: string) => session.state.products.rows.find((r) => r.product.skuId === skuId)!;

describe('LicenseSession: the licenses step', () => {
  it('loads the products and shows tri-states with holders, without reading licenses the list just brought', async () => {
    const { backend, session } = await onLicenses(['u01', 'u02', 'u04']);
    expect(backend.calls.getLicenses, 'the users list brought them moments ago').to.deep.equal([]);
    expect(session.state.step).to.equal('licenses');
    expect(session.state.products.status).to.equal('ready');
    expect(row(session, E3).state).to.equal('mixed');
    expect(row(session, E3).holders.map((chip) => chip.displayName)).to.deep.equal(['User 01', 'User 04']);
    expect(row(session, KIOSK).state).to.equal('mixed');
    expect(row(session, E5).state).to.equal('unchecked');
    expect(row(session, E3).selectedCount).to.equal(3);
    expect(session.state.productNames.get(E5)).to.equal('Microsoft 365 E5');
  });

  it('reads again licenses the list brought too long ago', async () => {
    const { backend, session, outliveLicenses } = await selectedOnAClock(['u02']);
    // Someone else gave User 02 E5 after the list was read, longer ago than licenses are trusted.
    outliveLicenses();
    backend.users = backend.users.map((u) => (u.id === 'u02' ? { ...u, licenses: [...u.licenses, held(E5)] } : u));
    await session.setStep('licenses');
    expect(row(session, E5).state).to.equal('checked');
  });

  it('follows the tri-state intents: assign, revoke, leave as it was', async () => {
    const { session } = await onLicenses(['u01', 'u02']);
    expect(row(session, E3).state).to.equal('mixed');
    session.changeProduct(E3, 'assign');
    expect(row(session, E3)).to.include({ state: 'checked', originalState: 'mixed', intent: 'assign' });
    session.changeProduct(E3, 'revoke');
    expect(row(session, E3)).to.include({ state: 'unchecked', intent: 'revoke' });
    session.changeProduct(E3, 'leave');
    expect(row(session, E3)).to.include({ state: 'mixed', intent: 'leave' });
  });

  it('shows plans every holder has off, and the admin\'s own choice once made', async () => {
    const { session } = await onLicenses(['u04']);
    expect(row(session, E3).disabledPlans).to.deep.equal([PLAN_SWAY]);
    expect(row(session, E3).plansChanged).to.equal(false);
    session.openPlans(E3);
    expect(session.state.plansOpenFor).to.equal(E3);
    session.setPlans(E3, [PLAN_YAMMER]);
    session.closePlans();
    expect(session.state.plansOpenFor).to.equal(null);
    expect(row(session, E3).disabledPlans).to.deep.equal([PLAN_YAMMER]);
    expect(row(session, E3).plansChanged).to.equal(true);
  });

  it('keeps the plan and the selection when going back to the users', async () => {
    const { session } = await onLicenses(['u01', 'u02']);
    session.changeProduct(E5, 'assign');
    await session.setStep('users');
    expect(session.state.step).to.equal('users');
    await session.setStep('licenses');
    expect(row(session, E5).intent).to.equal('assign');
    expect(session.state.chips).to.have.length(2);
  });

  it('does not open the licenses step with nobody selected', async () => {
    const { backend, session } = await startedSession();
    await session.setStep('licenses');
    expect(session.state.step).to.equal('users');
    expect(backend.calls.listProducts).to.equal(0);
  });

  it('blocks the save when a product has too few units, and sends nothing', async () => {
    const { backend, session } = await onLicenses(['u01', 'u02']);
    session.changeProduct(VISIO, 'assign');
    expect(session.state.saveBlocked).to.equal(true);
    expect(row(session, VISIO).findings.map((f) => f.kind)).to.deep.equal(['not-enough-licenses']);
    expect(await saveAndConfirm(session)).to.deep.equal({ status: 'blocked' });
    expect(backend.calls.apply).to.have.length(0);
    expect(session.state.step).to.equal('licenses');
  });

  it('says when every user with a change is held back by the check, so Save would send nothing', async () => {
    const { session } = await onLicenses(['u02', 'u05']);
    session.changeProduct(E3, 'assign');
    expect(session.state.findings.map((f) => f.kind)).to.have.members(['usage-location-missing', 'mutually-exclusive']);
    expect(session.state.saveHeldBack).to.equal(true);
    expect(session.state.saveBlocked).to.equal(false);
    const others = await onLicenses(['u02', 'u05', 'u06']);
    others.session.changeProduct(E3, 'assign');
    expect(others.session.state.saveHeldBack, 'u06 can still be saved').to.equal(false);
  });

  it('holds back the users its own findings name and saves the others', async () => {
    const { backend, session } = await onLicenses(['u01', 'u02', 'u05', 'u06']);
    session.changeProduct(E3, 'assign');
    expect(session.state.saveBlocked).to.equal(false);
    const kinds = session.state.findings.map((f) => `${f.kind}:${f.userIds.join(',')}`);
    expect(kinds).to.have.members(['usage-location-missing:u05', 'mutually-exclusive:u02']);
    expect(session.state.heldBack).to.have.members(['u02', 'u05']);
    const saved = await saveAndConfirm(session);
    expect(saved.status).to.equal('saved');
    expect(backend.calls.apply.map((k) => k.operation.userId)).to.deep.equal(['u06']);
    const outcomes = Object.fromEntries(session.state.job!.rows.map((r) => [r.userId, r.outcome]));
    expect(outcomes).to.deep.equal({ u01: 'unchanged', u02: 'failed', u05: 'failed', u06: 'succeeded' });
    expect(session.state.job!.rows.find((r) => r.userId === 'u05')?.reason?.kind).to.equal('usage-location-missing');
    expect(session.state.job!.progress).to.include({ total: 3, done: 3, succeeded: 1, failed: 2 });
    expect(session.state.job!.unchanged).to.equal(1);
    // The host hears about every user the table shows as failed, the ones kept back included, without codes.
    const reported = saved.status === 'saved' ? saved.outcomes : [];
    expect(reported.map((o) => `${o.userId}:${o.status}`)).to.have.members(['u06:succeeded', 'u02:failed', 'u05:failed']);
    const keptBack = reported.find((o) => o.userId === 'u05');
    expect(keptBack).to.deep.include({ requestId: '', attempts: 0 });
    expect(keptBack?.reason).to.deep.equal({ kind: 'usage-location-missing', message: '', notSent: true });
    // Kept back for holding a product it can't be held with: the reason knows which, to name it.
    expect(reported.find((o) => o.userId === 'u02')?.reason).to.deep.equal({ kind: 'mutually-exclusive', message: '', notSent: true, otherSkuIds: [KIOSK] });
  });

  it('turns malformed license data into an error without losing the selection or the plan', async () => {
    const { backend, session, outliveLicenses } = await selectedOnAClock(['u01', 'u02']);
    await session.setStep('licenses');
    session.changeProduct(E5, 'assign');
    await session.setStep('users');
    // Long enough later that the licenses are read again.
    outliveLicenses();
    backend.failNext.getLicenses = new MalformedResponseError('items[0].productSku.id', 'expected a string');
    await session.setStep('licenses');
    expect(session.state.products.status).to.equal('error');
    expect(session.state.products.error?.kind).to.equal('malformed-response');
    expect(session.state.chips.map((c) => c.userId)).to.deep.equal(['u01', 'u02']);
    expect(row(session, E5).intent).to.equal('assign');
    expect((await saveAndConfirm(session)).status).to.equal('not-ready');
    await session.retryLoad();
    expect(session.state.products.status).to.equal('ready');
    expect(row(session, E5).intent).to.equal('assign');
  });

  it('shows cached products and licenses at once and refreshes them in the background', async () => {
    const backend = tenant();
    const store = new MemoryLicenseStore();
    const stale = backend.products.map((p) => (p.skuId === BI ? { ...p, displayName: 'Power BI (cached)' } : p));
    await store.cache.putProducts(CUSTOMER, stale, 5_000);
    await store.cache.putUsers(CUSTOMER, [user('u01', 'User 01', [held(BI)])], 5_000);
    const { session } = await startedSession(backend, { store });
    session.toggleUser('u01', true);
    const states = record(session);
    const step = session.setStep('licenses');
    await until(() => states.some((s) => s.products.cachedAt === 5_000 && s.products.rows.length > 0), 'cached products');
    const cached = states.find((s) => s.products.cachedAt === 5_000 && s.products.rows.length > 0)!;
    expect(cached.products.rows.find((r) => r.product.skuId === BI)?.product.displayName).to.equal('Power BI (cached)');
    await step;
    expect(session.state.products.cachedAt).to.equal(null);
    expect(row(session, BI).product.displayName).to.equal('Power BI Pro');
    expect(row(session, BI).state).to.equal('unchecked');
    expect(row(session, E3).state).to.equal('checked');
  });
});
