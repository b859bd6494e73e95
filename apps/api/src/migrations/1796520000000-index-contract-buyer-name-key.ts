import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A platform admin's decision about a buyer name is applied at once to every
 * contracting process under that name, whatever its match: an index on the
 * name key keeps that (and the decisions' process counts) off a full scan.
 */
export class IndexContractBuyerNameKey1796520000000 implements MigrationInterface {
  name = 'IndexContractBuyerNameKey1796520000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "contracting_process_buyer_name_key" ON "contracting_process" ("buyer_name_key")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "contracting_process_buyer_name_key"`);
  }
}
