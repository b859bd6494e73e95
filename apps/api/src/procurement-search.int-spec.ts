import { SearchIndexer } from '@lgx/api/core/search';
import { bootTestApp, seedTestCouncils, signedIn, type TestApp } from '@lgx/api/testing';

import { createApp } from './bootstrap';

const YEAR = new Date().getUTCFullYear() + 1;
const START = `mutation($input: ProcurementGroupInput!) { startProcurementGroup(input: $input) { id } }`;
const SEARCH = `query($q: String) {
  search(query: $q, filters: { types: [PROCUREMENT_GROUP] }, first: 20) {
    totalCount edges { node { type id url } } facets { attribute values { value count } }
  }
}`;

/** Discovery and procurement together: the reader's groups reach the search filter. */
describe('search: procurement groups through discovery', () => {
  let harness: TestApp;

  beforeAll(async () => {
    harness = await bootTestApp((config) =>
      createApp(config, { logger: false, importCouncils: false }),
    );
    await seedTestCouncils(harness.dataSource);
  });
  afterAll(() => harness?.close());

  it('finds open groups for every officer, and an invite-only group only for its members, counts and facets included', async () => {
    const derby = await signedIn(harness, { council: 'DER', role: 'EDITOR' });
    const start = async (title: string, visibility: string) =>
      (
        await derby.graphql<{ startProcurementGroup: { id: string } }>(START, {
          input: {
            title,
            need: 'Shared kerbside recycling collection vehicles.',
            cpvCode: '34144511-3',
            desiredStart: `${YEAR}-09-01`,
            route: 'NEW_FRAMEWORK',
            minimumCouncils: 2,
            visibility,
            interestClosesOn: `${YEAR}-06-30`,
          },
        })
      ).data!.startProcurementGroup.id;
    const open = await start('Electric refuse vehicles', 'OPEN');
    const invite = await start('Electric refuse vehicles (invite only)', 'INVITE_ONLY');
    await harness.app.get(SearchIndexer).settle();

    type Data = {
      search: {
        totalCount: number;
        edges: { node: { type: string; id: string; url: string } }[];
        facets: { attribute: string; values: { value: string; count: number }[] }[];
      };
    };
    const search = async (as: { graphql: typeof derby.graphql } | TestApp) => {
      const response = await as.graphql<Data>(SEARCH, { q: 'electric refuse vehicles' });
      expect(response.errors).toBeUndefined();
      return response.data!.search;
    };
    const kent = await signedIn(harness, { council: 'KEN' });
    const forDerby = await search(derby);
    expect(forDerby.edges.map((e) => e.node.id).sort()).toEqual([open, invite].sort());
    expect(forDerby.edges[0]!.node).toMatchObject({ type: 'PROCUREMENT_GROUP' });
    const forKent = await search(kent);
    expect(forKent.edges.map((e) => e.node.id)).toEqual([open]);
    expect(forKent.totalCount).toBe(1);
    expect(forKent.facets.find((f) => f.attribute === 'stage')?.values).toEqual([
      { value: 'Forming', count: 1 },
    ]);
    expect((await search(harness)).totalCount).toBe(0);
  });
});
