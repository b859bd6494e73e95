import type { DataSource, QueryRunner } from 'typeorm';

import type { IdempotencyClaim } from '../mutation-ledger';
import { IDEMPOTENCY_KEY_HOURS } from './idempotency-key';

export const IDEMPOTENCY_TABLE = 'idempotency_key';

const LIVE = `created_at >= now() - make_interval(hours => ${IDEMPOTENCY_KEY_HOURS})`;

/** A recorded key: what it was used for, and the sealed answer once the first process stored it. */
export interface RecordedKey {
  operationName: string;
  requestDigest: string;
  answer: string | null;
}

/**
 * Records a claim in the caller's transaction (before its COMMIT). A live row
 * for the same key means another request made this change: false, and the
 * caller rolls back. An insert racing an uncommitted one waits for it.
 */
export async function recordKey(runner: QueryRunner, claim: IdempotencyClaim): Promise<boolean> {
  const rows = (await runner.query(
    `INSERT INTO ${IDEMPOTENCY_TABLE} (scope, key_digest, operation_name, request_digest)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT (scope, key_digest) DO UPDATE
       SET operation_name = EXCLUDED.operation_name, request_digest = EXCLUDED.request_digest,
           answer = NULL, created_at = now()
       WHERE ${IDEMPOTENCY_TABLE}.created_at < now() - make_interval(hours => ${IDEMPOTENCY_KEY_HOURS})
     RETURNING 1 AS recorded`,
    [claim.scope, claim.keyDigest, claim.operationName, claim.requestDigest],
  )) as unknown[];
  return rows.length === 1;
}

export async function findKey(
  dataSource: DataSource,
  claim: IdempotencyClaim,
): Promise<RecordedKey | undefined> {
  const [row] = (await dataSource.query(
    `SELECT operation_name AS "operationName", request_digest AS "requestDigest", answer
       FROM ${IDEMPOTENCY_TABLE} WHERE scope = $1 AND key_digest = $2 AND ${LIVE}`,
    [claim.scope, claim.keyDigest],
  )) as RecordedKey[];
  return row;
}

/** Stores the answer of the request that recorded the key (once; best effort). */
export async function storeAnswer(
  dataSource: DataSource,
  claim: IdempotencyClaim,
  sealed: string,
): Promise<void> {
  await dataSource.query(
    `UPDATE ${IDEMPOTENCY_TABLE} SET answer = $3
      WHERE scope = $1 AND key_digest = $2 AND answer IS NULL`,
    [claim.scope, claim.keyDigest, sealed],
  );
}

/** Rows deleted per statement, so a sweep never holds many locks. */
const SWEEP_BATCH = 5_000;

/** Deletes keys recorded before `before`; returns how many went. */
export async function deleteExpiredKeys(dataSource: DataSource, before: Date): Promise<number> {
  let deleted = 0;
  for (;;) {
    // For DELETE, TypeORM's postgres driver answers [rows, affected count].
    const [, count] = (await dataSource.query(
      `DELETE FROM ${IDEMPOTENCY_TABLE} WHERE ctid IN (
         SELECT ctid FROM ${IDEMPOTENCY_TABLE} WHERE created_at < $1 LIMIT $2 FOR UPDATE SKIP LOCKED)`,
      [before, SWEEP_BATCH],
    )) as [unknown, number];
    deleted += count;
    if (count < SWEEP_BATCH) return deleted;
  }
}
