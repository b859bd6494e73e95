import {
  IndexManager,
  SearchClient,
  SearchIndexer,
  SearchSourceRegistry,
  settingsDiff,
} from '@lgx/api/core/search';
import { bootTestApp, seedTestCouncils, signedIn, type TestApp } from '@lgx/api/testing';

import { createApp } from './bootstrap';

const OPTIONS = `{
  searchContentTypes { key label facets { attribute label } sorts { key label } }
  searchSorts { key label acrossTypes }
}`;

const SEARCH = `query($filters: SearchFiltersInput, $sort: SearchSort) {
  search(query: "", filters: $filters, sort: $sort, first: 1) { totalCount }
}`;

interface Options {
  searchContentTypes: {
    key: string;
    label: string;
    facets: { attribute: string; label: string }[];
    sorts: { key: string; label: string }[];
  }[];
  searchSorts: { key: string; label: string; acrossTypes: boolean }[];
}

describe('search: the content types, facets and sorts the API offers', () => {
  let harness: TestApp;

  beforeAll(async () => {
    harness = await bootTestApp((config) =>
      createApp(config, { logger: false, importCouncils: false }),
    );
    await seedTestCouncils(harness.dataSource);
    // The indexes as start-up leaves them: created, with their settings, and built.
    await harness.app.get(SearchIndexer).settle();
  });
  afterAll(() => harness?.close());

  const optionsFor = async (graphql: TestApp['graphql']) => {
    const response = await graphql<Options>(OPTIONS);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };

  it('offers a visitor only the types anyone can find, and an officer every type, in order', async () => {
    const visitor = await optionsFor(harness.graphql);
    expect(visitor.searchContentTypes.map((type) => [type.key, type.label])).toEqual([
      ['CASE_STUDY', 'Case study'],
      ['COMPONENT', 'Reusable component'],
      ['CONTRACT', 'Contract'],
      ['COUNCIL', 'Council'],
    ]);
    const officer = await optionsFor((await signedIn(harness, { council: 'DER' })).graphql);
    expect(officer.searchContentTypes.map((type) => [type.key, type.label])).toEqual([
      ['CASE_STUDY', 'Case study'],
      ['COMPONENT', 'Reusable component'],
      ['SUPPLIER_EXPERIENCE', 'Supplier experience'],
      ['SUPPLIER', 'Supplier'],
      ['PROCUREMENT_GROUP', 'Procurement group'],
      ['CONTRACT', 'Contract'],
      ['COUNCIL', 'Council'],
    ]);
    const council = officer.searchContentTypes.find((type) => type.key === 'COUNCIL')!;
    expect(council.facets).toEqual([
      { attribute: 'nation', label: 'Nation' },
      { attribute: 'region', label: 'Region' },
      { attribute: 'councilType', label: 'Type of council' },
    ]);
    expect(council.sorts).toEqual([{ key: 'NAME', label: 'A to Z' }]);
    const caseStudy = officer.searchContentTypes.find((type) => type.key === 'CASE_STUDY')!;
    expect(caseStudy.sorts.map((sort) => sort.key)).toEqual([
      'NEWEST',
      'LARGEST_SAVINGS',
      'HIGHEST_NPV',
      'SOONEST_PAYBACK',
      'NAME',
    ]);
  });

  it('labels every sort, and says which order results of several types', async () => {
    // jscpd:ignore-start -- expected values, listed as the web's test catalogue lists them
    expect((await optionsFor(harness.graphql)).searchSorts).toEqual([
      { key: 'RELEVANCE', label: 'Relevance', acrossTypes: true },
      { key: 'NEWEST', label: 'Newest', acrossTypes: true },
      { key: 'ENDING_SOONEST', label: 'Ending soonest', acrossTypes: false },
      { key: 'LARGEST_SAVINGS', label: 'Largest savings', acrossTypes: false },
      { key: 'HIGHEST_NPV', label: 'Net present value (highest first)', acrossTypes: false },
      { key: 'SOONEST_PAYBACK', label: 'Payback (soonest first)', acrossTypes: false },
      { key: 'MOST_ADOPTED', label: 'Most adopted', acrossTypes: false },
      { key: 'NAME', label: 'A to Z', acrossTypes: true },
    ]);
    // jscpd:ignore-end
  });

  it('offers only facets and sorts that search accepts for each type', async () => {
    const { graphql } = await signedIn(harness, { council: 'DER' });
    const { searchContentTypes } = await optionsFor(graphql);
    for (const type of searchContentTypes) {
      for (const facet of type.facets) {
        const response = await graphql(SEARCH, {
          filters: { types: [type.key], facets: [{ attribute: facet.attribute, values: ['x'] }] },
        });
        expect([type.key, facet.attribute, response.errors]).toEqual([
          type.key,
          facet.attribute,
          undefined,
        ]);
      }
      for (const sort of type.sorts) {
        const response = await graphql(SEARCH, { filters: { types: [type.key] }, sort: sort.key });
        expect([type.key, sort.key, response.errors]).toEqual([type.key, sort.key, undefined]);
      }
    }
  });

  it('applies each feature’s index settings at start-up, so a restart finds nothing to change', async () => {
    const definitions = harness.app.get(SearchSourceRegistry).definitions();
    expect(definitions.map((definition) => definition.name).sort()).toEqual([
      'case_studies',
      'components',
      'contracts',
      'councils',
      'procurement_groups',
      'supplier_experiences',
      'suppliers',
    ]);
    const meili = harness.app.get(SearchClient).meili;
    const indexes = harness.app.get(IndexManager);
    for (const definition of definitions) {
      const current = await meili.index(indexes.uid(definition)).getSettings();
      expect([definition.name, settingsDiff(definition.settings, current)]).toEqual([
        definition.name,
        [],
      ]);
    }
  });
});
