import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A supplier's radar contracts in order of their end, by Companies House
 * number, by normalised name, and by name among those without a number: the
 * radar's supplier peers read the nearest few after and before a day and stop.
 */
export class IndexContractSupplierRadarEnd1796640000002 implements MigrationInterface {
  name = 'IndexContractSupplierRadarEnd1796640000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "contract_supplier_number_radar_end" ON "contract_supplier" ("companies_house_number", "radar_end") INCLUDE ("ocid") WHERE "radar_end" IS NOT NULL AND "companies_house_number" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "contract_supplier_name_radar_end" ON "contract_supplier" (lgx_supplier_name_key("name"), "radar_end") INCLUDE ("ocid") WHERE "radar_end" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "contract_supplier_unnumbered_name_radar_end" ON "contract_supplier" (lgx_supplier_name_key("name"), "radar_end") INCLUDE ("ocid") WHERE "radar_end" IS NOT NULL AND "companies_house_number" IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "contract_supplier_unnumbered_name_radar_end"`);
    await queryRunner.query(`DROP INDEX "contract_supplier_name_radar_end"`);
    await queryRunner.query(`DROP INDEX "contract_supplier_number_radar_end"`);
  }
}
