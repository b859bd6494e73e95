import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the renewal radar reads public contracts by: a council's contracts by
 * when they end (the latest possible end when stated, else the end), every
 * council's contracts by CPV division and end, and suppliers by normalised
 * name. lgx_supplier_name_key is the one definition of that name, used by
 * the index and by both sources of contract endings (public contracts and
 * supplier experiences): lower case, "&" read as "and", apostrophes dropped,
 * other punctuation a space, a leading "the" and trailing company forms
 * (limited, ltd, plc, llp, inc) dropped.
 */
export class AddContractEndingIndexes1796550000000 implements MigrationInterface {
  name = 'AddContractEndingIndexes1796550000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION lgx_supplier_name_key(name text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
      AS $$ SELECT btrim(regexp_replace(regexp_replace(btrim(regexp_replace(regexp_replace(
        regexp_replace(lower(name), '&', ' and ', 'g'), '[''\u2018\u2019\`]', '', 'g'),
        '[^a-z0-9]+', ' ', 'g')), '^the ', ''), '( (limited|ltd|plc|llp|inc))+$', '')) $$`);
    await queryRunner.query(
      `CREATE INDEX "contracting_process_council_ending" ON "contracting_process" ("buyer_council_code", (COALESCE("max_extent_date", "contract_end"))) WHERE "buyer_council_code" IS NOT NULL AND "cpv_main" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "contracting_process_division_ending" ON "contracting_process" ((substr("cpv_main", 1, 2)), (COALESCE("max_extent_date", "contract_end"))) WHERE "buyer_council_code" IS NOT NULL AND "cpv_main" IS NOT NULL`,
    );
    // Covering: a supplier's contracts are found without reading the supplier rows.
    await queryRunner.query(
      `CREATE INDEX "contract_supplier_name_key" ON "contract_supplier" (lgx_supplier_name_key("name")) INCLUDE ("ocid", "companies_house_number")`,
    );
    await queryRunner.query(
      `CREATE INDEX "contract_supplier_companies_house_ocid" ON "contract_supplier" ("companies_house_number") INCLUDE ("ocid") WHERE "companies_house_number" IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "contract_supplier_companies_house_ocid"`);
    await queryRunner.query(`DROP INDEX "contract_supplier_name_key"`);
    await queryRunner.query(`DROP INDEX "contracting_process_division_ending"`);
    await queryRunner.query(`DROP INDEX "contracting_process_council_ending"`);
    await queryRunner.query(`DROP FUNCTION lgx_supplier_name_key(text)`);
  }
}
