import { defineSearchIndex, type SearchResult } from '@lgx/api/core/search';

import { orderWithoutWords, typesListedWithoutWords, withCountedTypes } from './empty-search';

const index = (type: string, options: { reference?: boolean; newest?: boolean } = {}) =>
  defineSearchIndex({
    name: `${type}s`,
    type,
    label: type,
    listOrder: 1,
    facetOrder: 1,
    readers: 'everyone',
    documentVersion: 1,
    facets: [],
    sorts: options.newest
      ? { NEWEST: ['publishedAt:desc'], NAME: ['titleSort:asc'] }
      : { NAME: ['titleSort:asc'] },
    sortable: [],
    reference: options.reference,
  });

const result = (total: number, types?: Record<string, number>): SearchResult => ({
  total,
  hits: [],
  processingTimeMs: 1,
  facets: types
    ? [
        {
          attribute: 'type',
          label: 'Content type',
          values: Object.entries(types).map(([value, count]) => ({ value, count })),
        },
      ]
    : [],
});

describe('a search without words', () => {
  it('lists every type but reference data', () => {
    const definitions = [index('case_study'), index('council', { reference: true })];
    expect(typesListedWithoutWords(definitions)).toEqual(['case_study']);
  });

  it('orders the newest first, or by name when no chosen type has a date', () => {
    expect(orderWithoutWords([index('case_study', { newest: true }), index('council')])).toBe(
      'NEWEST',
    );
    expect(orderWithoutWords([index('council')])).toBe('NAME');
  });

  it('counts the types it does not list in the content type facet', () => {
    const merged = withCountedTypes(result(7, { case_study: 5, component: 2 }), [], result(397), [
      'council',
    ]);
    expect(merged.total).toBe(7);
    expect(merged.facets[0]!.values).toEqual([
      { value: 'council', count: 397 },
      { value: 'case_study', count: 5 },
      { value: 'component', count: 2 },
    ]);
    // One type listed alone has no content type facet: its total is its count.
    expect(
      withCountedTypes(result(3), ['case_study'], result(0), ['council']).facets[0]!.values,
    ).toEqual([{ value: 'case_study', count: 3 }]);
  });
});
