import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Gives the supplier rows already stored their radar end (migration 1796640000000's trigger computes it). */
export class FillContractSupplierRadarEnd1796640000001 implements MigrationInterface {
  name = 'FillContractSupplierRadarEnd1796640000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "contract_supplier" SET "radar_end" = NULL`);
  }

  async down(): Promise<void> {
    // The column goes with migration 1796640000000's down.
  }
}
