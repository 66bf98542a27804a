import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  KEPT_PAGES, PagingError, canGoNext, canGoPrevious, createPaging, currentPage, endReached, isLoaded, moveTarget, pageCount, readPlan,
  resetPaging, showPage, walkPlan, withEnd, withKeptPage, withMark, withTotal,
} from '../../src/core/paging.js';

const rows = (index: number, size = 2) => Array.from({ length: size }, (_, i) => `u${index * size + i}`);

describe('core/paging', () => {
  it('refuses a page size that is not a positive integer', () => {
    for (const size of [0, -1, 2.5, Number.NaN]) expect(() => createPaging(size)).to.throw(PagingError);
  });

  it('reads the first page from the start with the view\'s page size, and a next page from the mark before it', () => {
    let paging = createPaging<string>(25);
    expect(readPlan(paging, 0, 999)).to.deep.equal({ offset: 0, continuation: undefined, size: 25, reads: 1 });
    paging = withMark(paging, { offset: 25, continuation: 't25', size: 25 });
    expect(readPlan(paging, 1, 999)).to.deep.equal({ offset: 25, continuation: 't25', size: 25, reads: 1 });
  });

  it('reads a far page with the largest page size from the start, or from the nearest mark that costs fewer reads', () => {
    let paging = withTotal(createPaging<string>(25), 100_000);
    expect(readPlan(paging, 3999, 999), 'the last page of 100,000: ceil(100,000 / 999) reads').to.deep.equal({ offset: 0, continuation: undefined, size: 999, reads: 101 });
    paging = withMark(paging, { offset: 99_900, continuation: 'n100', size: 999 });
    paging = withMark(paging, { offset: 98_901, continuation: 'n99', size: 999 });
    expect(paging.marks.map((m) => m.offset), 'marks in offset order').to.deep.equal([98_901, 99_900]);
    expect(readPlan(paging, 3998, 999)).to.deep.equal({ offset: 99_900, continuation: 'n100', size: 999, reads: 1 });
    expect(readPlan(paging, 3995, 999), 'the page ending where the next read starts').to.deep.equal({ offset: 98_901, continuation: 'n99', size: 999, reads: 1 });
    const straddled = withMark(createPaging<string>(25), { offset: 990, continuation: 'n', size: 999 });
    expect(readPlan(straddled, 79, 999), 'users 1,975-2,000 straddle the read ending at 1,989').to.deep.equal({ offset: 990, continuation: 'n', size: 999, reads: 2 });
    expect(readPlan(paging, 4000, 999), 'past the end').to.equal(null);
  });

  it('walks to an unknown end from the furthest mark of the largest size, else from the start', () => {
    let paging = createPaging<string>(25);
    expect(walkPlan(paging, 999)).to.deep.equal({ offset: 0, continuation: undefined, size: 999, reads: 1 });
    paging = withMark(withMark(paging, { offset: 1998, continuation: 'big', size: 999 }), { offset: 5000, continuation: 'small', size: 25 });
    expect(walkPlan(paging, 999)).to.deep.equal({ offset: 1998, continuation: 'big', size: 999, reads: 1 });
  });

  it('replaces a mark at the same offset with the newer token', () => {
    const paging = withMark(withMark(createPaging<string>(2), { offset: 2, continuation: 'old', size: 2 }), { offset: 2, continuation: 'new', size: 2 });
    expect(paging.marks).to.deep.equal([{ offset: 2, continuation: 'new', size: 2 }]);
  });

  it('knows the page count from the end once reached, or from the service\'s count before, and enables "Last page" with either', () => {
    let paging = withMark(withKeptPage(createPaging<string>(2), 0, rows(0)), { offset: 2, continuation: 't', size: 2 });
    expect(pageCount(paging)).to.equal(null);
    expect(canGoNext(paging), 'a mark says more follows').to.equal(true);
    expect(moveTarget(paging, 'last')).to.equal('walk');
    const counted = withTotal(paging, 5);
    expect(pageCount(counted)).to.equal(3);
    expect(moveTarget(counted, 'last'), 'a known total goes straight to the last page').to.equal(2);
    paging = withEnd(paging, 3);
    expect(endReached(paging)).to.equal(true);
    expect(pageCount(paging)).to.equal(2);
    expect(moveTarget(paging, 'last')).to.equal(1);
    expect(withEnd(paging, 2).marks, 'no mark past the end').to.deep.equal([]);
    expect(pageCount(withEnd(createPaging<string>(2), 0)), 'an empty list has one (empty) page').to.equal(1);
    expect(withTotal(counted, 5)).to.equal(counted);
    expect(withTotal(counted, -1)).to.equal(counted);
  });

  it('moves between kept pages and says when a move is impossible', () => {
    let paging = withEnd(withKeptPage(withKeptPage(createPaging<string>(2), 0, rows(0)), 1, rows(1)), 4);
    expect(moveTarget(paging, 'previous')).to.equal(null);
    expect(moveTarget(paging, 'first')).to.equal(null);
    expect(moveTarget(paging, 'next')).to.equal(1);
    paging = showPage(paging, 1);
    expect(currentPage(paging)).to.deep.equal(['u2', 'u3']);
    expect(canGoPrevious(paging)).to.equal(true);
    expect(canGoNext(paging)).to.equal(false);
    expect(moveTarget(paging, 'first')).to.equal(0);
    expect(moveTarget(paging, 'last')).to.equal(null);
    expect(() => showPage(paging, 2)).to.throw(PagingError);
  });

  it(`keeps the rows of the ${KEPT_PAGES} pages shown last and drops the least recently shown`, () => {
    let paging = createPaging<string>(2);
    for (let index = 0; index <= KEPT_PAGES; index++) paging = withKeptPage(paging, index, rows(index));
    expect(paging.kept).to.have.length(KEPT_PAGES);
    expect(isLoaded(paging, 0), 'page 1 was shown longest ago').to.equal(false);
    paging = showPage(paging, 1);
    paging = withKeptPage(paging, KEPT_PAGES + 1, rows(KEPT_PAGES + 1));
    expect(isLoaded(paging, 1), 'shown again: used recently').to.equal(true);
    expect(isLoaded(paging, 2), 'now the least recently shown').to.equal(false);
  });

  it('starts over on a new search or page size, and keeps the same object otherwise', () => {
    const paging = withTotal(withMark(withKeptPage(createPaging<string>(2), 0, rows(0)), { offset: 2, continuation: 't', size: 2 }), 9);
    expect(resetPaging(paging, { search: '' })).to.equal(paging);
    expect(resetPaging(paging, { pageSize: 2 })).to.equal(paging);
    expect(resetPaging(paging, { search: 'ann' })).to.deep.equal({ pageSize: 2, search: 'ann', marks: [], kept: [], pageIndex: 0, total: null, end: null });
    expect(resetPaging(paging, { pageSize: 5 }).marks).to.have.length(0);
  });
});
