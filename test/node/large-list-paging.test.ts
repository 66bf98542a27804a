/**
 * "Last page" of a long list through the real session and adapters against the reference server: read with the
 * largest page size the API allows, only marks and a few pages' rows kept, dropped pages read again from their
 * mark, and the selection kept by the session whatever pages are dropped.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BackendKind } from '../../src/backend/backend.js';
import { KEPT_PAGES } from '../../src/core/paging.js';
import { LicenseSession } from '../../src/session/license-session.js';
import type { ReferenceServer } from '../../server/index.js';
import { audit, backendFor, CUSTOMER_ID, startBulkServer, userId } from './executor/tenant.js';

const USERS = 2_500;
const PAGE = 25;
let server: ReferenceServer;
before(async () => { server = await startBulkServer(USERS); });
after(() => server.close());

function session(kind: BackendKind): LicenseSession {
  return new LicenseSession({ backend: backendFor(kind, server.url), customerId: CUSTOMER_ID, language: 'en', pageSize: PAGE, searchDebounceMs: 0 });
}

/** Requests the server answered while `run` ran (the session idle before and after). */
async function requestsOf(target: LicenseSession, run: () => Promise<void>): Promise<number> {
  await target.idle();
  const before = (await audit(server.url)).requests;
  await run();
  await target.idle();
  return (await audit(server.url)).requests - before;
}

const shownIds = (target: LicenseSession) => target.state.users.rows.map((row) => row.user.id);
const idsOfPage = (index: number) => Array.from({ length: PAGE }, (_, i) => userId(index * PAGE + i));

describe('"Last page" of a long list', () => {
  it('Graph: with the count known, goes to the last page at once in ceil(2,500 / 999) reads, keeping only a few pages', async () => {
    const graph = session('graph');
    try {
      await graph.start();
      assert.equal(graph.state.users.pageCount, USERS / PAGE, 'the count gives the page count');
      assert.equal(graph.state.users.canGoNext, true);
      const reads = await requestsOf(graph, () => graph.changePage('last'));
      assert.equal(reads, Math.ceil(USERS / 999), 'read with $top=999, not page by page of 25');
      assert.equal(graph.state.users.pageIndex, USERS / PAGE - 1);
      assert.deepEqual(shownIds(graph), idsOfPage(USERS / PAGE - 1));
      assert.equal(await requestsOf(graph, () => graph.changePage('previous')), 0, 'the pages around the last came with it');
      assert.deepEqual(shownIds(graph), idsOfPage(USERS / PAGE - 2));
    } finally {
      graph.dispose();
    }
  });

  it(`keeps the rows of ${KEPT_PAGES} pages: a page dropped is read again from its mark, and its selected users stay selected`, async () => {
    const graph = session('graph');
    try {
      await graph.start();
      graph.selectPage(true);
      assert.equal(graph.selectedUserIds.length, PAGE);
      await graph.changePage('last');
      const again = await requestsOf(graph, () => graph.changePage('first'));
      assert.equal(again, 1, 'the first page was dropped (least recently shown) and is read again in one request');
      assert.deepEqual(shownIds(graph), idsOfPage(0));
      assert.equal(graph.state.users.headerState, 'checked', 'the selection outlived the dropped rows');
      assert.deepEqual([...graph.selectedUserIds].sort(), idsOfPage(0).sort());
      assert.equal(await requestsOf(graph, () => graph.changePage('next')), 1, 'the next page from the mark the first read left');
      assert.deepEqual(shownIds(graph), idsOfPage(1));
    } finally {
      graph.dispose();
    }
  });

  it('Partner Center: without a count, "Last page" walks to the end in pages of 1,000', async () => {
    const pc = session('partner-center');
    try {
      await pc.start();
      assert.equal(pc.state.users.pageCount, null, 'Partner Center counts only the page');
      assert.equal(pc.state.users.canGoNext, true, '"Last page" is offered: it walks');
      const readSoFar: number[] = [];
      const stop = pc.subscribe((state) => {
        if (state.users.usersReadSoFar !== null && state.users.usersReadSoFar !== readSoFar.at(-1)) readSoFar.push(state.users.usersReadSoFar);
      });
      const reads = await requestsOf(pc, () => pc.changePage('last'));
      stop();
      assert.equal(reads, Math.ceil(USERS / 1000));
      assert.deepEqual(readSoFar, [2000, 2500], 'the count of users read so far, from the second read on');
      assert.equal(pc.state.users.usersReadSoFar, null, 'no count once the page shows');
      assert.equal(pc.state.users.pageCount, USERS / PAGE, 'known once the end is reached');
      assert.deepEqual(shownIds(pc), idsOfPage(USERS / PAGE - 1));
    } finally {
      pc.dispose();
    }
  });
});
