import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Schema: the daily notification retention job (decision 0052) finds what
 * is past its time by age, and read ones by age among the read.
 */
export class IndexNotificationAge1796670000003 implements MigrationInterface {
  name = 'IndexNotificationAge1796670000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "notification_created_idx" ON "notification" ("created_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_read_created_idx" ON "notification" ("created_at") WHERE "read_at" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "notification_read_created_idx"`);
    await queryRunner.query(`DROP INDEX "notification_created_idx"`);
  }
}
