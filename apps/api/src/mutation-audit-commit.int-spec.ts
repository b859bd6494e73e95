import { randomUUID } from 'node:crypto';

import { Access } from '@lgx/api/core/auth';
import { ERROR_CODES, UserFacingError } from '@lgx/api/core/graphql';
import { bootTestApp, seedTestCouncils, signedIn, type TestApp } from '@lgx/api/testing';
import { Module } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { createApp } from './bootstrap';

/** Probe mutations that write a row of `audit_probe` in a transaction, then end in different ways. */
@Resolver()
class ProbeMutationResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private write(id: string, thenFail: boolean): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO audit_probe (id) VALUES ($1)`, [id]);
      if (thenFail) throw new UserFacingError(ERROR_CODES.BAD_USER_INPUT, 'Refused after writing.');
    });
  }

  @Access.public()
  @Mutation(() => Boolean)
  async probeWrite(@Args('id') id: string): Promise<boolean> {
    await this.write(id, false);
    return true;
  }

  @Access.public()
  @Mutation(() => Boolean)
  async probeRollBack(@Args('id') id: string): Promise<boolean> {
    await this.write(id, true);
    return true;
  }

  /** Commits a change (as counting a failed attempt does), then fails. */
  @Access.public()
  @Mutation(() => Boolean)
  async probeCommitThenFail(@Args('id') id: string): Promise<boolean> {
    await this.write(id, false);
    throw new UserFacingError(ERROR_CODES.BAD_USER_INPUT, 'Failed after saving.');
  }

  /** Commits twice: one line, in the first. */
  @Access.public()
  @Mutation(() => Boolean)
  async probeWriteTwice(@Args('id') id: string): Promise<boolean> {
    await this.write(id, false);
    await this.write(`${id}-again`, false);
    return true;
  }
}

@Module({ providers: [ProbeMutationResolver] })
class ProbeMutationModule {}

describe('the audit line of a mutation that commits a change (PostgreSQL + Meilisearch)', () => {
  let harness: TestApp;

  beforeAll(async () => {
    harness = await bootTestApp((config) =>
      createApp(config, { logger: ['error'], imports: [ProbeMutationModule] }),
    );
    await seedTestCouncils(harness.dataSource);
    await harness.dataSource.query(`CREATE TABLE audit_probe (id text PRIMARY KEY)`);
  });

  afterAll(async () => {
    await harness?.close();
  });

  /** Each line of an action with the transaction that wrote it (xmin). */
  const linesFor = (action: string, id: string) =>
    harness.dataSource.query<{ outcome: string; details: object; tx: string }[]>(
      `SELECT outcome, details, xmin::text AS tx FROM audit_event
        WHERE action = $1 AND target_id = $2 ORDER BY id`,
      [action, id],
    );
  const probeTx = (id: string) =>
    harness.dataSource
      .query<{ tx: string }[]>(`SELECT xmin::text AS tx FROM audit_probe WHERE id = $1`, [id])
      .then((rows) => rows.map((row) => row.tx));

  it('is written in the transaction of the change it describes', async () => {
    const id = randomUUID();
    const answer = await harness.graphql(`mutation { probeWrite(id: "${id}") }`);
    expect(answer.errors).toBeUndefined();
    const [tx] = await probeTx(id);
    expect(await linesFor('mutation:probeWrite', id)).toEqual([
      { outcome: 'success', details: {}, tx },
    ]);
  });

  it('is absent when the change rolls back: only the failure is recorded', async () => {
    const id = randomUUID();
    const answer = await harness.graphql(`mutation { probeRollBack(id: "${id}") }`);
    expect(answer.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(await probeTx(id)).toEqual([]);
    expect(await linesFor('mutation:probeRollBack', id)).toEqual([
      { outcome: 'failure', details: { code: 'BAD_USER_INPUT' }, tx: expect.any(String) },
    ]);
  });

  it('is written once for a mutation that commits twice, in its first commit', async () => {
    const id = randomUUID();
    await harness.graphql(`mutation { probeWriteTwice(id: "${id}") }`);
    const [tx] = await probeTx(id);
    expect(await linesFor('mutation:probeWriteTwice', id)).toEqual([
      { outcome: 'success', details: {}, tx },
    ]);
  });

  it('says so when a mutation fails after committing a change', async () => {
    const id = randomUUID();
    const answer = await harness.graphql(`mutation { probeCommitThenFail(id: "${id}") }`);
    expect(answer.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const [tx] = await probeTx(id);
    const lines = await linesFor('mutation:probeCommitThenFail', id);
    expect(lines).toEqual([
      { outcome: 'success', details: {}, tx },
      {
        outcome: 'failure',
        details: { code: 'BAD_USER_INPUT', afterCommit: true },
        tx: expect.not.stringMatching(`^${tx}$`),
      },
    ]);
  });

  it('is not written twice when a retry with the same key gets the stored answer', async () => {
    const officer = await signedIn(harness, { council: 'DER', role: 'EDITOR' });
    const id = randomUUID();
    const key = randomUUID();
    const send = () =>
      harness
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('cookie', officer.cookie)
        .set('idempotency-key', key)
        .send({ query: `mutation Probe { probeWrite(id: "${id}") }` });
    expect((await send()).body).toEqual({ data: { probeWrite: true } });
    expect((await send()).body).toEqual({ data: { probeWrite: true } });
    expect(await linesFor('mutation:probeWrite', id)).toHaveLength(1);
    expect(await probeTx(id)).toHaveLength(1);
  });

  it('runs a visitor’s mutation as ever: a visitor has no scope for a key', async () => {
    const key = randomUUID();
    const send = (id: string) =>
      harness
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('idempotency-key', key)
        .send({ query: `mutation { probeWrite(id: "${id}") }` });
    const [first, second] = [randomUUID(), randomUUID()];
    expect((await send(first)).body).toEqual({ data: { probeWrite: true } });
    expect((await send(second)).body).toEqual({ data: { probeWrite: true } });
    expect([...(await probeTx(first)), ...(await probeTx(second))]).toHaveLength(2);
  });
});
