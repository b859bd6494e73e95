import { SearchClient, SearchIndexer, SearchService } from '@lgx/api/core/search';
import { signedIn } from '@lgx/api/testing';

import { errorCode, newSupplier, useSuppliersDirectory } from '../test/suppliers-test-app';

const SUPPLIERS = `query($query: String, $first: Int, $after: String) { suppliers(query: $query, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }`;
const UPDATE_SUPPLIER = `mutation($id: ID!, $input: SupplierInput!) { updateSupplier(id: $id, input: $input) { id name } }`;
const MERGE = `mutation($duplicateId: ID!, $intoId: ID!) { mergeSuppliers(duplicateId: $duplicateId, intoId: $intoId) { id } }`;

interface Directory {
  suppliers: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; name: string } }[];
  };
}

describe('finding a supplier in the directory (Meilisearch)', () => {
  const directory = useSuppliersDirectory();

  const settle = () => directory.harness.app.get(SearchIndexer).settle();
  const find = async (query: string, extra: { first?: number; after?: string } = {}) => {
    const response = await directory.officer.graphql<Directory>(SUPPLIERS, {
      query,
      first: 10,
      ...extra,
    });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.suppliers;
  };
  const names = async (query: string) => (await find(query)).edges.map((edge) => edge.node.name);

  it('finds a supplier by a misspelt or unfinished name, best match first', async () => {
    await newSupplier(directory.harness, 'Capita Business Services', { companyNumber: '02081330' });
    await newSupplier(directory.harness, 'Civica UK', { cpvCodes: ['48000000-8'] });
    await newSupplier(directory.harness, 'Northgate Public Services');
    await newSupplier(directory.harness, 'Northgate Pensions Ltd');
    await settle();

    expect(await names('Capta')).toEqual(['Capita Business Services']);
    expect(await names('Capita Busness')).toEqual(['Capita Business Services']);
    expect(await names('Civca')).toEqual(['Civica UK']);
    expect((await names('Northgat')).sort()).toEqual([
      'Northgate Pensions Ltd',
      'Northgate Public Services',
    ]);
    // The one holding every word comes first; the other still follows.
    expect(await names('Northgate Publc')).toEqual([
      'Northgate Public Services',
      'Northgate Pensions Ltd',
    ]);
    // By Companies House number, and by category.
    expect(await names('02081330')).toEqual(['Capita Business Services']);
    expect(await names('software package')).toEqual(['Civica UK']);
    // Without a query the directory is still every supplier, A to Z.
    const all = await directory.officer.graphql<Directory>(SUPPLIERS, { first: 100 });
    const listed = all.data!.suppliers.edges.map((edge) => edge.node.name);
    expect(listed).toEqual([...listed].sort((a, b) => a.localeCompare(b)));
    expect(listed).toContain('Northgate Pensions Ltd');
  });

  it('pages through matches without repeating one, and refuses a cursor it did not make', async () => {
    const ids = [];
    for (const town of ['Ashford', 'Barnet', 'Crawley', 'Dover', 'Epsom'])
      ids.push(await newSupplier(directory.harness, `Quarrybank Waste ${town}`));
    await settle();
    const seen: string[] = [];
    let after: string | undefined;
    const pages: number[] = [];
    for (;;) {
      const page = await find('Quarybank Waste', { first: 2, ...(after ? { after } : {}) });
      expect(page.totalCount).toBe(5);
      pages.push(page.edges.length);
      seen.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(pages).toEqual([2, 2, 1]);
    expect([...seen].sort()).toEqual([...ids].sort());

    // An A-to-Z cursor means nothing to a search, and a search cursor nothing to the list.
    const azCursor = (await directory.officer.graphql<Directory>(SUPPLIERS, { first: 1 })).data!
      .suppliers.pageInfo.endCursor;
    const mixed = await directory.officer.graphql(SUPPLIERS, {
      query: 'Quarrybank',
      after: azCursor,
    });
    expect(errorCode(mixed)).toBe('BAD_CURSOR');
    const searchCursor = (await find('Quarrybank', { first: 1 })).pageInfo.endCursor;
    expect(errorCode(await directory.officer.graphql(SUPPLIERS, { after: searchCursor }))).toBe(
      'BAD_CURSOR',
    );
  });

  it('takes a merged supplier out of the index; the one it was merged into is found, by either name', async () => {
    const survivor = await newSupplier(directory.harness, 'Zephyrine Revenues Limited');
    const duplicate = await newSupplier(directory.harness, 'Zephyrine Revs');
    await settle();
    expect((await find('Zephyrine')).totalCount).toBe(2);

    const merged = await directory.moderator.graphql(MERGE, {
      duplicateId: duplicate,
      intoId: survivor,
    });
    expect(merged.errors).toBeUndefined();
    await settle();

    const client = directory.harness.app.get(SearchClient);
    const index = client.meili.index(client.indexName('suppliers'));
    const documents = await index.getDocuments({ ids: [duplicate, survivor], limit: 10 });
    expect(documents.results).toEqual([
      expect.objectContaining({ id: survivor, formerNames: ['Zephyrine Revs'] }),
    ]);
    const byOldName = await find('Zephyrin Revs');
    expect(byOldName.edges.map((edge) => edge.node.id)).toEqual([survivor]);
    expect(byOldName.totalCount).toBe(1);
  });

  it('finds a supplier by its corrected name once a directory.moderator renames it', async () => {
    const id = await newSupplier(directory.harness, 'Oldhaven Digital');
    await settle();
    expect((await find('Oldhaven')).edges.map((edge) => edge.node.id)).toEqual([id]);
    const renamed = await directory.moderator.graphql(UPDATE_SUPPLIER, {
      id,
      input: { name: 'Brightwater Digital' },
    });
    expect(renamed.errors).toBeUndefined();
    await settle();
    expect((await find('Brightwatr')).edges.map((edge) => edge.node)).toEqual([
      { id, name: 'Brightwater Digital' },
    ]);
    expect((await find('Oldhaven')).totalCount).toBe(0);
  });

  it('is for verified officers: visitors and unverified accounts find no supplier, nor a count of them', async () => {
    await newSupplier(directory.harness, 'Kestrelmoor Payroll');
    await settle();
    const unverified = await signedIn(directory.harness, { unverified: true, council: 'DER' });
    expect(errorCode(await directory.harness.graphql(SUPPLIERS, { query: 'Kestrelmoor' }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorCode(await unverified.graphql(SUPPLIERS, { query: 'Kestrelmoor' }))).toBe(
      'FORBIDDEN',
    );
    // Across every type, as the site's search runs it for each reader.
    const search = directory.harness.app.get(SearchService);
    const run = (officer: boolean) =>
      search.run({
        query: 'Kestrelmor Payroll',
        limit: 20,
        offset: 0,
        scope: { officer, groupIds: [] },
      });
    const asOfficer = await run(true);
    expect(asOfficer.hits.map((hit) => [hit.type, hit.title, hit.url])).toEqual([
      ['supplier', 'Kestrelmoor Payroll', expect.stringMatching(/^\/suppliers\/[0-9a-f-]{36}$/)],
    ]);
    const asVisitor = await run(false);
    expect(asVisitor.total).toBe(0);
    expect(JSON.stringify(asVisitor)).not.toMatch(/supplier|Kestrelmoor/);
  });
});
