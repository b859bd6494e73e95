/**
 * A list's filters as an address (?key=value...): the form's non-blank
 * values for these keys, trimmed, and nothing else (so a new search starts
 * on the first page).
 */
export function filtersFromForm(form: HTMLFormElement, keys: readonly string[]): URLSearchParams {
  const values = new FormData(form);
  const next = new URLSearchParams();
  for (const key of keys) {
    const value = String(values.get(key) ?? '').trim();
    if (value) next.set(key, value);
  }
  return next;
}

/**
 * The addresses of a cursor-paged list's first page and next page, with the
 * same filters; the next page only where the API gave an end cursor.
 */
export function cursorPageAddresses(
  params: URLSearchParams,
  endCursor: string | null | undefined,
): { firstPage: URLSearchParams; nextPage: URLSearchParams } {
  const firstPage = new URLSearchParams(params);
  firstPage.delete('after');
  const nextPage = new URLSearchParams(firstPage);
  if (endCursor) nextPage.set('after', endCursor);
  return { firstPage, nextPage };
}
