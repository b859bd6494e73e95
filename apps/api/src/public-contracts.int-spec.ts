import { ContractSupplierLinkService } from '@lgx/api/feature-contracts';
import { signedIn } from '@lgx/api/testing';

import { bootContractsApp, type ContractsTestApp, daysFromNow } from '../test/public-contracts';

const CONTRACT = `query($ocid: String!) { contract(ocid: $ocid) {
  ocid title description
  buyer { name council { code name } }
  suppliers { name companiesHouseNumber directoryEntry { id name verified } }
  value { amount currency source }
  cpvMain { code label } cpvAdditional { code label }
  procurementMethod procurementMethodDetails isFramework isDynamicMarket
  contractStart { date source certainty } contractEnd { date source certainty }
  maxExtentDate { date source certainty }
  noticeUrls releaseCount lastReleaseDate } }`;
const COUNCIL_CONTRACTS = `query($code: String!, $first: Int, $after: String) {
  councilContracts(councilCode: $code, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ocid } } } }`;
const SUPPLIER_CONTRACTS = `query($id: ID!) { supplierContracts(supplierId: $id) {
  totalCount edges { node { ocid suppliers { name } } } } }`;

const code = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

/** A contract that ends (and, when given, may run to) so many days from now. */
const ending = (ocid: string, endDays: number | null, maxExtentDays?: number) => ({
  ocid,
  body: {
    contracts: [
      {
        id: 'contract',
        awardID: 'award',
        period: {
          ...(endDays === null ? {} : { endDate: daysFromNow(endDays) }),
          ...(maxExtentDays === undefined ? {} : { maxExtentDate: daysFromNow(maxExtentDays) }),
        },
      },
    ],
  },
});

