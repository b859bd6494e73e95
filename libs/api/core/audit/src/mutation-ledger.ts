import type { QueryRunner } from 'typeorm';

/**
 * The GraphQL mutation field being run, as MutationAuditInterceptor sets it:
 * its audit line is written in the first transaction the mutation commits
 * (MutationCommitSubscriber), so the line and the change are stored together
 * or not at all.
 */
export interface MutationInFlight {
  action: string;
  target?: { type: string; id: string };
  /** 'pending' from the before-commit hook until that transaction ends. */
  line: 'none' | 'pending' | 'committed';
  runner?: QueryRunner;
}

/** The Idempotency-Key a request's mutation claims (IdempotencyPlugin), recorded with its change. */
export interface IdempotencyClaim {
  scope: string;
  key: string;
  keyDigest: string;
  operationName: string;
  /** The audit action of its (first) mutation field, for a refusal's line. */
  action: string;
  requestDigest: string;
  /**
   * 'open' until the mutation commits; 'recorded' once the key is stored with
   * the change; 'conflict' when another request stored the same key first
   * (this one's change was rolled back and it answers like a retry).
   */
  state: 'open' | 'pending' | 'recorded' | 'conflict';
  runner?: QueryRunner;
}
