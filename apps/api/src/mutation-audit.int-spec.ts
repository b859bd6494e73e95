import { AuditService } from '@lgx/api/core/audit';
import { Access } from '@lgx/api/core/auth';
import { ERROR_CODES, UserFacingError } from '@lgx/api/core/graphql';
import { bootTestApp, signedIn, type TestApp } from '@lgx/api/testing';
import { Module } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { createApp } from './bootstrap';

/** A mutation that changes something inside its transaction, then fails: the change rolls back. */
@Resolver()
class FailingMutationResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  @Access.public()
  @Mutation(() => Boolean)
  async failInsideTransaction(@Args('id') id: string): Promise<boolean> {
    await this.dataSource.transaction(async (manager) => {
      // Written in the transaction, so rolled back with it.
      await this.audit.record(
        { action: 'test.inside-transaction', outcome: 'success', target: { type: 'id', id } },
        manager,
      );
      throw new UserFacingError(ERROR_CODES.BAD_USER_INPUT, 'Refused after writing.');
    });
    return true;
  }
}

@Module({ providers: [FailingMutationResolver] })
class FailingMutationModule {}

describe('the audit line of a failed mutation (PostgreSQL + Meilisearch)', () => {
  let harness: TestApp;

  beforeAll(async () => {
    harness = await bootTestApp((config) =>
      createApp(config, { logger: ['error'], imports: [FailingMutationModule] }),
    );
  });

  afterAll(async () => {
    await harness?.close();
  });

  const linesFor = (action: string) =>
    harness.dataSource.query<
      {
        outcome: string;
        details: Record<string, unknown>;
        target_id: string | null;
        actor_role: string;
      }[]
    >(
      `SELECT outcome, details, target_id, actor_role FROM audit_event WHERE action = $1 ORDER BY id`,
      [action],
    );

  it('is kept when the mutation’s transaction rolls back', async () => {
    const response = await harness.graphql(
      'mutation { failInsideTransaction(id: "kept-after-rollback") }',
    );
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(await linesFor('test.inside-transaction')).toEqual([]);
    expect(await linesFor('mutation:failInsideTransaction')).toEqual([
      {
        outcome: 'failure',
        details: { code: 'BAD_USER_INPUT' },
        target_id: 'kept-after-rollback',
        actor_role: 'visitor',
      },
    ]);
  });

  it('is written for a mutation refused at the edge, before any resolver runs', async () => {
    const officer = await signedIn(harness, { council: 'DER', role: 'EDITOR' });
    const response = await officer.graphql(
      'mutation ($id: ID!) { publishCaseStudy(id: $id) { id } }',
      { id: 'not-a-uuid' },
    );
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(await linesFor('mutation:publishCaseStudy')).toEqual([
      {
        outcome: 'failure',
        details: { code: 'BAD_USER_INPUT', stage: 'refused before running' },
        target_id: 'not-a-uuid',
        actor_role: expect.stringMatching(/editor/i),
      },
    ]);
  });

  it('is written for a mutation whose variables do not coerce, without the unstorable value', async () => {
    const response = await harness.graphql(
      'mutation ($id: ID!) { archiveCaseStudy(id: $id) { id } }',
      { id: null },
    );
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const nul = await harness.graphql('mutation ($id: ID!) { archiveCaseStudy(id: $id) { id } }', {
      id: 'a\u0000b',
    });
    expect(nul.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(await linesFor('mutation:archiveCaseStudy')).toEqual([
      expect.objectContaining({ outcome: 'failure', target_id: null }),
      expect.objectContaining({ outcome: 'failure', target_id: null }),
    ]);
  });
});
