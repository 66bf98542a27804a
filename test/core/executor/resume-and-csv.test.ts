import { describe, it } from 'node:test';
import { expect } from 'chai';
import { resumePlan } from '../../../src/core/executor/resume-plan.js';
import { resultsCsv, type ResultRow } from '../../../src/core/executor/results-csv.js';
import type { OperationRecord } from '../../../src/core/executor/ports.js';
import { operations } from './fakes.js';
import { retryFailedPlan } from '../../../src/core/executor/retry-failed.js';

describe('resumePlan', () => {
  const ops = operations(6);
  const rec = (i: number, state: OperationRecord['state'], attempts: number, kind?: 'throttled' | 'unavailable'): OperationRecord => ({
    userId: `u${i}`,
    requestId: `req-u${i}`,
    state,
    attempts,
    ...(kind ? { reason: { kind, message: '' } } : {}),
  });

  it('runs what is left, checks what may have reached the service first, and keeps the finished', () => {
    const records = [
      ...[0, 1, 2, 3, 4].map((i) => rec(i, 'pending', 0)),
      rec(0, 'in-flight', 1),
      rec(0, 'succeeded', 1),
      rec(1, 'in-flight', 1),
      rec(2, 'in-flight', 1),
      rec(2, 'pending', 1, 'throttled'),
      rec(3, 'in-flight', 1),
      rec(3, 'pending', 1, 'unavailable'),
      rec(4, 'cancelled', 0),
    ];
    const plan = resumePlan(ops, records);
    expect(plan.operations.map((o) => o.requestId)).to.deep.equal(['req-u1', 'req-u2', 'req-u3', 'req-u5']);
    expect(plan.checkFirst).to.deep.equal(['req-u1', 'req-u3']);
    expect([...plan.priorAttempts]).to.deep.equal([['req-u1', 1], ['req-u2', 1], ['req-u3', 1]]);
    expect(plan.finished.map((r) => [r.requestId, r.state])).to.deep.equal([['req-u0', 'succeeded'], ['req-u4', 'cancelled']]);
  });

  it('runs everything when nothing was recorded', () => {
    const plan = resumePlan(ops, []);
    expect(plan.operations).to.have.length(6);
    expect(plan.checkFirst).to.have.length(0);
  });
});

describe('resultsCsv', () => {
  const row = (over: Partial<ResultRow>): ResultRow => ({
    displayName: 'Ann Lee',
    userPrincipalName: 'ann@contoso.com',
    outcome: 'Succeeded',
    assigned: [],
    removed: [],
    reason: '',
    ...over,
  });

  it('writes a header and one CRLF-terminated line per row', () => {
    const csv = resultsCsv([row({ assigned: ['Microsoft 365 E3', 'Visio Plan 2'], removed: ['Office 365 E1'] })]);
    expect(csv).to.equal(
      'Display name,User principal name,Outcome,Assigned,Removed,Reason\r\n' +
        'Ann Lee,ann@contoso.com,Succeeded,Microsoft 365 E3; Visio Plan 2,Office 365 E1,\r\n',
    );
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    const csv = resultsCsv([row({ displayName: 'Lee, Ann "AL"', reason: 'line one\nline two' })]);
    expect(csv.split('\r\n')[1]).to.equal('"Lee, Ann ""AL""",ann@contoso.com,Succeeded,,,"line one\nline two"');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    const csv = resultsCsv([
      row({ displayName: '=HYPERLINK("http://x","y")', reason: '+1 555', outcome: '-2', userPrincipalName: '@cmd' }),
    ]);
    expect(csv.split('\r\n')[1]).to.equal(`"'=HYPERLINK(""http://x"",""y"")",'@cmd,'-2,,,'+1 555`);
    expect(resultsCsv([row({ displayName: '\t=1' })]).split('\r\n')[1]?.startsWith("'\t=1,")).to.equal(true);
  });

  it('also neutralises a formula behind spaces or zero-width characters, and the fullwidth ＝＋－＠', () => {
    const first = (displayName: string): string => resultsCsv([row({ displayName })]).split('\r\n')[1]?.split(',')[0] ?? '';
    for (const formula of [' =1+1', '   @SUM(A1)', '\u200b=HYPERLINK("http://x")', '\ufeff+1', '\u2060-1', '＝1+1', '＋1', '－1', '＠SUM(A1)', ' ＝1']) {
      expect(first(formula).replace(/^"/, ''), JSON.stringify(formula)).to.match(/^'/);
    }
    for (const plain of ['Ann Lee', ' Ann', '\u200bAnn', 'a=b', 'Åsa-Öberg', '1+1']) {
      expect(first(plain), JSON.stringify(plain)).to.equal(plain);
    }
  });

  it('keeps non-ASCII names and can add a byte-order mark for spreadsheet apps', () => {
    const csv = resultsCsv([row({ displayName: 'Åsa Öberg' })], { byteOrderMark: true });
    expect(csv.startsWith('\ufeffDisplay name')).to.equal(true);
    expect(csv).to.contain('Åsa Öberg');
  });
});

describe('retryFailedPlan', () => {
  it('resends only failed users whose change is still missing, with fresh request ids', () => {
    const ops = operations(4);
    const outcome = (i: number, status: 'succeeded' | 'failed' | 'cancelled') => ({ userId: `u${i}`, requestId: `req-u${i}`, status, attempts: 1 });
    const licenses = new Map([
      ['u1', [{ skuId: ops[1]?.operation.assign[0]?.skuId ?? '', disabledPlans: [] }]],
      ['u2', []],
    ]);
    let n = 0;
    const plan = retryFailedPlan(ops, [outcome(0, 'succeeded'), outcome(1, 'failed'), outcome(2, 'failed'), outcome(3, 'cancelled')], licenses, () => `new-${n++}`);
    expect(plan.alreadyApplied).to.deep.equal(['u1']);
    expect(plan.operations.map((o) => [o.operation.userId, o.requestId])).to.deep.equal([['u2', 'new-0']]);
    const withCancelled = retryFailedPlan(ops, [outcome(3, 'cancelled')], new Map(), () => 'x', ['failed', 'cancelled']);
    expect(withCancelled.operations.map((o) => o.operation.userId)).to.deep.equal(['u3']);
  });
});
