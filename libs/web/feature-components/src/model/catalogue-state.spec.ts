import { nextCursorPage } from '@lgx/web/ui';

import {
  cataloguePath,
  fromFirstPage,
  parseCatalogueState,
  serialiseCatalogueState,
  withFacetValue,
} from './catalogue-state';

describe('the catalogue address', () => {
  it('defaults to most adopted and reads facets', () => {
    const state = parseCatalogueState(
      new URLSearchParams('q=planning&licence=MIT&licence=EUPL-1.2&colour=red'),
    );
    expect(state).toEqual({
      query: 'planning',
      sort: 'MOST_ADOPTED',
      facets: [{ attribute: 'licence', values: ['MIT', 'EUPL-1.2'] }],
      after: null,
      previous: [],
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

describe('catalogue pages', () => {
  it('keeps the page in the address, and starts again from the first after a change', () => {
    const first = parseCatalogueState(new URLSearchParams('licence=MIT'));
    const second = nextCursorPage(first, 'NTA');
    expect(cataloguePath(second)).toBe('/components?licence=MIT&after=NTA');
    const back = parseCatalogueState(new URLSearchParams('licence=MIT&after=NTA'));
    expect(back.after).toBe('NTA');
    expect(cataloguePath(fromFirstPage(withFacetValue(back, 'maturity', 'Live', true)))).toBe(
      '/components?licence=MIT&maturity=Live',
    );
  });
});
