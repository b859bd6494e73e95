import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { SearchIndexer } from '@lgx/api/core/search';
import { ContractImportService } from '@lgx/api/feature-contracts';
import { bootTestApp, seedTestCouncils, signedIn, type TestApp } from '@lgx/api/testing';

import { createApp } from './bootstrap';

const SEARCH = `query($q: String, $filters: SearchFiltersInput, $sort: SearchSort) {
  search(query: $q, filters: $filters, sort: $sort, first: 50) {
    totalCount
    edges { node {
      type id title url councilName
      buyerName supplierNames valueAmount valueCurrency contractEnd maxExtentDate
    } }
    facets { attribute label values { value count } }
  }
}`;

interface Hit {
  type: string;
  id: string;
  title: string;
  url: string;
  councilName: string | null;
  buyerName: string | null;
  supplierNames: string[] | null;
  valueAmount: string | null;
  valueCurrency: string | null;
  contractEnd: string | null;
  maxExtentDate: string | null;
}
interface Results {
  search: {
    totalCount: number;
    edges: { node: Hit }[];
    facets: { attribute: string; label: string; values: { value: string; count: number }[] }[];
  };
}

const YEAR = new Date().getUTCFullYear();

interface Contract {
  ocid: string;
  title: string;
  description?: string;
  buyer: { name: string; council?: string };
  suppliers?: string[];
  value?: { amount: number; currency?: string };
  cpv?: string[];
  end?: string;
  maxExtent?: string;
  date?: string;
}

/** One OCDS 1.1 award release of a contract, shaped like Contracts Finder's. */
function release(contract: Contract, id = `${contract.ocid}-award-1`) {
  const [main, ...additional] = contract.cpv ?? [];
  const suppliers = (contract.suppliers ?? []).map((name, n) => ({ id: `S${n}`, name }));
  return {
    ocid: contract.ocid,
    id,
    date: contract.date ?? `${YEAR - 1}-02-01T10:00:00Z`,
    tag: ['award'],
    initiationType: 'tender',
    parties: [
      {
        id: 'B1',
        name: contract.buyer.name,
        roles: ['buyer'],
        ...(contract.buyer.council
          ? { identifier: { scheme: 'GB-LAE', id: contract.buyer.council } }
          : {}),
      },
      ...suppliers.map((supplier) => ({ ...supplier, roles: ['supplier'] })),
    ],
    buyer: { id: 'B1', name: contract.buyer.name },
    tender: {
      id: 'T1',
      title: contract.title,
      description: contract.description ?? contract.title,
      ...(main ? { classification: { scheme: 'CPV', id: main } } : {}),
      ...(additional.length > 0
        ? {
            items: [
              {
                id: '1',
                additionalClassifications: additional.map((id) => ({ scheme: 'CPV', id })),
              },
            ],
          }
        : {}),
    },
    awards: [
      {
        id: 'A1',
        status: 'active',
        suppliers,
        ...(contract.value ? { value: contract.value } : {}),
        ...(contract.end
          ? {
              contractPeriod: {
                startDate: `${YEAR - 1}-04-01T00:00:00Z`,
                endDate: contract.end,
                ...(contract.maxExtent ? { maxExtentDate: contract.maxExtent } : {}),
              },
            }
          : {}),
      },
    ],
  };
}

