import { decodeCursor } from '@lgx/api/core/graphql';
import { SEARCH_RESULT_CAP } from '@lgx/shared/domain';

import { searchPage } from './supplier-search-page';

const position = (cursor: string | null) => (cursor ? decodeCursor(cursor, ['number'])[0] : null);

describe('searchPage', () => {
  const live = new Map([
    ['a', 'Capita'],
    ['c', 'Civica'],
  ]);

  it('keeps Meilisearch’s order and counts cursors from the offset', () => {
    const page = searchPage(['c', 'a'], live, 20, 45);
    expect(page.edges.map((edge) => edge.node)).toEqual(['Civica', 'Capita']);
    expect(page.edges.map((edge) => position(edge.cursor))).toEqual([21, 22]);
    expect(page.totalCount).toBe(45);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true });
    expect(position(page.pageInfo.endCursor)).toBe(22);
  });

  it('leaves out hits the database no longer has, and still moves past them', () => {
    const page = searchPage(['a', 'gone', 'c'], live, 0, 3);
    expect(page.edges.map((edge) => edge.node)).toEqual(['Capita', 'Civica']);
    expect(page.edges.map((edge) => position(edge.cursor))).toEqual([1, 3]);
    expect(position(page.pageInfo.endCursor)).toBe(3);
    expect(page.pageInfo.hasNextPage).toBe(false);
  });

  it('ends with the last hit, and where Meilisearch stops answering', () => {
    expect(searchPage([], live, 0, 0).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
    expect(searchPage(['a'], live, SEARCH_RESULT_CAP - 1, 50_000).pageInfo.hasNextPage).toBe(false);
  });
});
