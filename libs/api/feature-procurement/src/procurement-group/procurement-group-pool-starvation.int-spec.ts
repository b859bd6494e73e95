import { signedIn, type TestApp, type TestSession } from '@lgx/api/testing';

import {
  bootProcurementTestApp,
  groupInput,
  NEXT_YEAR as YEAR,
  startGroup as startGroupAs,
} from '../test/procurement-test-app';

const INTEREST = `mutation($id: ID!) { expressInterestInGroup(id: $id) { id } }`;
const COMMIT = `mutation($id: ID!, $input: CommitmentInput!) { commitToGroup(id: $id, input: $input) { id } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawFromGroup(id: $id) { id } }`;
const UPDATE = `mutation($id: ID!, $input: ProcurementGroupInput!) { updateProcurementGroup(id: $id, input: $input) { id } }`;
const BURST = 12;

/** Resolves to 'TIMEOUT' when the promise has not settled in time. */
const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<'TIMEOUT'>((done) => setTimeout(() => done('TIMEOUT'), ms))]);

/**
 * Issue 13 review: a transaction that takes a second connection from the pool
 * while it holds one starves the pool under parallel requests, and the whole
 * API hangs for good. Bursts larger than the pool (5 in tests) must all answer,
 * and another council's reading must answer meanwhile.
 */
describe('parallel changes to one group do not starve the connection pool', () => {
  let harness: TestApp;
  const as: Record<string, TestSession> = {};

  beforeAll(async () => {
    harness = await bootProcurementTestApp();
    as['lead'] = await signedIn(harness, { council: 'DER', role: 'EDITOR' });
    as['member'] = await signedIn(harness, { council: 'NOT', role: 'EDITOR' });
    as['reader'] = await signedIn(harness, { council: 'KEN' });
  }, 120_000);
  afterAll(() => harness?.close(), 60_000);

  async function startGroup(title: string): Promise<string> {
    const id = await startGroupAs(as['lead']!, title);
    expect((await as['member']!.graphql(INTEREST, { id })).errors).toBeUndefined();
    return id;
  }

  /** Fires the burst, checks another reader is answered meanwhile, and returns every answer. */
  async function burst(requests: () => Promise<{ errors?: unknown }>) {
    const all = Promise.all(Array.from({ length: BURST }, requests));
    const reading = await within(
      as['reader']!.graphql<{ procurementGroups: { totalCount: number } }>(
        `{ procurementGroups(first: 5) { totalCount } }`,
      ),
      15_000,
    );
    expect(reading).not.toBe('TIMEOUT');
    const answers = await within(all, 20_000);
    expect(answers).not.toBe('TIMEOUT');
    return answers as { errors?: { extensions?: { code?: string } }[] }[];
  }

  it.each([
    ['commitToGroup', COMMIT],
    ['withdrawFromGroup', WITHDRAW],
  ])(
    `%s sent ${BURST} times at once by one member council all answer`,
    async (_name, mutation) => {
      const id = await startGroup(`Burst ${_name}`);
      const answers = await burst(() =>
        as['member']!.graphql(mutation, {
          id,
          input: {
            volume: 1,
            volumeUnit: 'licences',
            estimatedValue: '1000',
            earliestStart: `${YEAR}-09-01`,
            latestStart: `${YEAR}-10-01`,
          },
        }),
      );
      // None fails for want of a connection; the first one succeeds.
      for (const answer of answers)
        expect(answer.errors?.[0]?.extensions?.code ?? 'ok').not.toBe('INTERNAL_SERVER_ERROR');
      expect(answers.some((answer) => !answer.errors)).toBe(true);
    },
    60_000,
  );

  it('has PostgreSQL end idle transactions and long lock waits', async () => {
    const [{ lock_timeout }] = await harness.dataSource.query(`SHOW lock_timeout`);
    const [{ idle_in_transaction_session_timeout: idle }] = await harness.dataSource.query(
      `SHOW idle_in_transaction_session_timeout`,
    );
    expect(lock_timeout).toBe('15s');
    expect(idle).toBe('30s');
  });

  it('refusals inside a transaction do not wait for a second connection', async () => {
    const id = await startGroup('Burst refusals');
    // A member council's editor may not edit the group: refused after the lock.
    const answers = await burst(() =>
      as['member']!.graphql(UPDATE, { id, input: groupInput('Taken over') }),
    );
    for (const answer of answers) expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Each refusal is still audited, before its answer is sent.
    const [{ n }] = await harness.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'authorization:procurement-group.edit' AND outcome = 'denied'`,
    );
    expect(n).toBeGreaterThanOrEqual(BURST);
  }, 60_000);
});
