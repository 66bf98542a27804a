import { expect } from '@open-wc/testing';
import { BackendError } from '../../src/backend/errors.js';
import { MAX_REPORT_PAGES } from '../../src/session/license-report.js';
import type { ReportResult } from '../../src/session/license-session.js';
import { held, user } from './fake-backend.js';
import { E3, KIOSK, newSession, PLAN_SWAY, startedSession, tenant, until } from './session-fixture.js';

/** A tenant of `count` users, every other one holding E3. */
function bigTenant(count: number) {
  const backend = tenant();
  backend.users = Array.from({ length: count }, (_, i) => user(`big${i}`, `Big ${i}`, i % 2 === 0 ? [held(E3)] : []));
  return backend;
}

function fileOf(result: ReportResult): string[] {
  if (result.status !== 'done') throw new Error(`The report ended ${result.status}`);
  return result.parts.join('').replace(/^\ufeff/, '').split('\r\n');
}

describe('LicenseSession: the license report', () => {
  it('reads every user in pages of the largest size, one row per product held, then the summary', async () => {
    const backend = bigTenant(2_345);
    const { session } = await startedSession(backend);
    const before = backend.calls.listUsers.length;
    const result = await session.exportReport();
    const reads = backend.calls.listUsers.slice(before);
    expect(reads.map((read) => read.pageSize)).to.deep.equal([1_000, 1_000, 1_000], 'the fake service\'s largest page');
    expect(reads.map((read) => read.search ?? '')).to.deep.equal(['', '', '']);
    const lines = fileOf(result);
    expect(lines[0]).to.equal('Display name,User principal name,Usage location,Product,SKU,Assigned through,Disabled service plans');
    const userRows = lines.slice(1, lines.indexOf(''));
    expect(userRows).to.have.length(2_345);
    expect(userRows[0]).to.equal('Big 0,big.0@contoso.test,SE,Office 365 E3,OFFICE_365_E3,,');
    expect(userRows[1]).to.equal('Big 1,big.1@contoso.test,SE,,,,');
    expect(lines).to.include('Office 365 E3,OFFICE_365_E3,20,1173,0,1173');
    expect(session.state.report).to.deep.equal({ status: 'done', users: 2_345, pages: 3, error: null });
  });

  it('names disabled plans, and a user holding two products has two rows', async () => {
    const backend = tenant();
    backend.users = [user('a', 'Ada', [held(E3, [PLAN_SWAY]), held(KIOSK)], null)];
    const session = newSession(backend);
    const lines = fileOf(await session.exportReport());
    expect(lines.slice(1, 3)).to.deep.equal(['Ada,ada@contoso.test,,Office 365 E3,OFFICE_365_E3,,SWAY', 'Ada,ada@contoso.test,,Exchange Online Kiosk,EXCHANGE_ONLINE_KIOSK,,']);
  });

  it('shows progress page by page, and Cancel stops it without a file', async () => {
    const backend = bigTenant(2_500);
    const { session } = await startedSession(backend);
    // The second page of the report waits until the test has seen the first one counted.
    const listUsers = backend.listUsers.bind(backend);
    backend.listUsers = async (request) => {
      if (request.continuation !== undefined && request.pageSize === backend.maxPageSize) backend.usersGate.close();
      return listUsers(request);
    };
    const running = session.exportReport();
    await until(() => session.state.report?.pages === 1, 'the first page');
    expect(session.state.report).to.deep.equal({ status: 'reading', users: 1_000, pages: 1, error: null });
    session.cancelReport();
    expect((await running).status).to.equal('cancelled');
    expect(session.state.report?.status).to.equal('cancelled');
  });

  it('a failed read ends the report with the error; the next export starts over', async () => {
    const backend = bigTenant(1_500);
    const { session } = await startedSession(backend);
    backend.failNext.listUsers = new BackendError({ kind: 'unavailable', message: 'Service unavailable', httpStatus: 503 });
    expect((await session.exportReport()).status).to.equal('failed');
    expect(session.state.report?.status).to.equal('failed');
    expect(session.state.report?.error?.httpStatus).to.equal(503);
    expect(fileOf(await session.exportReport()).length).to.be.greaterThan(1_500);
  });

  it('stops when the service hands back a continuation it sent before', async () => {
    const backend = bigTenant(10);
    const session = newSession(backend);
    let reads = 0;
    backend.listUsers = async () => {
      reads++;
      return { users: [user(`u${reads}`, `U ${reads}`)], continuation: 'same' };
    };
    expect((await session.exportReport()).status).to.equal('failed');
    expect(reads).to.equal(2);
    expect(reads).to.be.below(MAX_REPORT_PAGES);
    expect(session.state.report?.error?.message).to.match(/same continuation/);
  });
});
