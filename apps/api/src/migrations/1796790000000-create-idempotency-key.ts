import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Schema: the idempotency keys of mutations (decision 0074). A key is
 * recorded in the transaction of the change it made, unique per caller
 * (scope) and key; the key itself is not stored, only its SHA-256, and the
 * answer is sealed with a key derived from it. Rows expire after 24 hours
 * (an hourly job deletes them, by created_at).
 */
export class CreateIdempotencyKey1796790000000 implements MigrationInterface {
  name = 'CreateIdempotencyKey1796790000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idempotency_key" ("scope" text NOT NULL, "key_digest" text NOT NULL, "operation_name" text NOT NULL, "request_digest" text NOT NULL, "answer" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "idempotency_key_pkey" PRIMARY KEY ("scope", "key_digest"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idempotency_key_created_at_idx" ON "idempotency_key" ("created_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "idempotency_key"`);
  }
}
