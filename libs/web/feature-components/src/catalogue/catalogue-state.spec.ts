import { parseCatalogueState, serialiseCatalogueState, withFacetValue } from './catalogue-state';

describe('the catalogue address', () => {
  it('defaults to most adopted and reads facets', () => {
    const state = parseCatalogueState(
      new URLSearchParams('q=planning&licence=MIT&licence=EUPL-1.2&colour=red'),
    );
    expect(state).toEqual({
      query: 'planning',
      sort: 'MOST_ADOPTED',
      facets: [{ attribute: 'licence', values: ['MIT', 'EUPL-1.2'] }],
    });
    expect(serialiseCatalogueState(state).toString()).toBe(
      'q=planning&licence=MIT&licence=EUPL-1.2',
    );
  });

  it('adds and removes facet values, and keeps a chosen sort', () => {
    let state = parseCatalogueState(new URLSearchParams('sort=name'));
    state = withFacetValue(state, 'maturity', 'Live', true);
    expect(serialiseCatalogueState(state).toString()).toBe('maturity=Live&sort=name');
    state = withFacetValue(state, 'maturity', 'Live', false);
    expect(state.facets).toEqual([]);
  });
});
