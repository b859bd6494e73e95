import { SearchClient, SearchIndexer, SearchService } from '@lgx/api/core/search';
import { bootTestApp, type GraphQLResponse, signedIn, type TestApp } from '@lgx/api/testing';
import { MIN_COUNCILS_FOR_ANONYMITY, type RegisterCouncil } from '@lgx/shared/domain';

import { createApp } from './bootstrap';

const CREATE_SUPPLIER = `mutation($input: SupplierInput!) { createSupplier(input: $input) { id } }`;
const LIST = `query($id: ID!, $after: String) {
  supplierExperiences(supplierId: $id, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { id attributedTo region councilTypeName council { code } } }
  }
}`;

type Shown = {
  id: string;
  attributedTo: string;
  region: string | null;
  councilTypeName: string | null;
  council: { code: string } | null;
};
type Page = {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: Shown }[];
};
/** What a description says of a council: its words, and the attributes search may filter on. */
type Said = { phrase: string; nation?: string; region?: string; councilType?: string };

/**
 * Issue 13, defect 3, over the whole shipped register as the app imports it:
 * for every current council, the description an anonymised experience of it
 * is given (in the API and in its search document) fits at least 5 current
 * councils: at least 5 are given the same words, and the document's nation,
 * region and type (what search may filter and count by) are shared by at least 5.
 * Computed from whatever the register says, not from a list in the test.
 */
describe('anonymised experiences over the whole council register', () => {
  let harness: TestApp;
  let current: RegisterCouncil[];

  beforeAll(async () => {
    harness = await bootTestApp((config) => createApp(config, { logger: false }));
    current = await harness.dataSource.query(
      `SELECT code, type_code AS "typeCode", region, nation FROM council
        WHERE end_date IS NULL OR end_date > current_date ORDER BY code`,
    );
  }, 120_000);
  afterAll(() => harness?.close());

  it('gives every current council a description that at least 5 current councils share', async () => {
    expect(current.length).toBeGreaterThan(300);
    const [first] = current;
    const reader = await signedIn(harness, { council: first!.code });
    const created = await reader.graphql<{ createSupplier: { id: string } }>(CREATE_SUPPLIER, {
      input: { name: 'Whole Register Ltd' },
    });
    expect(created.errors).toBeUndefined();
    const supplier = created.data!.createSupplier.id;

    // One published anonymised experience of every current council.
    const rows: { id: string; council_code: string }[] = await harness.dataSource.query(
      `INSERT INTO supplier_experience (council_code, supplier_id, product, cpv_code, contract_start, contract_end,
         value_band, route_to_market, rating_delivery, rating_value_for_money, rating_support,
         rating_interoperability, rating_exit_and_data_portability, would_buy_again, is_current,
         attribution, status, published_at)
       SELECT code, $1, 'Register-wide product', '48000000-8', '2021-04-01', '2026-03-31',
         'FROM_100K_TO_500K', 'OPEN_PROCEDURE', 3, 3, 3, 3, 3, true, true, 'ANONYMISED', 'PUBLISHED', now()
         FROM unnest($2::text[]) AS code
       RETURNING id, council_code`,
      [supplier, current.map((c) => c.code)],
    );
    const councilOf = new Map(rows.map((row) => [row.id, row.council_code]));
    // Read back as one council's officer sees them, a page at a time.
    const shown = new Map<string, Shown>();
    for (let after: string | null = null; ;) {
      const page: GraphQLResponse<{ supplierExperiences: Page }> = await reader.graphql<{
        supplierExperiences: Page;
      }>(LIST, { id: supplier, after });
      expect(page.errors).toBeUndefined();
      const connection = page.data!.supplierExperiences;
      for (const { node } of connection.edges) shown.set(councilOf.get(node.id)!, node);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(shown.size).toBe(current.length);

    await harness.app.get(SearchIndexer).settle();
    const client = harness.app.get(SearchClient);
    const index = client.meili.index(client.indexName('supplier_experiences'));
    const documents = new Map<string, Record<string, string | undefined>>();
    for (let offset = 0; offset < rows.length; offset += 1000) {
      const batch = await index.getDocuments<Record<string, string | undefined>>({
        filter: 'type = "supplier_experience"',
        limit: 1000,
        offset,
      });
      for (const document of batch.results) documents.set(document['id']!, document);
    }

    const said = new Map<string, Said>();
    for (const council of current) {
      const experience = shown.get(council.code)!;
      const own = council.code === first!.code;
      if (!own) expect(experience.council).toBeNull();
      const document = documents.get(experience.id)!;
      expect(document['summary']!.toLowerCase()).toContain(experience.attributedTo.toLowerCase());
      // The API tells other councils no more of the place than the search document does.
      if (!own) expect(experience.region ?? undefined).toBe(document['region']);
      said.set(council.code, {
        phrase: experience.attributedTo,
        nation: document['nation'],
        region: document['region'],
        councilType: document['councilType'],
      });
    }

    const tooFew: string[] = [];
    for (const council of current) {
      const mine = said.get(council.code)!;
      // The councils a reader who knows the rule could take it for: those given the same words.
      const sameWords = current.filter((c) => said.get(c.code)!.phrase === mine.phrase);
      // And the councils any filter on the document's facets keeps (the council itself among them).
      const sameFacets = current.filter(
        (c) =>
          (mine.nation === undefined || c.nation === mine.nation) &&
          (mine.region === undefined || (c.region ?? c.nation) === mine.region) &&
          (mine.councilType === undefined || c.typeCode === mine.councilType),
      );
      expect(sameFacets.map((c) => c.code)).toContain(council.code);
      if (
        sameWords.length < MIN_COUNCILS_FOR_ANONYMITY ||
        sameFacets.length < MIN_COUNCILS_FOR_ANONYMITY
      )
        tooFew.push(`${council.code}: "${mine.phrase}" (${sameWords.length})`);
    }
    expect(tooFew).toEqual([]);
    // Not every council is "a council": where the register allows, descriptions say more.
    const phrases = new Set([...said.values()].map((s) => s.phrase));
    expect(phrases.size).toBeGreaterThan(10);
    expect(phrases).toContain('a district council in the East Midlands');

    // Searching all of them, no nation, region or type is counted for fewer than 5.
    const result = await harness.app.get(SearchService).run({
      query: 'Whole Register',
      types: ['supplier_experience'],
      limit: 1,
      offset: 0,
      scope: { officer: true, councilCode: first!.code, groupIds: [] },
    });
    expect(result.total).toBe(current.length);
    const small = result.facets
      .filter((f) => ['nation', 'region', 'councilType'].includes(f.attribute))
      .flatMap((f) => f.values.map((v) => ({ attribute: f.attribute, ...v })))
      .filter((v) => v.count < MIN_COUNCILS_FOR_ANONYMITY);
    expect(small).toEqual([]);
  }, 600_000);
});
