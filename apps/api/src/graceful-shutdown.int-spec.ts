import net from 'node:net';

import type { AppConfig } from '@lgx/api/core/config';
import { createTestConfig, eventually, type TestDatabase } from '@lgx/api/testing';
import pg from 'pg';

import { type ApiProcess, startApiProcess } from '../test/api-process';

jest.setTimeout(240_000);

/**
 * The drain's delay in the first test: the promise under test is that readiness
 * fails before the server stops accepting connections, and on a busy machine a
 * readiness request begun just before the signal can take a second or two.
 */
const DELAY_MS = 5_000;

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { email } }`;

/** Whether a new TCP connection to the process is accepted. */
function accepts(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function readiness(api: ApiProcess): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${api.url}/health/ready`);
  return { status: response.status, body: await response.json() };
}

/**
 * SIGTERM to an API process started as production starts it (decision 0067):
 * not ready at once, serving through the delay, then no new connections, the
 * requests and the indexing batch in flight finished, and exit 0; past its
 * bound it exits 1, and what it held is left for another process.
 */
describe('an API process told to stop (SIGTERM)', () => {
  let config: AppConfig;
  let database: TestDatabase;
  let db: pg.Client;
  const holders: pg.Client[] = [];

  /** A connection of the test's that holds a table lock until released. */
  async function lockTable(table: string, mode: string): Promise<() => Promise<void>> {
    const holder = new pg.Client({ connectionString: config.database.url });
    holders.push(holder);
    await holder.connect();
    await holder.query("SET lock_timeout = '10s'");
    await holder.query('BEGIN');
    await holder.query(`LOCK TABLE ${table} IN ${mode} MODE`);
    return async () => {
      await holder.query('COMMIT');
    };
  }
  /**
   * Sessions of the API waiting on a lock of this table. pg_locks lists every database's locks,
   * and each test database is a copy of one template, so a table has the same oid in all of them:
   * only this database's count.
   */
  const waitingOn = async (table: string) =>
    (
      await db.query(
        `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
          WHERE NOT l.granted AND c.relname = $1
            AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
        [table],
      )
    ).rows[0].n as number;
  /** Three councils' ids (read before their table is locked). */
  const someCouncils = async () =>
    (await db.query(`SELECT code AS id FROM council ORDER BY code LIMIT 3`)).rows.map(
      (row: { id: string }) => row.id,
    );
  /** Outbox rows for these councils, as their trigger would write them, and the drain woken. */
  async function queueForIndexing(ids: string[]): Promise<void> {
    await db.query(
      `INSERT INTO search_outbox (entity_type, entity_id) SELECT 'council', unnest($1::text[])`,
      [ids],
    );
    await db.query(`SELECT pg_notify('search_outbox', 'council')`);
  }
  /** Ready, with the first build of the indexes done: a batch held up after this is the only one. */
  async function searchReady(api: ApiProcess): Promise<void> {
    await api.ready();
    await eventually(async () => {
      const answer = await readiness(api);
      const body = answer.body as { checks?: { search?: { state?: string } } };
      return answer.status === 200 && body.checks?.search?.state === 'ready';
    }, 60_000);
  }
  const pendingFor = async (ids: string[]) =>
    (
      await db.query(
        `SELECT entity_id, attempts FROM search_outbox
          WHERE entity_type = 'council' AND entity_id = ANY($1::text[]) ORDER BY entity_id`,
        [ids],
      )
    ).rows as { entity_id: string; attempts: number }[];

  beforeAll(async () => {
    ({ config, database } = await createTestConfig());
    db = new pg.Client({ connectionString: config.database.url });
    await db.connect();
  });

  afterAll(async () => {
    await Promise.all(holders.map((holder) => holder.end().catch(() => undefined)));
    await db?.end();
    await database?.drop();
  });

  it('fails readiness at once, serves through the delay, then finishes its request and indexing batch in flight and exits 0', async () => {
    const api = await startApiProcess(config, {
      SHUTDOWN_DELAY_MS: String(DELAY_MS),
      SHUTDOWN_TIMEOUT_MS: '25000',
    });
    try {
      await searchReady(api);

      // An indexing batch in flight: it has claimed the rows, and waits to read the councils.
      const councils = await someCouncils();
      const releaseCouncils = await lockTable('council', 'ACCESS EXCLUSIVE');
      await queueForIndexing(councils);
      await eventually(async () => (await waitingOn('council')) > 0);
      // A request in flight: its insert waits for the account table.
      const releaseAccounts = await lockTable('account', 'SHARE');
      const signUp = fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: SIGN_UP,
          variables: {
            input: {
              email: 'late.arrival@derby.gov.uk',
              name: 'Late Arrival',
              jobTitle: 'Service designer',
              password: 'a long and quite unguessable passphrase 7',
            },
          },
        }),
      });
      await eventually(async () => (await waitingOn('account')) > 0);

      const signalled = Date.now();
      api.child.kill('SIGTERM');
      // Polled on new connections: one refused before the 503 fails the test.
      const notReady = await eventually(async () => {
        const answer = await readiness(api);
        return answer.status === 503 && answer;
      });
      expect(Date.now() - signalled).toBeLessThan(DELAY_MS);
      expect(notReady.body).toEqual({ status: 'unavailable', reason: 'shutting down' });
      // Still serving while the load balancer takes it out.
      expect((await fetch(`${api.url}/health/live`)).status).toBe(200);

      // After the delay: no new connections, while the request in flight still waits.
      await eventually(async () => !(await accepts(api.url)), 10_000);
      expect(Date.now() - signalled).toBeGreaterThanOrEqual(DELAY_MS - 100);
      await releaseAccounts();
      const answered = await signUp;
      expect(answered.status).toBe(200);
      expect(await answered.json()).toEqual({
        data: { signUp: { email: 'late.arrival@derby.gov.uk' } },
      });
      const stored = await db.query(`SELECT 1 FROM account WHERE email = $1`, [
        'late.arrival@derby.gov.uk',
      ]);
      expect(stored.rowCount).toBe(1);

      // The process waits for its indexing batch rather than dropping it.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(api.child.exitCode).toBeNull();
      expect((await pendingFor(councils)).length).toBe(3);
      await releaseCouncils();
      expect(await api.exited).toBe(0);
      expect(await pendingFor(councils)).toEqual([]);
      expect(api.lines.some((line) => line.includes('SIGTERM: not ready from now'))).toBe(true);
      expect(api.lines.some((line) => line.includes('Stopped: jobs, search indexing'))).toBe(true);
    } finally {
      await api.stop();
    }
  });

  it('past its bound exits 1 with a log line, leaving the batch it held for another process to index once', async () => {
    const api = await startApiProcess(config, { SHUTDOWN_TIMEOUT_MS: '3000' });
    let next: ApiProcess | undefined;
    try {
      await searchReady(api);
      const councils = await someCouncils();
      const releaseCouncils = await lockTable('council', 'ACCESS EXCLUSIVE');
      await queueForIndexing(councils);
      await eventually(async () => (await waitingOn('council')) > 0);

      const signalled = Date.now();
      api.child.kill('SIGTERM');
      expect(await api.exited).toBe(1);
      // At its bound: not before, and not when the lock (held until the test releases it) goes.
      // The upper bound is generous: a busy machine may be slow to deliver the signal and exit.
      expect(Date.now() - signalled).toBeGreaterThanOrEqual(2_900);
      expect(Date.now() - signalled).toBeLessThan(3_000 + 10_000);
      expect(
        api.lines.some((line) => line.includes('Shutdown not finished 3000 ms after SIGTERM')),
      ).toBe(true);
      // Released, not failed: the rows wait as they were, for whichever process comes next.
      expect(await pendingFor(councils)).toEqual(
        councils.map((code) => ({ entity_id: code, attempts: 0 })),
      );
      await releaseCouncils();

      next = await startApiProcess(config);
      await next.ready();
      await eventually(async () => (await pendingFor(councils)).length === 0, 60_000);
    } finally {
      await api.stop();
      await next?.stop();
    }
  });
});
