import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Data: councils imported before search existed are indexed through the outbox. */
export class EnqueueCouncilsForSearch1795298505995 implements MigrationInterface {
  name = 'EnqueueCouncilsForSearch1795298505995';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO search_outbox (entity_type, entity_id) SELECT 'council', code FROM council`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM search_outbox WHERE entity_type = 'council'`);
  }
}
