import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Schema: the search outbox indexed by the record it names. A contract's
 * triggers ask whether this transaction has already enqueued it (migration
 * 1796660000001), and notifications ask whether a record still waits to be
 * indexed before telling anyone of it (ContentDocumentReader): both were a
 * scan of the whole outbox, which holds a million rows during a bulk import.
 */
export class IndexSearchOutboxEntity1796660000000 implements MigrationInterface {
  name = 'IndexSearchOutboxEntity1796660000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "search_outbox_entity_idx" ON "search_outbox" ("entity_id", "entity_type")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "search_outbox_entity_idx"`);
  }
}
