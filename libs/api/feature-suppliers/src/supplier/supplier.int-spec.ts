import { VISITOR } from '@lgx/api/core/auth';
import { ContractEndings } from '@lgx/api/core/contracts';
import { SearchIndexer } from '@lgx/api/core/search';
import { signedIn } from '@lgx/api/testing';

import {
  CREATE_EXPERIENCE,
  CREATE_SUPPLIER,
  errorCode,
  experience,
  experienceInput,
  fieldsOf,
  newSupplier,
  useSuppliersDirectory,
} from '../test/suppliers-test-app';

const UPDATE_SUPPLIER = `mutation($id: ID!, $input: SupplierInput!) { updateSupplier(id: $id, input: $input) { id name companyNumber } }`;
const MERGE = `mutation($duplicateId: ID!, $intoId: ID!) { mergeSuppliers(duplicateId: $duplicateId, intoId: $intoId) { id name companyNumber categories { code } } }`;
const SUPPLIER = `query($id: ID!) { supplier(id: $id) { id name } }`;
const SUPPLIERS = `query($query: String) { suppliers(query: $query, first: 10) { totalCount edges { node { id name } } } }`;
const RATINGS = `query($id: ID!) { supplierRatings(supplierId: $id) { enoughExperiences experienceCount councilCount wouldBuyAgain dimensions { dimension label average count distribution } } }`;
const EXPERIENCES = `query($id: ID!) { supplierExperiences(supplierId: $id, first: 50) { totalCount edges { node { id supplierId } } } }`;

