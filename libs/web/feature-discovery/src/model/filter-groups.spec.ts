import {
  contentTypeCounts as countsIn,
  type FacetSource,
  filterGroups as groupsIn,
} from './filter-groups';
import { EMPTY_SEARCH, parseSearchState, type SearchState } from './search-state';
import { TEST_CATALOGUE } from './test-catalogue';

const parse = (search: string) => parseSearchState(new URLSearchParams(search), TEST_CATALOGUE);
const contentTypeCounts = (source: FacetSource) => countsIn(source, TEST_CATALOGUE);
const filterGroups = (
  state: SearchState,
  results: FacetSource | undefined,
  unfiltered: Partial<Record<string, FacetSource>>,
) => groupsIn(state, results, unfiltered, TEST_CATALOGUE);

const everything: FacetSource = {
  totalCount: 47,
  edges: [{ node: { type: 'COUNCIL' } }],
  facets: [
    {
      attribute: 'type',
      label: 'Content type',
      values: [
        { value: 'council', count: 45 },
        { value: 'case_study', count: 2 },
      ],
    },
    {
      attribute: 'region',
      label: 'Region',
      values: [
        { value: 'East Midlands', count: 45 },
        { value: 'London', count: 2 },
      ],
    },
    {
      attribute: 'councilType',
      label: 'Type of council',
      values: [
        { value: 'NMD', count: 35 },
        { value: 'XYZ', count: 1 },
      ],
    },
  ],
};

describe('contentTypeCounts', () => {
  it('reads the content type facet', () => {
    expect(contentTypeCounts(everything)).toEqual({ COUNCIL: 45, CASE_STUDY: 2 });
  });

  it('counts the one type searched when there is no such facet', () => {
    expect(
      contentTypeCounts({ totalCount: 12, edges: [{ node: { type: 'CASE_STUDY' } }], facets: [] }),
    ).toEqual({ CASE_STUDY: 12 });
    expect(contentTypeCounts({ totalCount: 0, edges: [], facets: [] })).toEqual({});
  });
});

describe('filterGroups', () => {
  it('lists content types first, in a stable order, then each facet with labels', () => {
    const groups = filterGroups(EMPTY_SEARCH, everything, {});
    expect(groups.map((group) => [group.attribute, group.label])).toEqual([
      ['type', 'Content type'],
      ['region', 'Region'],
      ['councilType', 'Type of council'],
    ]);
    expect(groups[0]?.options.map((option) => `${option.label} (${option.count})`)).toEqual([
      'Case study (2)',
      'Council (45)',
    ]);
    expect(groups[2]?.options.map((option) => option.label)).toEqual(['District council', 'XYZ']);
  });

  it('counts a filtered facet as if it were not, so another value can be added', () => {
    const state = parse('region=East+Midlands');
    const filtered: FacetSource = {
      ...everything,
      totalCount: 45,
      facets: [
        { attribute: 'region', label: 'Region', values: [{ value: 'East Midlands', count: 45 }] },
      ],
    };
    const groups = filterGroups(state, filtered, { region: everything });
    expect(groups.find((group) => group.attribute === 'region')?.options).toEqual([
      { value: 'East Midlands', label: 'East Midlands', count: 45, checked: true },
      { value: 'London', label: 'London', count: 2, checked: false },
    ]);
  });

  it('uses the results until the unfiltered counts arrive', () => {
    const state = parse('region=London');
    const groups = filterGroups(state, everything, {});
    expect(groups.find((group) => group.attribute === 'region')?.options[1]).toEqual({
      value: 'London',
      label: 'London',
      count: 2,
      checked: true,
    });
  });

  it('keeps chosen values and types on offer when nothing matches', () => {
    const state = parse('type=council&region=Atlantis');
    const none: FacetSource = { totalCount: 0, edges: [], facets: [] };
    const groups = filterGroups(state, none, { type: none, region: none });
    expect(groups).toEqual([
      {
        attribute: 'type',
        label: 'Content type',
        options: [{ value: 'COUNCIL', label: 'Council', count: 0, checked: true }],
      },
      {
        attribute: 'region',
        label: 'Region',
        options: [{ value: 'Atlantis', label: 'Atlantis', count: 0, checked: true }],
      },
    ]);
  });

  it('shows other types when one is chosen, from the counts without the type filter', () => {
    const state = parse('type=council');
    const councilsOnly: FacetSource = {
      totalCount: 45,
      edges: [{ node: { type: 'COUNCIL' } }],
      facets: [],
    };
    const groups = filterGroups(state, councilsOnly, { type: everything });
    expect(
      groups[0]?.options.map((option) => [option.value, option.count, option.checked]),
    ).toEqual([
      ['CASE_STUDY', 2, false],
      ['COUNCIL', 45, true],
    ]);
  });
});
