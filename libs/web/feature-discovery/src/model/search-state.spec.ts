import {
  councilsPossible,
  EMPTY_SEARCH,
  facetCountVariables,
  filteredAttributes,
  isFiltered,
  nextPage,
  pageNumber,
  parseSearchState,
  previousPage,
  searchPath,
  type SearchState,
  searchVariables,
  serialiseSearchState,
  withFacetValue,
  withFormer,
  withoutFilters as withoutFiltersIn,
  withQuery,
  withSort as withSortIn,
  withType as withTypeIn,
} from './search-state';
import { TEST_CATALOGUE } from './test-catalogue';

const parse = (search: string) => parseSearchState(new URLSearchParams(search), TEST_CATALOGUE);
const withType = (state: SearchState, type: SearchState['types'][number], checked: boolean) =>
  withTypeIn(state, type, checked, TEST_CATALOGUE);
const withSort = (state: SearchState, sort: SearchState['sort']) =>
  withSortIn(state, sort, TEST_CATALOGUE);
const withoutFilters = (state: SearchState) => withoutFiltersIn(state, TEST_CATALOGUE);

describe('parseSearchState', () => {
  it('reads words, types, facets, council filters, sort and pages', () => {
    expect(
      parse(
        'q=bins&type=case-study&type=council&region=East+Midlands&region=London&councilType=UA&near=der&like=NGM&sort=newest&after=WzQwXQ&prev=WzIwXQ',
      ),
    ).toEqual({
      query: 'bins',
      types: ['CASE_STUDY', 'COUNCIL'],
      facets: [
        { attribute: 'region', values: ['East Midlands', 'London'] },
        { attribute: 'councilType', values: ['UA'] },
      ],
      nearCouncil: 'DER',
      likeCouncil: 'NGM',
      sort: 'NEWEST',
      includeFormer: false,
      after: 'WzQwXQ',
      previous: ['WzIwXQ'],
    } satisfies SearchState);
  });

  it('gives the empty search for an empty address', () => {
    expect(parse('')).toEqual(EMPTY_SEARCH);
  });

  it('leaves out unknown types, facets, sorts, codes and cursors', () => {
    expect(
      parse(
        'type=nope&utm_source=mail&colour=red&sort=loudest&near=%3Cb%3E&after=not%20a%20cursor',
      ),
    ).toEqual(EMPTY_SEARCH);
  });

  it('leaves out facets and sorts the chosen types do not have', () => {
    const state = parse('type=council&serviceAreas=Housing&region=London&sort=newest');
    expect(state.facets).toEqual([{ attribute: 'region', values: ['London'] }]);
    expect(state.sort).toBe('RELEVANCE');
  });

  it('keeps earlier cursors only with a current one, and each value once', () => {
    expect(parse('prev=WzIwXQ').previous).toEqual([]);
    expect(parse('region=London&region=London&region=').facets).toEqual([
      { attribute: 'region', values: ['London'] },
    ]);
  });
});

describe('serialiseSearchState', () => {
  it('writes a stable address that reads back the same', () => {
    const address =
      'q=adult+social+care&type=case-study&serviceAreas=Adult+social+care&near=DER&sort=largest-savings&after=WzQwXQ&prev=WzIwXQ';
    const state = parse(address);
    expect(serialiseSearchState(state).toString()).toBe(address);
    expect(parse(serialiseSearchState(state).toString())).toEqual(state);
  });

  it('leaves defaults out, and trims the words', () => {
    expect(serialiseSearchState({ ...EMPTY_SEARCH, query: '  ' }).toString()).toBe('');
    expect(searchPath(EMPTY_SEARCH)).toBe('/search');
    expect(searchPath({ ...EMPTY_SEARCH, query: ' Notingham ' })).toBe('/search?q=Notingham');
  });

  it('keeps values with commas, ampersands and plus signs whole', () => {
    const state = withFacetValue(
      EMPTY_SEARCH,
      'serviceAreas',
      'Corporate services (HR, finance, legal) & more+',
      true,
    );
    expect(parse(serialiseSearchState(state).toString()).facets).toEqual(state.facets);
  });
});

