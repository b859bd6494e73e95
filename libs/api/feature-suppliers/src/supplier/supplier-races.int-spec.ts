import { loseRace, signedIn, type TestSession } from '@lgx/api/testing';

import {
  bootSuppliersApp,
  CREATE_SUPPLIER,
  errorCode,
  fieldsOf,
  type SuppliersTestApp,
} from '../test/suppliers-test-app';

const UPDATE_SUPPLIER = `mutation($id: ID!, $input: SupplierInput!) { updateSupplier(id: $id, input: $input) { id } }`;

/**
 * Issue 13 review: two requests that both check a Companies House number,
 * see it free and insert it, must not end in INTERNAL_SERVER_ERROR for the
 * one the unique index refuses: it gets the duplicate check's field error.
 */
describe('suppliers saved at the same moment', () => {
  let harness: SuppliersTestApp;
  let officer: TestSession;
  let moderator: TestSession;

  beforeAll(async () => {
    harness = await bootSuppliersApp();
    officer = await signedIn(harness, { council: 'DER' });
    moderator = await signedIn(harness, { platformRole: 'MODERATOR' });
  });
  afterAll(() => harness?.close());

  /** Holds an uncommitted supplier with the number until `request`'s insert waits on it. */
  async function losingRace<T>(companyNumber: string, request: () => Promise<T>): Promise<T> {
    return loseRace(
      harness,
      {
        sql: `INSERT INTO supplier (name, company_number) VALUES ($1, $2)`,
        parameters: [`Winner ${companyNumber}`, companyNumber],
      },
      ['INSERT INTO "supplier"%', 'UPDATE "supplier"%'],
      request,
    );
  }

  it('answers a create that loses the race for a Companies House number with the field error', async () => {
    const answer = await losingRace('01234567', () =>
      officer.graphql(CREATE_SUPPLIER, { input: { name: 'Late Ltd', companyNumber: '01234567' } }),
    );
    expect(errorCode(answer)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(answer)).toEqual(['companyNumber']);
    expect(JSON.stringify(answer.errors)).toContain('Winner 01234567');
    const [{ n }] = await harness.dataSource.query(
      `SELECT count(*)::int AS n FROM supplier WHERE company_number = '01234567'`,
    );
    expect(n).toBe(1);
  });

  it('answers a correction that loses the race for a Companies House number with the field error', async () => {
    const created = await officer.graphql<{ createSupplier: { id: string } }>(CREATE_SUPPLIER, {
      input: { name: 'Corrected Ltd' },
    });
    const id = created.data!.createSupplier.id;
    const answer = await losingRace('07654321', () =>
      moderator.graphql(UPDATE_SUPPLIER, {
        id,
        input: { name: 'Corrected Ltd', companyNumber: '07654321' },
      }),
    );
    expect(errorCode(answer)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(answer)).toEqual(['companyNumber']);
  });

  it('answers 8 parallel creates with one number: one supplier, the rest field errors', async () => {
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        officer.graphql(CREATE_SUPPLIER, {
          input: { name: `Parallel ${i} Ltd`, companyNumber: 'SC123456' },
        }),
      ),
    );
    const codes = answers.map((answer) => errorCode(answer) ?? 'ok');
    expect(codes.filter((code) => code === 'ok')).toHaveLength(1);
    expect(codes.filter((code) => code !== 'ok')).toEqual(Array(7).fill('BAD_USER_INPUT'));
  });
});
