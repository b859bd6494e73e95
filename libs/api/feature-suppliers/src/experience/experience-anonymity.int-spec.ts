import { SearchClient, SearchIndexer, SearchService } from '@lgx/api/core/search';
import { signedIn, type TestSession } from '@lgx/api/testing';

import {
  bootSuppliersApp,
  experience,
  GET_EXPERIENCE,
  newSupplier,
  type SuppliersTestApp,
} from '../test/suppliers-test-app';

const LIST = `query($id: ID!) { supplierExperiences(supplierId: $id) { totalCount edges { node { id attributedTo region councilTypeName council { code } } } } }`;
const RATINGS = `query($id: ID!) { supplierRatings(supplierId: $id) { enoughExperiences experienceCount councilCount wouldBuyAgain dimensions { average } } }`;

type Experience = {
  attributedTo: string;
  region: string | null;
  councilTypeName: string | null;
  council: { code: string } | null;
};

/**
 * Issue 13, defect 3. The test register (bootSuppliersApp) has 5 metropolitan
 * boroughs in the North West (Stockport among them), and Derby, Nottingham,
 * Kent, Surrey and Leicestershire, among whom no type, region or pair of them
 * has 5: so Kent can only be "a council in England".
 */
describe('anonymised supplier experiences cannot be narrowed to their council', () => {
  let harness: SuppliersTestApp;
  let moderator: TestSession;
  let kent: TestSession;
  let surrey: TestSession;
  let derby: TestSession;
  let stockport: TestSession;

  beforeAll(async () => {
    harness = await bootSuppliersApp();
    moderator = await signedIn(harness, { platformRole: 'MODERATOR' });
    kent = await signedIn(harness, { council: 'KEN' });
    surrey = await signedIn(harness, { council: 'SRY' });
    derby = await signedIn(harness, { council: 'DER' });
    stockport = await signedIn(harness, { council: 'SKP' });
  });
  afterAll(() => harness?.close());

  const read = async (as: TestSession, id: string) => {
    const response = await as.graphql<{ supplierExperience: Experience }>(GET_EXPERIENCE, { id });
    expect(response.errors).toBeUndefined();
    return response.data!.supplierExperience;
  };

  it('describes a council only as precisely as 5 councils share, in the API', async () => {
    const supplier = await newSupplier(harness, 'Narrowing Systems Ltd');
    const byKent = await experience(kent, moderator, supplier, { attribution: 'ANONYMISED' });
    const byStockport = await experience(stockport, moderator, supplier, {
      attribution: 'ANONYMISED',
    });
    // "A county council in the South East" would be Kent or Surrey: 2 councils.
    expect(await read(derby, byKent)).toMatchObject({
      attributedTo: 'a council in England',
      region: null,
      councilTypeName: null,
      council: null,
    });
    expect(await read(derby, byStockport)).toMatchObject({
      attributedTo: 'a metropolitan borough in the North West',
      region: 'North West',
      councilTypeName: 'Metropolitan district',
      council: null,
    });
    // Its own council sees whose it is, and how others see it.
    expect(await read(kent, byKent)).toMatchObject({
      attributedTo: 'a council in England',
      region: 'South East',
      council: { code: 'KEN' },
    });
    const list = await derby.graphql(LIST, { id: supplier });
    expect(JSON.stringify(list.data)).not.toMatch(/South East|County|KEN|Kent/);
  });

  it('gives search no facet, filter or count that narrows an anonymised experience beyond its description', async () => {
    const supplier = await newSupplier(harness, 'Facet Counting Ltd');
    const anonymous = await experience(kent, moderator, supplier, { attribution: 'ANONYMISED' });
    const named = await experience(surrey, moderator, supplier);
    await harness.app.get(SearchIndexer).settle();
    const client = harness.app.get(SearchClient);
    const document = await client.meili
      .index(client.indexName('supplier_experiences'))
      .getDocument<Record<string, unknown>>(anonymous);
    expect(document['nation']).toBe('England');
    expect(document['region']).toBeUndefined();
    expect(document['councilType']).toBeUndefined();

    const search = harness.app.get(SearchService);
    const run = (facetFilters: { attribute: string; values: string[] }[] = []) =>
      search.run({
        query: 'Facet Counting',
        types: ['supplier_experience'],
        facetFilters,
        limit: 20,
        offset: 0,
        scope: { officer: true, councilCode: 'DER', groupIds: [] },
      });
    const all = await run();
    expect(all.hits.map((hit) => hit.id).sort()).toEqual([anonymous, named].sort());
    const facet = (attribute: string) =>
      all.facets.find((f) => f.attribute === attribute)?.values ?? [];
    // Only the named Surrey experience counts in the South East and among county councils:
    // no "South East: 2" from which to take away Surrey and find Kent.
    expect(facet('region')).toEqual([{ value: 'South East', count: 1 }]);
    expect(facet('councilType')).toEqual([{ value: 'CTY', count: 1 }]);
    for (const filter of [
      { attribute: 'region', values: ['South East'] },
      { attribute: 'councilType', values: ['CTY'] },
    ]) {
      const filtered = await run([filter]);
      expect(filtered.total).toBe(1);
      expect(filtered.hits.map((hit) => hit.id)).toEqual([named]);
    }
    expect(JSON.stringify(all)).not.toMatch(/county council in the South East/i);
  });

  it('shows ratings and their council count the same whether an anonymised experience is by a named council or another', async () => {
    const ratings = async (supplier: string) =>
      (await derby.graphql<{ supplierRatings: Record<string, unknown> }>(RATINGS, { id: supplier }))
        .data!.supplierRatings;
    const build = async (name: string, anonymousAuthor: TestSession) => {
      const supplier = await newSupplier(harness, name);
      await experience(derby, moderator, supplier);
      await experience(kent, moderator, supplier);
      await experience(anonymousAuthor, moderator, supplier, { attribution: 'ANONYMISED' });
      return supplier;
    };
    // Surrey's anonymised experience would make 3 councils; Kent's own would leave 2.
    const bySurrey = await build('Counting Councils One Ltd', surrey);
    const byKent = await build('Counting Councils Two Ltd', kent);
    expect(await ratings(bySurrey)).toEqual(await ratings(byKent));
    expect(await ratings(bySurrey)).toMatchObject({ enoughExperiences: false, councilCount: null });
    // An anonymised experience whose description no named council has is a third council.
    await experience(stockport, moderator, bySurrey, { attribution: 'ANONYMISED' });
    expect(await ratings(bySurrey)).toMatchObject({
      enoughExperiences: true,
      experienceCount: 4,
      councilCount: 3,
    });
  });

  it('follows the register: a corrected region changes the description and the search document', async () => {
    const supplier = await newSupplier(harness, 'Register Follower Ltd');
    const id = await experience(derby, moderator, supplier, { attribution: 'ANONYMISED' });
    expect((await read(kent, id)).attributedTo).toBe('a council in England');
    // Four more unitary authorities in the East Midlands make Derby one of 5 (with Nottingham, 6).
    await harness.dataSource.query(
      `INSERT INTO council (code, official_name, nice_name, type_code, nation, region, is_current)
       SELECT code, code, code, 'UA', 'England', 'East Midlands', true
         FROM unnest(ARRAY['LCE', 'RUT', 'NNO', 'WNO']) AS code`,
    );
    expect((await read(kent, id)).attributedTo).toBe('a unitary authority in the East Midlands');
    await harness.app.get(SearchIndexer).settle();
    const client = harness.app.get(SearchClient);
    const document = await client.meili
      .index(client.indexName('supplier_experiences'))
      .getDocument<Record<string, unknown>>(id);
    expect(document).toMatchObject({ region: 'East Midlands', councilType: 'UA' });
    expect(document['summary']).toMatch(/^A unitary authority in the East Midlands rated it/);
  });
});