describe('changing a search', () => {
  const onPage3 = parse('q=derby&region=East+Midlands&after=WzQwXQ&prev=WzIwXQ');

  it('goes back to the first page on new words or filters', () => {
    for (const next of [
      withQuery(onPage3, 'derbyshire'),
      withFacetValue(onPage3, 'region', 'London', true),
      withType(onPage3, 'COUNCIL', true),
      withSort(onPage3, 'NAME'),
    ]) {
      expect(next.after).toBeNull();
      expect(next.previous).toEqual([]);
    }
  });

  it('adds and removes facet values, dropping an emptied facet', () => {
    const two = withFacetValue(onPage3, 'region', 'London', true);
    expect(two.facets).toEqual([{ attribute: 'region', values: ['East Midlands', 'London'] }]);
    expect(withFacetValue(onPage3, 'region', 'East Midlands', false).facets).toEqual([]);
  });

  it('drops facets and sorts a narrower choice of types cannot use', () => {
    const state = parse('q=bins&serviceAreas=Housing&region=London&sort=newest');
    const councils = withType(state, 'COUNCIL', true);
    expect(councils.types).toEqual(['COUNCIL']);
    expect(councils.facets).toEqual([{ attribute: 'region', values: ['London'] }]);
    expect(councils.sort).toBe('RELEVANCE');
  });

  it('keeps types in a stable order', () => {
    const state = withType(withType(EMPTY_SEARCH, 'COUNCIL', true), 'CASE_STUDY', true);
    expect(state.types).toEqual(['CASE_STUDY', 'COUNCIL']);
    expect(withType(state, 'COUNCIL', false).types).toEqual(['CASE_STUDY']);
  });

  it('clears every filter but keeps the words', () => {
    const state = parse('q=bins&type=council&region=London&near=DER&like=DER&sort=name');
    expect(isFiltered(state)).toBe(true);
    const cleared = withoutFilters(state);
    expect(cleared).toEqual({ ...EMPTY_SEARCH, query: 'bins', sort: 'NAME' });
    expect(isFiltered(cleared)).toBe(false);
  });
});

describe('pages', () => {
  it('keeps earlier cursors for "Previous"', () => {
    const page1 = parse('q=council');
    const page2 = nextPage(page1, 'WzIwXQ');
    const page3 = nextPage(page2, 'WzQwXQ');
    expect([pageNumber(page1), pageNumber(page2), pageNumber(page3)]).toEqual([1, 2, 3]);
    expect(serialiseSearchState(page3).toString()).toBe('q=council&after=WzQwXQ&prev=WzIwXQ');
    expect(previousPage(page3)).toEqual(page2);
    expect(previousPage(page2)).toEqual(page1);
    expect(previousPage(page1)).toEqual(page1);
  });
});

describe('variables for the API', () => {
  it('sends only the filters in force', () => {
    expect(searchVariables(parse('q=+Notingham+'))).toEqual({
      query: 'Notingham',
      sort: 'RELEVANCE',
      first: 20,
    });
    expect(
      searchVariables(parse('type=council&region=London&near=DER&like=NGM&after=WzIwXQ')),
    ).toEqual({
      query: '',
      filters: {
        types: ['COUNCIL'],
        facets: [{ attribute: 'region', values: ['London'] }],
        nearCouncil: { councilCode: 'DER', withinKm: 50 },
        likeCouncil: 'NGM',
      },
      sort: 'RELEVANCE',
      first: 20,
      after: 'WzIwXQ',
    });
  });

  it('counts a filtered facet without its own filter', () => {
    const state = parse('q=bins&type=council&region=London&nation=England');
    expect(filteredAttributes(state)).toEqual(['type', 'region', 'nation']);
    expect(facetCountVariables(state, 'region')).toEqual({
      query: 'bins',
      filters: { types: ['COUNCIL'], facets: [{ attribute: 'nation', values: ['England'] }] },
    });
    expect(facetCountVariables(state, 'type')).toEqual({
      query: 'bins',
      filters: {
        facets: [
          { attribute: 'region', values: ['London'] },
          { attribute: 'nation', values: ['England'] },
        ],
      },
    });
    expect(facetCountVariables(parse('q=bins&type=council'), 'type')).toEqual({ query: 'bins' });
  });
});

describe('former councils', () => {
  it('are asked for in the address and the API variables, and cleared with the filters', () => {
    const state = parse('q=forest+heath&former=yes');
    expect(state.includeFormer).toBe(true);
    expect(searchPath(state)).toBe('/search?q=forest+heath&former=yes');
    expect(searchVariables(state).filters).toEqual({ includeFormer: true });
    expect(isFiltered(state)).toBe(true);
    expect(withoutFilters(state).includeFormer).toBe(false);
    expect(parse('q=forest+heath&former=1').includeFormer).toBe(false);
    expect(withFormer(parse('q=x&after=WzQwXQ'), true)).toMatchObject({
      includeFormer: true,
      after: null,
    });
  });

  it('are offered only when councils can be among the results', () => {
    expect(councilsPossible(parse(''))).toBe(false);
    expect(councilsPossible(parse('q=derby'))).toBe(true);
    expect(councilsPossible(parse('type=council'))).toBe(true);
    expect(councilsPossible(parse('q=derby&type=case-study'))).toBe(false);
  });
});
