import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Gives the supplier rows already stored their radar end, as migration 1796640000000's triggers keep it. */
export class FillContractSupplierRadarEnd1796640000001 implements MigrationInterface {
  name = 'FillContractSupplierRadarEnd1796640000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "contract_supplier" s
      SET "radar_end" = COALESCE(p.max_extent_date, p.contract_end)
      FROM "contracting_process" p
      WHERE p.ocid = s.ocid AND p.buyer_council_code IS NOT NULL AND p.cpv_main IS NOT NULL`);
  }

  async down(): Promise<void> {
    // The column goes with migration 1796640000000's down.
  }
}
