/**
 * Where a list of results paged by the API's opaque cursors is, kept in the
 * page's address: the cursor of this page, and those of the pages before it
 * (for "Previous"). The first page has neither.
 */
export interface CursorPages {
  /** The cursor of this page; null on the first page. */
  after: string | null;
  /** The cursors of the pages before this one, after the first. */
  previous: string[];
}

export const FIRST_PAGE: CursorPages = { after: null, previous: [] };

/** What a cursor from the API looks like; anything else in an address is ignored. */
const CURSOR = /^[A-Za-z0-9_\-+/=]{1,200}$/;
const AFTER = 'after';
const PREVIOUS = 'prev';

/** The pages part of an address (?after=...&prev=...), ignoring anything malformed. */
export function readCursorPages(params: URLSearchParams): CursorPages {
  const after = params.get(AFTER);
  if (!after || !CURSOR.test(after)) return FIRST_PAGE;
  return { after, previous: params.getAll(PREVIOUS).filter((cursor) => CURSOR.test(cursor)) };
}

/** Adds the pages part to an address; nothing on the first page. */
export function writeCursorPages(params: URLSearchParams, pages: CursorPages): void {
  if (!pages.after) return;
  params.set(AFTER, pages.after);
  for (const cursor of pages.previous) params.append(PREVIOUS, cursor);
}

export const nextCursorPage = <T extends CursorPages>(state: T, endCursor: string): T => ({
  ...state,
  after: endCursor,
  previous: state.after ? [...state.previous, state.after] : [],
});

export function previousCursorPage<T extends CursorPages>(state: T): T {
  if (!state.after) return state;
  const after = state.previous.at(-1) ?? null;
  return { ...state, after, previous: after ? state.previous.slice(0, -1) : [] };
}

/** 1 on the first page, 2 on the next... */
export const cursorPageNumber = (state: CursorPages): number =>
  state.after ? state.previous.length + 2 : 1;