describe('the supplier directory', () => {
  const directory = useSuppliersDirectory();

  it('lets a verified directory.officer add a supplier, with a normalised Companies House number and CPV categories', async () => {
    const created = await directory.officer.graphql<{ createSupplier: Record<string, unknown> }>(
      CREATE_SUPPLIER,
      {
        input: {
          name: '  Civica   UK ',
          companyNumber: 'sc 123456',
          website: 'https://www.civica.com',
          cpvCodes: ['48000000', '72000000-5'],
        },
      },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createSupplier).toMatchObject({
      name: 'Civica UK',
      companyNumber: 'SC123456',
      categories: [
        { code: '48000000-8', label: 'Software package and information systems' },
        { code: '72000000-5' },
      ],
    });
    await directory.harness.app.get(SearchIndexer).settle();
    const found = await directory.officer.graphql<{ suppliers: { totalCount: number } }>(
      SUPPLIERS,
      {
        query: 'civica',
      },
    );
    expect(found.data!.suppliers.totalCount).toBe(1);
  });

  it('refuses bad input naming the field, and changes nothing', async () => {
    await newSupplier(directory.harness, 'Existing Ltd', { companyNumber: '01234567' });
    const [{ n: before }] = await directory.harness.dataSource.query(
      `SELECT count(*)::int AS n FROM supplier`,
    );
    const cases: [object, string][] = [
      [{ name: '' }, 'name'],
      [{ name: 'A', companyNumber: '1234567' }, 'companyNumber'],
      [{ name: 'A', companyNumber: 'XX123456' }, 'companyNumber'],
      [{ name: 'A', website: 'javascript:alert(1)' }, 'website'],
      [{ name: 'A', cpvCodes: ['12345678-9'] }, 'cpvCodes'],
      [{ name: 'existing ltd' }, 'name'],
      [{ name: 'B', companyNumber: '01234567' }, 'companyNumber'],
    ];
    for (const [input, field] of cases) {
      const response = await directory.officer.graphql(CREATE_SUPPLIER, { input });
      expect({ field, code: errorCode(response), fields: fieldsOf(response) }).toEqual({
        field,
        code: 'BAD_USER_INPUT',
        fields: [field],
      });
    }
    const [{ n: after }] = await directory.harness.dataSource.query(
      `SELECT count(*)::int AS n FROM supplier`,
    );
    expect(after).toBe(before);
  });

  it('is for verified officers only; moderators correct suppliers, officers cannot', async () => {
    const id = await newSupplier(directory.harness, 'Capita Business Services');
    const visitor = await directory.harness.graphql(SUPPLIER, { id });
    expect(errorCode(visitor)).toBe('UNAUTHENTICATED');
    const unverified = await signedIn(directory.harness, { unverified: true, council: 'DER' });
    expect(errorCode(await unverified.graphql(SUPPLIER, { id }))).toBe('FORBIDDEN');
    expect(errorCode(await unverified.graphql(SUPPLIERS, {}))).toBe('FORBIDDEN');
    expect(
      errorCode(await unverified.graphql(CREATE_SUPPLIER, { input: { name: 'Sneaky' } })),
    ).toBe('FORBIDDEN');
    const correction = { input: { name: 'Capita plc', companyNumber: '02081330' } };
    expect(errorCode(await directory.officer.graphql(UPDATE_SUPPLIER, { id, ...correction }))).toBe(
      'FORBIDDEN',
    );
    const corrected = await directory.moderator.graphql<{ updateSupplier: { name: string } }>(
      UPDATE_SUPPLIER,
      { id, ...correction },
    );
    expect(corrected.data!.updateSupplier).toMatchObject({ name: 'Capita plc' });
    const [audit] = await directory.harness.dataSource.query(
      `SELECT action FROM audit_event WHERE action = 'supplier.correct' AND target_id = $1`,
      [id],
    );
    expect(audit).toBeDefined();
  });

  it('merges a duplicate into the supplier that stays, keeping every experience', async () => {
    const author = await signedIn(directory.harness, { council: 'SKP' });
    const survivor = await newSupplier(directory.harness, 'Northgate Public Services', {
      cpvCodes: ['48000000-8'],
    });
    const duplicate = await newSupplier(directory.harness, 'Northgate PS', {
      companyNumber: '00968498',
      cpvCodes: ['72000000-5'],
    });
    const published = await experience(author, directory.moderator, duplicate);
    const submitted = await experience(author, null, duplicate);
    const kept = await experience(author, directory.moderator, survivor);
    expect(
      errorCode(
        await directory.officer.graphql(MERGE, { duplicateId: duplicate, intoId: survivor }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      fieldsOf(
        await directory.moderator.graphql(MERGE, { duplicateId: survivor, intoId: survivor }),
      ),
    ).toEqual(['intoId']);
    const merged = await directory.moderator.graphql<{ mergeSuppliers: Record<string, unknown> }>(
      MERGE,
      {
        duplicateId: duplicate,
        intoId: survivor,
      },
    );
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergeSuppliers).toEqual({
      id: survivor,
      name: 'Northgate Public Services',
      companyNumber: '00968498',
      categories: [{ code: '48000000-8' }, { code: '72000000-5' }],
    });
    const rows: { id: string; supplier_id: string }[] = await directory.harness.dataSource.query(
      `SELECT id, supplier_id FROM supplier_experience WHERE id = ANY($1)`,
      [[published, submitted, kept]],
    );
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((row) => row.supplier_id))).toEqual(new Set([survivor]));
    const listed = await directory.officer.graphql<{
      supplierExperiences: { totalCount: number; edges: { node: { id: string } }[] };
    }>(EXPERIENCES, { id: survivor });
    expect(listed.data!.supplierExperiences.edges.map((e) => e.node.id).sort()).toEqual(
      [published, kept].sort(),
    );
    // The old link leads to the supplier that stayed; the directory lists it once.
    const old = await directory.officer.graphql<{ supplier: { id: string } }>(SUPPLIER, {
      id: duplicate,
    });
    expect(old.data!.supplier.id).toBe(survivor);
    await directory.harness.app.get(SearchIndexer).settle();
    const list = await directory.officer.graphql<{ suppliers: { totalCount: number } }>(SUPPLIERS, {
      query: 'Northgate',
    });
    expect(list.data!.suppliers.totalCount).toBe(1);
    const [audit] = await directory.harness.dataSource.query(
      `SELECT details FROM audit_event WHERE action = 'supplier.merge' AND target_id = $1`,
      [survivor],
    );
    expect(audit.details).toEqual({ merged: duplicate, experiencesMoved: 2 });
  });

  it('shows ratings only from published experiences of at least three councils', async () => {
    const supplier = await newSupplier(directory.harness, 'Idox Software');
    const derby = await signedIn(directory.harness, { council: 'DER' });
    const nottingham = await signedIn(directory.harness, { council: 'NOT' });
    const kent = await signedIn(directory.harness, { council: 'KEN' });
    const ratings = async () =>
      (
        await directory.officer.graphql<{ supplierRatings: Record<string, unknown> }>(RATINGS, {
          id: supplier,
        })
      ).data!.supplierRatings;
    const notEnough = {
      enoughExperiences: false,
      experienceCount: null,
      councilCount: null,
      wouldBuyAgain: null,
      dimensions: [],
    };
    await experience(derby, directory.moderator, supplier, { ratingDelivery: 5 });
    await experience(derby, directory.moderator, supplier, { ratingDelivery: 3 });
    await experience(nottingham, directory.moderator, supplier, {
      ratingDelivery: 4,
      wouldBuyAgain: false,
    });
    // A third council's experience still in moderation does not count.
    const pending = await experience(kent, null, supplier, { ratingDelivery: 1 });
    expect(await ratings()).toEqual(notEnough);
    await directory.moderator.graphql(
      `mutation($id: ID!) { publishSupplierExperience(id: $id) { id } }`,
      {
        id: pending,
      },
    );
    const shown = await ratings();
    expect(shown).toMatchObject({
      enoughExperiences: true,
      experienceCount: 4,
      councilCount: 3,
      wouldBuyAgain: 3,
    });
    expect((shown['dimensions'] as unknown[])[0]).toEqual({
      dimension: 'delivery',
      label: 'Delivery',
      average: 3.3,
      count: 4,
      distribution: [1, 0, 1, 1, 1],
    });
    expect(errorCode(await directory.harness.graphql(RATINGS, { id: supplier }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('gives the renewal radar contract end dates only where the reader may know of them', async () => {
    const supplier = await newSupplier(directory.harness, 'Radar Systems Ltd');
    const skp = await signedIn(directory.harness, { council: 'SKP' });
    const ken = await signedIn(directory.harness, { council: 'KEN' });
    const window = { contractEnd: '2027-06-30', cpvCode: '72000000-5' };
    await experience(skp, directory.moderator, supplier, { ...window, attribution: 'NAMED' });
    await experience(skp, directory.moderator, supplier, {
      ...window,
      contractEnd: '2027-07-31',
      attribution: 'ANONYMISED',
    });
    await experience(skp, null, supplier, { ...window, contractEnd: '2027-08-31' });
    await experience(ken, directory.moderator, supplier, { ...window, cpvCode: '48000000-8' });
    const endings = directory.harness.app.get(ContractEndings);
    const actorOf = async (options: Parameters<typeof signedIn>[1]) => {
      const session = await signedIn(directory.harness, options);
      const [row] = await directory.harness.dataSource.query(
        `SELECT m.council_code, m.role, a.platform_role FROM account a LEFT JOIN council_membership m ON m.account_id = a.id WHERE a.id = $1`,
        [session.accountId],
      );
      return {
        userId: session.accountId,
        emailVerified: !options?.unverified,
        council: row.council_code ? { code: row.council_code, role: row.role } : undefined,
        platformRoles: row.platform_role ? [row.platform_role] : [],
        mfaChallengePending: false,
        mfaEnrolmentRequired: false,
      };
    };
    const find = async (reader: Awaited<ReturnType<typeof actorOf>> | typeof VISITOR) =>
      (
        await endings.find({
          cpvCodes: ['72500000-0'],
          endsFrom: '2027-01-01',
          endsTo: '2027-12-31',
          reader,
        })
      )
        .filter((ending) => ending.supplierName === 'Radar Systems Ltd')
        .map((ending) => `${ending.councilCode} ${ending.endsOn}`);
    // Stockport sees all three of its own, Nottingham only the published named one.
    expect(await find(await actorOf({ council: 'SKP' }))).toEqual([
      'SKP 2027-06-30',
      'SKP 2027-07-31',
      'SKP 2027-08-31',
    ]);
    expect(await find(await actorOf({ council: 'NOT' }))).toEqual(['SKP 2027-06-30']);
    expect(await find(await actorOf({ platformRole: 'MODERATOR' }))).toEqual(['SKP 2027-06-30']);
    expect(await find(await actorOf({ unverified: true }))).toEqual([]);
    expect(await find(VISITOR)).toEqual([]);
    // Same division (48) only, and only the councils asked about.
    const software = await endings.find({
      cpvCodes: ['48100000-9'],
      endsFrom: '2027-01-01',
      endsTo: '2027-12-31',
      councilCodes: ['KEN'],
      reader: await actorOf({ council: 'DER' }),
    });
    expect(software.filter((e) => e.supplierName === 'Radar Systems Ltd')).toEqual([
      expect.objectContaining({
        source: 'SUPPLIER_EXPERIENCE',
        councilCode: 'KEN',
        cpvCode: '48000000-8',
        endsOn: '2027-06-30',
        supplierName: 'Radar Systems Ltd',
        suppliers: [
          { name: 'Radar Systems Ltd', companiesHouseNumber: null, nameKey: 'radar systems' },
        ],
      }),
    ]);
  });

  it('refuses an experience for an unknown supplier, naming the field', async () => {
    const response = await directory.officer.graphql(CREATE_EXPERIENCE, {
      input: experienceInput('00000000-0000-4000-8000-000000000000'),
    });
    expect(fieldsOf(response)).toEqual(['supplierId']);
  });
});
