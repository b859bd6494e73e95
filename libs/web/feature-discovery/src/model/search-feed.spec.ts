import { searchFeedPath } from './search-feed';
import { EMPTY_SEARCH } from './search-state';
import { TEST_CATALOGUE } from './test-catalogue';

describe('searchFeedPath', () => {
  it('keeps the words and filters, and leaves out the sort and the page', () => {
    expect(
      searchFeedPath(
        {
          ...EMPTY_SEARCH,
          query: 'bins & recycling',
          types: ['CASE_STUDY'],
          facets: [{ attribute: 'serviceAreas', values: ['Waste'] }],
          nearCouncil: 'DER',
          sort: 'NEWEST',
          after: 'abc',
          previous: [],
        },
        TEST_CATALOGUE,
      ),
    ).toBe('/feeds/search.atom?q=bins+%26+recycling&type=case-study&serviceAreas=Waste&near=DER');
    expect(searchFeedPath(EMPTY_SEARCH, TEST_CATALOGUE)).toBe('/feeds/search.atom');
  });

  it('offers no feed for a type or a filter no feed can list', () => {
    expect(searchFeedPath({ ...EMPTY_SEARCH, types: ['COUNCIL'] }, TEST_CATALOGUE)).toBeNull();
    expect(
      searchFeedPath({ ...EMPTY_SEARCH, types: ['CASE_STUDY', 'SUPPLIER'] }, TEST_CATALOGUE),
    ).toBeNull();
    expect(
      searchFeedPath(
        { ...EMPTY_SEARCH, facets: [{ attribute: 'routeToMarket', values: ['Framework'] }] },
        TEST_CATALOGUE,
      ),
    ).toBeNull();
  });
});
