/**
 * The session on a tenant with group-based licensing: the decision of who is held back (ViewState.heldBack) comes
 * from the core's findings; holders say how they hold a product; a user who holds it both ways keeps it.
 */
import { expect } from '@open-wc/testing';
import type { HeldLicense, LicenseGroup } from '../../src/core/types.js';
import { user } from './fake-backend.js';
import { E3, onLicensesStep, saveAndConfirm, tenant } from './session-fixture.js';

const sales: LicenseGroup = { id: 'g-sales', displayName: 'Sales' };
const through = (skuId: string, direct: boolean): HeldLicense => ({ skuId, disabledPlans: [], source: { direct, groups: [sales], problems: [] } });

function groupTenant() {
  const backend = tenant();
  backend.users = backend.users.map((each) => {
    if (each.id === 'u02') return user('u02', 'User 02', [through(E3, false)]);
    if (each.id === 'u03') return user('u03', 'User 03', [through(E3, true)]);
    return each;
  });
  return backend;
}

describe('LicenseSession: licenses through groups', () => {
  it('lists holders with their groups, holds back who holds a cleared product only through a group, and sends the rest', async () => {
    const { backend, session } = await onLicensesStep(['u01', 'u02', 'u03'], {}, groupTenant());
    const e3 = () => session.state.products.rows.find((row) => row.product.skuId === E3)!;
    expect(e3().holders.map((holder) => [holder.userId, holder.direct, [...holder.throughGroups]])).to.deep.equal([
      ['u01', true, []],
      ['u02', false, ['Sales']],
      ['u03', true, ['Sales']],
    ]);
    session.changeProduct(E3, 'revoke');
    expect(session.state.findings.map((finding) => [finding.kind, finding.severity, [...finding.userIds], [...(finding.groupNames ?? [])]])).to.deep.equal([
      ['inherited-from-group', 'per-user', ['u02'], ['Sales']],
      ['kept-through-group', 'note', ['u03'], ['Sales']],
    ]);
    expect(session.state.heldBack).to.deep.equal(['u02']);
    const result = await saveAndConfirm(session);
    expect(result.status).to.equal('saved');
    expect(backend.calls.apply.map((keyed) => keyed.operation.userId).sort()).to.deep.equal(['u01', 'u03']);
    const rows = Object.fromEntries(session.state.job!.rows.map((row) => [row.userId, [row.outcome, row.reason?.kind ?? null]]));
    expect(rows).to.deep.equal({ u01: ['succeeded', null], u02: ['failed', 'inherited-from-group'], u03: ['succeeded', null] });
  });
});
