import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  DataSource,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';

import { AuditService } from './audit.service';
import { recordKey } from './idempotency/idempotency.store';
import { alreadyApplied } from './idempotency/idempotency-answers';
import { currentRequest } from './request-context';

/**
 * Writes a mutation's audit line, and records its Idempotency-Key, inside the
 * first transaction the mutation commits, just before its COMMIT (TypeORM's
 * BeforeTransactionCommit, top level only): the change, its line and its key
 * are stored together or not at all, so a process killed between the commit
 * and the answer leaves neither a change without its line nor a key a retry
 * cannot see. A mutation that commits nothing keeps the line
 * MutationAuditInterceptor writes after it.
 */
@Injectable()
export class MutationCommitSubscriber implements EntitySubscriberInterface {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    dataSource.subscribers.push(this);
  }

  async beforeTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const context = currentRequest();
    const mutation = context?.mutation;
    const runner = event.queryRunner;
    if (!mutation || mutation.line !== 'none' || depthOf(runner) !== 1) return;
    mutation.line = 'pending';
    mutation.runner = runner;
    await this.audit.record(
      { action: mutation.action, outcome: 'success', target: mutation.target },
      event.manager,
    );
    const claim = context.idempotency;
    if (claim?.state !== 'open') return;
    claim.state = 'pending';
    claim.runner = runner;
    if (await recordKey(runner, claim)) return;
    // Another request with this key made the change first: this one's rolls back.
    claim.state = 'conflict';
    throw alreadyApplied();
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const context = currentRequest();
    if (depthOf(event.queryRunner) !== 0) return;
    const { mutation, idempotency: claim } = context ?? {};
    if (mutation?.runner === event.queryRunner) {
      mutation.line = 'committed';
      mutation.runner = undefined;
    }
    if (claim?.runner === event.queryRunner && claim.state === 'pending') {
      claim.state = 'recorded';
      claim.runner = undefined;
    }
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    const context = currentRequest();
    if (depthOf(event.queryRunner) !== 0) return;
    const { mutation, idempotency: claim } = context ?? {};
    // Rolled back with the change: the next commit, if any, writes them.
    if (mutation?.runner === event.queryRunner) {
      mutation.line = 'none';
      mutation.runner = undefined;
    }
    if (claim?.runner === event.queryRunner) {
      if (claim.state === 'pending') claim.state = 'open';
      claim.runner = undefined;
    }
  }
}

/** How deep the runner's transactions are nested (1 at the top level before COMMIT, 0 after). */
function depthOf(runner: QueryRunner): number {
  return (runner as unknown as { transactionDepth: number }).transactionDepth;
}
