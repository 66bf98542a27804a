import { expect } from '@open-wc/testing';
import {
  PagingError, canGoNext, canGoPrevious, createPaging, currentPage, endReached, moveTarget, pageCount, requestFor, resetPaging, showPage, withPage, withTotal,
} from '../../src/core/paging.js';
import type { TenantUser } from '../../src/core/types.js';
import { walkToEnd } from '../../src/session/user-pages.js';
import { tenant } from './session-fixture.js';

const page = (items: string[], continuation?: string) => ({ items, continuation });

describe('core/paging', () => {
  it('refuses a page size that is not a positive integer', () => {
    for (const size of [0, -1, 2.5, Number.NaN]) expect(() => createPaging(size)).to.throw(PagingError);
  });

  it('fetches the first page without a token and each next page with the token before it', () => {
    let paging = createPaging<string>(2);
    expect(requestFor(paging, 0)).to.deep.equal({ continuation: undefined });
    expect(requestFor(paging, 1)).to.equal(null);
    paging = withPage(paging, 0, page(['a', 'b'], 't1'));
    expect(requestFor(paging, 1)).to.deep.equal({ continuation: 't1' });
    expect(requestFor(paging, 2)).to.equal(null);
  });

  it('knows the page count only once the end is reached', () => {
    let paging = withPage(createPaging<string>(2), 0, page(['a', 'b'], 't1'));
    expect(pageCount(paging)).to.equal(null);
    expect(endReached(paging)).to.equal(false);
    expect(moveTarget(paging, 'last')).to.equal('walk');
    paging = withPage(paging, 1, page(['c']));
    expect(endReached(paging)).to.equal(true);
    expect(pageCount(paging)).to.equal(2);
    expect(moveTarget(paging, 'last')).to.equal(1);
    expect(requestFor(paging, 2)).to.equal(null);
  });

  it('moves between loaded pages and says when a move is impossible', () => {
    let paging = withPage(withPage(createPaging<string>(2), 0, page(['a', 'b'], 't1')), 1, page(['c', 'd'], 't2'));
    expect(moveTarget(paging, 'previous')).to.equal(null);
    expect(moveTarget(paging, 'first')).to.equal(null);
    expect(moveTarget(paging, 'next')).to.equal(1);
    paging = showPage(paging, 1);
    expect(currentPage(paging)?.items).to.deep.equal(['c', 'd']);
    expect(canGoPrevious(paging)).to.equal(true);
    expect(canGoNext(paging)).to.equal(true);
    expect(moveTarget(paging, 'first')).to.equal(0);
    expect(moveTarget(paging, 'next')).to.equal(2);
    expect(() => showPage(paging, 2)).to.throw(PagingError);
  });

  it('drops later pages when a page is fetched again (their tokens are stale)', () => {
    const paging = withPage(withPage(createPaging<string>(2), 0, page(['a', 'b'], 't1')), 1, page(['c']));
    const again = withPage(paging, 0, page(['x', 'y'], 't9'));
    expect(again.pages).to.have.length(1);
    expect(() => withPage(again, 3, page([]))).to.throw(PagingError);
  });

  it('starts over on a new search or page size, and keeps the same object otherwise', () => {
    const paging = showPage(withPage(withPage(createPaging<string>(2), 0, page(['a', 'b'], 't1')), 1, page(['c'])), 1);
    expect(resetPaging(paging, { search: '' })).to.equal(paging);
    expect(resetPaging(paging, { pageSize: 2 })).to.equal(paging);
    const searched = resetPaging(paging, { search: 'ann' });
    expect(searched).to.deep.equal({ pageSize: 2, search: 'ann', pages: [], pageIndex: 0, total: null });
    expect(resetPaging(paging, { pageSize: 5 }).pages).to.have.length(0);
  });

  it("knows the page count from the service's total before the end is reached, and forgets it on a new search", () => {
    const counted = withTotal(withPage(createPaging<string>(2), 0, page(['a', 'b'], 't1')), 5);
    expect(pageCount(counted)).to.equal(3);
    expect(moveTarget(counted, 'last')).to.equal('walk');
    expect(withTotal(counted, 5)).to.equal(counted);
    expect(withTotal(counted, -1)).to.equal(counted);
    expect(pageCount(withTotal(createPaging<string>(2), 0))).to.equal(1);
    expect(resetPaging(counted, { search: 'x' }).total).to.equal(null);
  });
});

describe('session/user-pages: "Last page"', () => {
  it('walks at most the pages it may, shows where it got, and walks on from there on the next call', async () => {
    const backend = tenant();
    const signal = new AbortController().signal;
    const first = await walkToEnd(backend, createPaging<TenantUser>(5), signal, undefined, 2);
    expect(backend.calls.listUsers, 'two pages, not the five of 23 users').to.have.length(2);
    expect(first.pageIndex).to.equal(1);
    expect(endReached(first)).to.equal(false);
    expect(moveTarget(first, 'last'), '"Last page" stays on').to.equal('walk');
    const last = await walkToEnd(backend, first, signal, undefined, 100);
    expect(endReached(last)).to.equal(true);
    expect(last.pageIndex).to.equal(4);
    expect(backend.calls.listUsers).to.have.length(5);
  });
});