/** Pemberley is in every description here, so these tests count only their own contracts. */
const BASE: Contract[] = [
  {
    ocid: 'ocds-lgxs01-highways',
    title: 'Highways maintenance term contract',
    description: 'Pemberley roads: reactive repairs and resurfacing.',
    buyer: { name: 'DERBY CITY COUNCIL', council: 'DER' },
    suppliers: ['Tarmac Trading Ltd'],
    value: { amount: 450000, currency: 'GBP' },
    cpv: ['45233140-2'],
    end: `${YEAR + 1}-03-31T00:00:00Z`,
    maxExtent: `${YEAR + 3}-03-31T00:00:00Z`,
    date: `${YEAR - 1}-03-01T10:00:00Z`,
  },
  {
    ocid: 'ocds-lgxs01-library',
    title: 'Library management system',
    description: 'Pemberley libraries: catalogue, loans and self-service.',
    buyer: { name: 'Nottingham City Council', council: 'NOT' },
    suppliers: ['Civica UK Ltd'],
    value: { amount: 80000, currency: 'GBP' },
    cpv: ['48000000-8', '72000000-5'],
    end: `${YEAR + 2}-06-30T00:00:00Z`,
    date: `${YEAR - 1}-05-01T10:00:00Z`,
  },
  {
    ocid: 'ocds-lgxs01-vehicles',
    title: 'Refuse collection vehicles',
    description: 'Pemberley depot: twelve new vehicles.',
    buyer: { name: 'Kent County Council', council: 'KEN' },
    suppliers: ['Dennis Eagle Ltd'],
    value: { amount: 2500000 },
    cpv: ['34144511-3'],
    end: `${YEAR + 5}-01-31T00:00:00Z`,
    date: `${YEAR - 1}-01-01T10:00:00Z`,
  },
  {
    ocid: 'ocds-lgxs01-parks',
    title: 'Parks grounds maintenance',
    description: 'Pemberley parks: mowing and planting.',
    buyer: { name: 'Derby City Council - Parks', council: 'DER' },
    suppliers: ['Idverde Ltd', 'Tarmac Trading Ltd'],
    value: { amount: 30000, currency: 'EUR' },
    cpv: ['45000000-7'],
    end: `${YEAR - 2}-01-31T00:00:00Z`,
    date: `${YEAR - 1}-04-01T10:00:00Z`,
  },
  {
    ocid: 'ocds-lgxs01-housing',
    title: 'Housing repairs framework',
    description: 'Pemberley estates: responsive repairs.',
    buyer: { name: 'Pemberley Homes Housing Association' },
    date: `${YEAR - 1}-06-01T10:00:00Z`,
  },
];

