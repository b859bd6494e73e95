import { readFileSync } from 'node:fs';

import { COUNCIL_REGISTER_FILE } from '@lgx/api/feature-councils';
import { signedIn, type TestApp } from '@lgx/api/testing';
import { parse } from 'csv-parse/sync';

import { bootAppWithSampleContent } from './sample-data/sample-content-app';

const SEARCH = `query($q: String, $filters: SearchFiltersInput, $sort: SearchSort, $first: Int) {
  search(query: $q, filters: $filters, sort: $sort, first: $first) {
    totalCount
    edges { node { type id title publishedAt } }
    facets { attribute values { value count } }
  }
}`;
interface SearchData {
  search: {
    totalCount: number;
    edges: { node: { type: string; id: string; title: string; publishedAt: string | null } }[];
    facets: { attribute: string; values: { value: string; count: number }[] }[];
  };
}
const COUNCILS = `query($filter: CouncilsFilterInput) {
  councils(first: 1, filter: $filter) { totalCount }
}`;

// The register, read independently of the code under test.
const register: Record<string, string>[] = parse(readFileSync(COUNCIL_REGISTER_FILE), {
  columns: true,
});
const current = register.filter((row) => row['current-authority'] === 'True');
const former = register.filter((row) => row['current-authority'] === 'False');

/**
 * Search without noise (issue 15, item 3): an empty search lists what councils
 * share, newest first, not the register; former councils only when asked for;
 * councils counted as the councils page counts them; and a council only for a
 * query that names it.
 */
describe('search without noise (the register and sample content, Meilisearch)', () => {
  let harness: TestApp;

  beforeAll(async () => {
    harness = await bootAppWithSampleContent();
  }, 120_000);
  afterAll(() => harness?.close());

  async function search(
    variables: { q?: string; filters?: object; sort?: string; first?: number },
    graphql: TestApp['graphql'] = harness.graphql,
  ): Promise<SearchData['search']> {
    const response = await graphql<SearchData>(SEARCH, { first: 50, ...variables });
    expect(response.errors).toBeUndefined();
    return response.data!.search;
  }
  const typeCount = (result: SearchData['search'], type: string) =>
    result.facets.find((facet) => facet.attribute === 'type')?.values.find((v) => v.value === type)
      ?.count ?? 0;

  const councilsPageCount = async (filter: object = {}) =>
    (await harness.graphql<{ councils: { totalCount: number } }>(COUNCILS, { filter })).data!
      .councils.totalCount;

  it('lists, without words, the newest of what councils share and no council', async () => {
    const officer = (await signedIn(harness, { council: 'DER' })).graphql;
    for (const graphql of [harness.graphql, officer]) {
      const result = await search({}, graphql);
      const types = result.edges.map((edge) => edge.node.type);
      expect(types).not.toContain('COUNCIL');
      expect(types).toEqual(expect.arrayContaining(['CASE_STUDY', 'COMPONENT']));
      const listed = result.facets
        .find((facet) => facet.attribute === 'type')!
        .values.filter((value) => value.value !== 'council');
      expect(result.totalCount).toBe(listed.reduce((sum, value) => sum + value.count, 0));
      const dates = result.edges.map((edge) => edge.node.publishedAt ?? '');
      expect(dates).toEqual([...dates].sort().reverse());
      // The register is counted, not listed, so its type can still be chosen.
      expect(typeCount(result, 'council')).toBe(current.length);
    }
    const asOfficer = await search({}, officer);
    expect(asOfficer.edges.map((edge) => edge.node.type)).toContain('PROCUREMENT_GROUP');
    // "Relevance" means nothing without words: newest first, as if chosen.
    const newest = await search({ sort: 'NEWEST' }, officer);
    expect(asOfficer.edges.map((edge) => edge.node.id)).toEqual(
      newest.edges.map((edge) => edge.node.id),
    );
  });

  it('lists councils without words when their type is chosen, counted as the councils page counts them', async () => {
    const councils = await search({ filters: { types: ['COUNCIL'] } });
    expect(councils.totalCount).toBe(current.length);
    expect(councils.totalCount).toBe(await councilsPageCount());
    const titles = councils.edges.map((edge) => edge.node.title);
    const byName = (a: string, b: string) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1);
    expect(titles).toEqual([...titles].sort(byName));
    const facet = (attribute: string) =>
      councils.facets.find((f) => f.attribute === attribute)?.values ?? [];
    for (const { value, count } of facet('region'))
      expect([value, count]).toEqual([value, await councilsPageCount({ region: value })]);
    for (const { value, count } of facet('councilType'))
      expect([value, count]).toEqual([value, await councilsPageCount({ type: value })]);
    expect(facet('councilType').length).toBeGreaterThan(5);
  });

  it('leaves former councils out unless they are asked for', async () => {
    const allCouncils = await search({ filters: { types: ['COUNCIL'], includeFormer: true } });
    expect(allCouncils.totalCount).toBe(register.length);
    expect(allCouncils.totalCount).toBe(await councilsPageCount({ current: null }));
    const shown: string[] = [];
    const hidden: string[] = [];
    for (const row of former) {
      const name = row['nice-name']!.trim();
      const code = row['local-authority-code']!;
      const found = async (filters: object) =>
        (await search({ q: name, filters, first: 20 })).edges.some(
          (edge) => edge.node.type === 'COUNCIL' && edge.node.id === code,
        );
      if (await found({})) shown.push(name);
      if (!(await found({ includeFormer: true }))) hidden.push(name);
    }
    expect(shown).toEqual([]);
    expect(hidden).toEqual([]);
  }, 120_000);

  it('finds no council for words of council business', async () => {
    const noisy: string[] = [];
    for (const q of BUSINESS_QUERIES) {
      const councils = (await search({ q, first: 20 })).edges.filter(
        (edge) => edge.node.type === 'COUNCIL',
      );
      if (councils.length > 0)
        noisy.push(`"${q}" -> ${councils.map((edge) => edge.node.title).join(', ')}`);
    }
    expect(noisy).toEqual([]);
  });

  it('still finds a council named, in full, in part or with a typo', async () => {
    const misses: string[] = [];
    for (const [q, code] of NAMED) {
      const first = (await search({ q, first: 1 })).edges[0]?.node;
      if (first?.type !== 'COUNCIL' || first.id !== code)
        misses.push(`"${q}" -> ${first ? `${first.type}:${first.id}` : '(nothing)'}`);
    }
    expect(misses).toEqual([]);
  });
});

/** What officers search for that names no council. */
const BUSINESS_QUERIES = [
  'chat bot',
  'chatbot',
  'chat',
  'chat b',
  'chat bo',
  'wast',
  'waste',
  'bins',
  'recycling',
  'housing repairs',
  'council tax',
  'digital assistants',
  'planning',
  'social care',
  'parking permits',
  'robotic process automation',
  'street lighting',
  'libraries',
];

/** Councils as people name them: the council that must come first. */
const NAMED: [string, string][] = [
  ['Derby', 'DER'],
  ['derb', 'DER'],
  ['Derby City Council', 'DER'],
  ['Nottinghm', 'NGM'],
  ['Western Isles', 'ELS'],
  ['Westrn Isles', 'ELS'],
  ['Eilean Siar', 'ELS'],
  ['Reigate and Banstead', 'REI'],
  ['Banstead', 'REI'],
  ['Chesterfield', 'CHS'],
  ['Cheshire East', 'CHE'],
  ['Camdn', 'CMD'],
  ['Barnt', 'BNE'],
  ['Camden council', 'CMD'],
];
