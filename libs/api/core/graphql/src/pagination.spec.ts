import { toConnection } from './connection';
import { MAX_PAGE_SIZE, pageSize } from './pagination.args';

describe('pagination', () => {
  it('defaults the page size and accepts 1 to the maximum', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(1)).toBe(1);
    expect(pageSize(MAX_PAGE_SIZE)).toBe(MAX_PAGE_SIZE);
  });

  it.each([0, -5, MAX_PAGE_SIZE + 1, 2.5])('refuses %p', (first) => {
    expect(() => pageSize(first)).toThrow(/"first" must be a whole number/);
  });

  it('uses the extra row to tell whether there is a next page', () => {
    const rows = ['a', 'b', 'c'];
    const full = toConnection(rows, 2, 10, (row) => `c-${row}`);
    expect(full.edges.map((edge) => edge.node)).toEqual(['a', 'b']);
    expect(full.pageInfo).toEqual({ hasNextPage: true, endCursor: 'c-b' });
    const last = toConnection(rows.slice(0, 2), 2, 2, (row) => `c-${row}`);
    expect(last.pageInfo).toEqual({ hasNextPage: false, endCursor: 'c-b' });
    expect(toConnection([], 2, 0, String).pageInfo).toEqual({
      hasNextPage: false,
      endCursor: null,
    });
  });
});