describe('public contracts in search (PostgreSQL and Meilisearch)', () => {
  let harness: TestApp;
  let dir: string;

  const settle = () => harness.app.get(SearchIndexer).settle();
  const load = async (contracts: Contract[], name = 'contracts.json') => {
    const file = path.join(dir, name);
    await writeFile(file, JSON.stringify({ releases: contracts.map((c) => release(c)) }));
    const report = await harness.app.get(ContractImportService).importFile(file);
    expect(report.refused).toEqual([]);
    await settle();
  };
  const search = async (
    variables: { q?: string; filters?: object; sort?: string },
    graphql: TestApp['graphql'] = harness.graphql,
  ) => {
    const response = await graphql<Results>(SEARCH, {
      ...variables,
      filters: { types: ['CONTRACT'], ...variables.filters },
    });
    expect(response.errors).toBeUndefined();
    return response.data!.search;
  };
  const titles = (results: Results['search']) => results.edges.map((edge) => edge.node.title);
  const facet = (results: Results['search'], attribute: string) =>
    Object.fromEntries(
      (results.facets.find((f) => f.attribute === attribute)?.values ?? []).map((v) => [
        v.value,
        v.count,
      ]),
    );

  beforeAll(async () => {
    harness = await bootTestApp((config) =>
      createApp(config, { logger: false, importCouncils: false }),
    );
    await seedTestCouncils(harness.dataSource);
    dir = await mkdtemp(path.join(tmpdir(), 'lgx-contract-search-'));
    await load(BASE);
  });
  afterAll(async () => {
    await harness?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('offers a visitor contracts, with their facets and sorts', async () => {
    const response = await harness.graphql<{
      searchContentTypes: {
        key: string;
        facets: { attribute: string; label: string }[];
        sorts: { key: string }[];
      }[];
    }>(`{ searchContentTypes { key facets { attribute label } sorts { key } } }`);
    const contract = response.data!.searchContentTypes.find((type) => type.key === 'CONTRACT')!;
    expect(contract.facets).toEqual([
      { attribute: 'cpvDivision', label: 'CPV division' },
      { attribute: 'buyerCouncil', label: 'Buyer council' },
      { attribute: 'supplier', label: 'Supplier' },
      { attribute: 'valueBand', label: 'Value' },
      { attribute: 'endYear', label: 'End year' },
    ]);
    expect(contract.sorts.map((sort) => sort.key)).toEqual(['NEWEST', 'ENDING_SOONEST']);
  });

  it('finds a contract by a misspelt title, for a visitor, with its buyer, suppliers, value and end', async () => {
    const results = await search({ q: 'Highwys maintenence' });
    expect(results.edges[0]!.node).toEqual({
      type: 'CONTRACT',
      id: 'ocds-lgxs01-highways',
      title: 'Highways maintenance term contract',
      url: '/contracts/ocds-lgxs01-highways',
      councilName: 'Derby',
      buyerName: 'DERBY CITY COUNCIL',
      supplierNames: ['Tarmac Trading Ltd'],
      valueAmount: '450000',
      valueCurrency: 'GBP',
      contractEnd: `${YEAR + 1}-03-31T00:00:00.000Z`,
      maxExtentDate: `${YEAR + 3}-03-31T00:00:00.000Z`,
    });
    // Without any type chosen too: contracts are among what anyone finds.
    const everything = await harness.graphql<Results>(SEARCH, { q: 'Librery managment' });
    expect(everything.data!.search.edges.map((edge) => edge.node.type)).toContain('CONTRACT');
  });

  it('counts each facet and filters by it', async () => {
    const all = await search({ q: 'Pemberley' });
    expect(all.totalCount).toBe(5);
    expect(facet(all, 'buyerCouncil')).toEqual({ Derby: 2, Nottingham: 1, Kent: 1 });
    expect(facet(all, 'supplier')).toEqual({
      'Tarmac Trading Ltd': 2,
      'Civica UK Ltd': 1,
      'Dennis Eagle Ltd': 1,
      'Idverde Ltd': 1,
    });
    expect(facet(all, 'cpvDivision')).toEqual({
      'Construction work (45)': 2,
      'Software package and information systems (48)': 1,
      'IT services: consulting, software development, Internet and support (72)': 1,
      'Transport equipment and auxiliary products to transportation (34)': 1,
    });
    expect(facet(all, 'valueBand')).toEqual({
      '£100,000 to under £1 million': 1,
      '£25,000 to under £100,000': 1,
      'Value stated without a currency': 1,
      'Value in another currency': 1,
      'Value not stated': 1,
    });
    expect(facet(all, 'endYear')).toEqual({
      [String(YEAR + 3)]: 1,
      [String(YEAR + 2)]: 1,
      [String(YEAR + 5)]: 1,
      [String(YEAR - 2)]: 1,
    });

    const filtered = async (attribute: string, values: string[]) =>
      titles(await search({ q: 'Pemberley', filters: { facets: [{ attribute, values }] } })).sort();
    expect(await filtered('buyerCouncil', ['Derby'])).toEqual([
      'Highways maintenance term contract',
      'Parks grounds maintenance',
    ]);
    expect(await filtered('supplier', ['Tarmac Trading Ltd'])).toEqual([
      'Highways maintenance term contract',
      'Parks grounds maintenance',
    ]);
    expect(
      await filtered('cpvDivision', [
        'IT services: consulting, software development, Internet and support (72)',
      ]),
    ).toEqual(['Library management system']);
    expect(await filtered('valueBand', ['Value stated without a currency'])).toEqual([
      'Refuse collection vehicles',
    ]);
    expect(await filtered('endYear', [String(YEAR + 3)])).toEqual([
      'Highways maintenance term contract',
    ]);
  });

  it('sorts by the soonest to end, among those not ended, and by the newest notice', async () => {
    expect(titles(await search({ q: 'Pemberley', sort: 'ENDING_SOONEST' }))).toEqual([
      'Library management system',
      'Highways maintenance term contract',
      'Refuse collection vehicles',
    ]);
    expect(titles(await search({ q: 'Pemberley', sort: 'NEWEST' }))).toEqual([
      'Housing repairs framework',
      'Library management system',
      'Parks grounds maintenance',
      'Highways maintenance term contract',
      'Refuse collection vehicles',
    ]);
  });

  it('counts contracts, without listing them, in a search without words or a chosen type', async () => {
    const response = await harness.graphql<Results>(SEARCH, {});
    const { edges, facets } = response.data!.search;
    expect(edges.map((edge) => edge.node.type)).not.toContain('CONTRACT');
    const types = facets.find((f) => f.attribute === 'type')?.values ?? [];
    expect(types.find((value) => value.value === 'contract')?.count).toBeGreaterThanOrEqual(5);
  });

  it('shows an officer the same contracts a visitor sees', async () => {
    const officer = await signedIn(harness, { council: 'NOT' });
    const asOfficer = await search({ q: 'Pemberley' }, officer.graphql);
    expect(asOfficer.totalCount).toBe(5);
  });
});
