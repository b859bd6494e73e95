import {
  cursorPageNumber,
  FIRST_PAGE,
  nextCursorPage,
  previousCursorPage,
  readCursorPages,
  writeCursorPages,
} from './cursor-pages';

describe('cursor pages in an address', () => {
  it('goes forward and back, counting pages', () => {
    const second = nextCursorPage(FIRST_PAGE, 'YQ');
    const third = nextCursorPage(second, 'Yg');
    expect(third).toEqual({ after: 'Yg', previous: ['YQ'] });
    expect(cursorPageNumber(third)).toBe(3);
    expect(previousCursorPage(third)).toEqual(second);
    expect(previousCursorPage(second)).toEqual(FIRST_PAGE);
    expect(cursorPageNumber(FIRST_PAGE)).toBe(1);
  });

  it('round-trips through an address and ignores malformed cursors', () => {
    const params = new URLSearchParams('q=x');
    writeCursorPages(params, { after: 'Yg', previous: ['YQ'] });
    expect(params.toString()).toBe('q=x&after=Yg&prev=YQ');
    expect(readCursorPages(params)).toEqual({ after: 'Yg', previous: ['YQ'] });
    expect(readCursorPages(new URLSearchParams('after=<script>&prev=YQ'))).toEqual(FIRST_PAGE);
    expect(readCursorPages(new URLSearchParams('after=Yg&prev=a%20b'))).toEqual({
      after: 'Yg',
      previous: [],
    });
  });

  it('writes nothing on the first page', () => {
    const params = new URLSearchParams();
    writeCursorPages(params, FIRST_PAGE);
    expect(params.toString()).toBe('');
  });
});