describe('public contracts (contract page, council and supplier lists, supplier links)', () => {
  let harness: ContractsTestApp;
  beforeAll(async () => {
    harness = await bootContractsApp();
  });
  afterAll(() => harness?.close());

  const supplierRows = () =>
    harness.dataSource.query(
      `SELECT id, name, company_number, verified FROM supplier ORDER BY created_at, name`,
    ) as Promise<{ id: string; name: string; company_number: string | null; verified: boolean }[]>;
  const addSupplier = async (name: string, companyNumber: string | null) =>
    (
      await harness.dataSource.query(
        `INSERT INTO supplier (name, company_number) VALUES ($1, $2) RETURNING id`,
        [name, companyNumber],
      )
    )[0].id as string;

  it('gives a visitor the whole record: every date with its source and certainty, a value without currency as stated', async () => {
    await harness.importReleases([
      {
        ocid: 'ocds-test-record-1',
        suppliers: [{ name: 'Record Systems Ltd', companiesHouse: '09876543' }],
        body: {
          tender: {
            id: 'tender',
            title: 'Revenues and benefits system',
            description: 'A hosted system.',
            procurementMethod: 'selective',
            procurementMethodDetails: 'Call-off from a framework',
            techniques: { hasFrameworkAgreement: true },
            classification: { scheme: 'CPV', id: '72000000' },
            items: [{ id: '1', classification: { scheme: 'CPV', id: '48000000' } }],
            contractPeriod: { startDate: '2025-04-01T00:00:00Z' },
            documents: [
              {
                id: 'notice',
                url: 'https://www.contractsfinder.service.gov.uk/Notice/abc',
              },
            ],
          },
          awards: [
            {
              id: 'award',
              status: 'active',
              suppliers: [{ id: 'supplier-0', name: 'Record Systems Ltd' }],
              value: { amount: 125000.5 },
              contractPeriod: { endDate: '2028-03-31T00:00:00Z' },
            },
          ],
          contracts: [
            {
              id: 'contract',
              awardID: 'award',
              period: { maxExtentDate: '2030-03-31T00:00:00Z' },
            },
          ],
        },
      },
    ]);
    const response = await harness.graphql<{ contract: Record<string, unknown> }>(CONTRACT, {
      ocid: 'ocds-test-record-1',
    });
    expect(response.errors).toBeUndefined();
    const entry = (await supplierRows()).find((row) => row.company_number === '09876543')!;
    expect(response.data!.contract).toEqual({
      ocid: 'ocds-test-record-1',
      title: 'Revenues and benefits system',
      description: 'A hosted system.',
      buyer: { name: 'Derby City Council', council: { code: 'DER', name: 'Derby' } },
      suppliers: [
        {
          name: 'Record Systems Ltd',
          companiesHouseNumber: '09876543',
          directoryEntry: { id: entry.id, name: 'Record Systems Ltd', verified: false },
        },
      ],
      value: { amount: '125000.5', currency: null, source: 'AWARD' },
      cpvMain: { code: '72000000', label: expect.stringMatching(/^IT services/) },
      cpvAdditional: [{ code: '48000000', label: 'Software package and information systems' }],
      procurementMethod: 'selective',
      procurementMethodDetails: 'Call-off from a framework',
      isFramework: true,
      isDynamicMarket: null,
      contractStart: {
        date: '2025-04-01T00:00:00.000Z',
        source: 'TENDER_ESTIMATE',
        certainty: 'ESTIMATED',
      },
      contractEnd: { date: '2028-03-31T00:00:00.000Z', source: 'AWARD', certainty: 'EXPECTED' },
      maxExtentDate: {
        date: '2030-03-31T00:00:00.000Z',
        source: 'CONTRACT',
        certainty: 'CONFIRMED',
      },
      noticeUrls: ['https://www.contractsfinder.service.gov.uk/Notice/abc'],
      releaseCount: 1,
      lastReleaseDate: '2025-01-15T10:00:00.000Z',
    });
  });

  it('answers an unknown ocid, or an absurd one, with NOT_FOUND', async () => {
    for (const ocid of ['ocds-nothing-here', 'x'.repeat(5000), '  ']) {
      const response = await harness.graphql(CONTRACT, { ocid });
      expect(code(response)).toBe('NOT_FOUND');
      expect(response.errors![0]!.message).toMatch(/No public contract has that id/);
    }
  });

  it("lists a council's current contracts ending soon first, by latest possible end, without ended ones, in pages", async () => {
    await harness.importReleases([
      ending('ocds-test-ends-200', 200),
      ending('ocds-test-extends-400', 30, 400),
      ending('ocds-test-ends-60', 60),
      ending('ocds-test-ended', -10),
      ending('ocds-test-ended-may-extend', -10, 90),
      ending('ocds-test-no-end', null),
      {
        ...ending('ocds-test-other-council', 20),
        buyer: { name: 'Kent County Council', councilCode: 'KEN' },
      },
    ]);
    const all = await harness.graphql<{
      councilContracts: { totalCount: number; edges: { node: { ocid: string } }[] };
    }>(COUNCIL_CONTRACTS, { code: 'der' });
    expect(all.errors).toBeUndefined();
    expect(all.data!.councilContracts.edges.map((edge) => edge.node.ocid)).toEqual([
      'ocds-test-ends-60',
      'ocds-test-ended-may-extend',
      'ocds-test-ends-200',
      'ocds-test-extends-400',
      'ocds-test-record-1',
    ]);
    expect(all.data!.councilContracts.totalCount).toBe(5);

    type Page = {
      councilContracts: {
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { ocid: string } }[];
      };
    };
    const first = await harness.graphql<Page>(COUNCIL_CONTRACTS, { code: 'DER', first: 2 });
    const second = await harness.graphql<Page>(COUNCIL_CONTRACTS, {
      code: 'DER',
      first: 2,
      after: first.data!.councilContracts.pageInfo.endCursor,
    });
    expect(first.data!.councilContracts.pageInfo.hasNextPage).toBe(true);
    expect(second.data!.councilContracts.edges.map((edge) => edge.node.ocid)).toEqual([
      'ocds-test-ends-200',
      'ocds-test-extends-400',
    ]);
  });

  it('refuses an unknown council and a forged cursor with their codes', async () => {
    expect(code(await harness.graphql(COUNCIL_CONTRACTS, { code: 'NOPE' }))).toBe('NOT_FOUND');
    expect(code(await harness.graphql(COUNCIL_CONTRACTS, { code: 'DER', after: 'bad' }))).toBe(
      'BAD_CURSOR',
    );
  });

  it('links suppliers by Companies House number, then by a unique name, else to a new unverified entry; and again changes nothing', async () => {
    const acme = await addSupplier('Acme Software Ltd', '01234567');
    const civica = await addSupplier('Civica UK Ltd', null);
    const twin = await addSupplier('Twin Name Ltd', '11111111');
    await harness.importReleases([
      {
        ocid: 'ocds-test-links',
        suppliers: [
          // Leading zero dropped, as spreadsheets do; the name differs too.
          { name: 'ACME SOFTWARE LIMITED', companiesHouse: '1234567' },
          { name: 'Civica UK Limited' },
          // Same name, different number: a different company.
          { name: 'Twin Name Ltd', companiesHouse: '22222222' },
          { name: 'Brand New Services & Co' },
        ],
      },
    ]);
    const entries = async () =>
      (
        await harness.graphql<{
          contract: { suppliers: { directoryEntry: { id: string; verified: boolean } }[] };
        }>(CONTRACT, { ocid: 'ocds-test-links' })
      ).data!.contract.suppliers.map((supplier) => supplier.directoryEntry);
    const linked = await entries();
    expect(linked.slice(0, 2)).toEqual([
      { id: acme, name: 'Acme Software Ltd', verified: true },
      { id: civica, name: 'Civica UK Ltd', verified: true },
    ]);
    expect(linked[2]).toMatchObject({ name: 'Twin Name Ltd', verified: false });
    expect(linked[2]!.id).not.toBe(twin);
    expect(linked[3]).toMatchObject({ name: 'Brand New Services & Co', verified: false });
    const newTwin = (await supplierRows()).find((row) => row.id === linked[2]!.id);
    expect(newTwin?.company_number).toBe('22222222');

    const before = await supplierRows();
    expect(await harness.app.get(ContractSupplierLinkService).linkSuppliers()).toBe(0);
    // A later release rewrites the process's suppliers: relinking finds the same entries.
    await harness.importReleases([
      {
        ocid: 'ocds-test-links',
        id: 'ocds-test-links-2',
        date: '2025-02-01T10:00:00Z',
        suppliers: [
          { name: 'Acme Software Ltd', companiesHouse: '01234567' },
          { name: 'civica uk ltd' },
          { name: 'Twin Name Ltd', companiesHouse: '22222222' },
          { name: 'Brand New Services and Co.' },
        ],
      },
    ]);
    expect(await supplierRows()).toEqual(before);
    expect(await entries()).toEqual(linked);
  });

  it("lists a supplier's public contracts to a visitor, and refuses an unknown supplier", async () => {
    const [acme] = await harness.dataSource.query(
      `SELECT id FROM supplier WHERE company_number = '01234567'`,
    );
    const response = await harness.graphql<{
      supplierContracts: { totalCount: number; edges: { node: { ocid: string } }[] };
    }>(SUPPLIER_CONTRACTS, { id: acme.id });
    expect(response.errors).toBeUndefined();
    expect(response.data!.supplierContracts.totalCount).toBe(1);
    expect(response.data!.supplierContracts.edges[0]!.node.ocid).toBe('ocds-test-links');
    expect(
      code(
        await harness.graphql(SUPPLIER_CONTRACTS, { id: '00000000-0000-4000-8000-000000000000' }),
      ),
    ).toBe('NOT_FOUND');
    // Every ID argument that is not a UUID is refused before it reaches the feature.
    expect(code(await harness.graphql(SUPPLIER_CONTRACTS, { id: 'not-a-uuid' }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('follows a merge: the contract links to the entry that stays, which lists the contract', async () => {
    await harness.importReleases([
      { ocid: 'ocds-test-merge', suppliers: [{ name: 'Merge Me Services' }] },
    ]);
    const [made] = await harness.dataSource.query(
      `SELECT id FROM supplier WHERE name = 'Merge Me Services' AND NOT verified`,
    );
    const survivor = await addSupplier('Merge Me Services Group', null);
    const moderator = await signedIn(harness, { platformRole: 'MODERATOR' });
    const merged = await moderator.graphql(
      `mutation($d: ID!, $i: ID!) { mergeSuppliers(duplicateId: $d, intoId: $i) { id } }`,
      { d: made.id, i: survivor },
    );
    expect(merged.errors).toBeUndefined();
    const contract = await harness.graphql<{
      contract: { suppliers: { directoryEntry: { id: string; verified: boolean } }[] };
    }>(CONTRACT, { ocid: 'ocds-test-merge' });
    expect(contract.data!.contract.suppliers[0]!.directoryEntry).toMatchObject({
      id: survivor,
      verified: true,
    });
    const listed = await harness.graphql<{
      supplierContracts: { edges: { node: { ocid: string } }[] };
    }>(SUPPLIER_CONTRACTS, { id: survivor });
    expect(listed.data!.supplierContracts.edges.map((edge) => edge.node.ocid)).toEqual([
      'ocds-test-merge',
    ]);
  });

  it('verifies an entry made from a notice once a moderator corrects it', async () => {
    await harness.importReleases([
      { ocid: 'ocds-test-verify', suppliers: [{ name: 'Check Me Ltd' }] },
    ]);
    const [made] = await harness.dataSource.query(
      `SELECT id, verified FROM supplier WHERE name = 'Check Me Ltd'`,
    );
    expect(made.verified).toBe(false);
    const moderator = await signedIn(harness, { platformRole: 'MODERATOR' });
    const corrected = await moderator.graphql<{ updateSupplier: { verified: boolean } }>(
      `mutation($id: ID!, $input: SupplierInput!) { updateSupplier(id: $id, input: $input) { verified } }`,
      { id: made.id, input: { name: 'Check Me Ltd', companyNumber: '04444444' } },
    );
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data!.updateSupplier.verified).toBe(true);
  });
});
