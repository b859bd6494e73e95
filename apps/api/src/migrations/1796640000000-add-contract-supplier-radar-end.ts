import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What the radar goes by: a council's contract with a CPV code ends then; else none. */
const RADAR_END = (row: string) =>
  `CASE WHEN ${row}.buyer_council_code IS NOT NULL AND ${row}.cpv_main IS NOT NULL
        THEN COALESCE(${row}.max_extent_date, ${row}.contract_end) END`;

/**
 * contract_supplier.radar_end: the radar's end of the supplier's contract
 * (its latest possible end when stated, else its end) when the contract is a
 * council's with a CPV code, else null. Kept by the database on every write
 * path (the import's batches, the one-release sync, a buyer decision
 * re-applied): a supplier row takes it from its process when written, and a
 * process whose radar end changes gives it to its supplier rows. The
 * supplier peers of the radar walk it in order (migration 1796640000002).
 */
export class AddContractSupplierRadarEnd1796640000000 implements MigrationInterface {
  name = 'AddContractSupplierRadarEnd1796640000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "contract_supplier" ADD "radar_end" timestamptz`);
    await queryRunner.query(`CREATE FUNCTION lgx_contract_supplier_radar_end() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        NEW.radar_end := (SELECT ${RADAR_END('p')} FROM contracting_process p WHERE p.ocid = NEW.ocid);
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "contract_supplier_radar_end"
      BEFORE INSERT OR UPDATE OF ocid ON "contract_supplier"
      FOR EACH ROW EXECUTE FUNCTION lgx_contract_supplier_radar_end()`);
    await queryRunner.query(`CREATE FUNCTION lgx_contracting_process_radar_end() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE contract_supplier SET radar_end = ${RADAR_END('NEW')} WHERE ocid = NEW.ocid;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "contracting_process_radar_end"
      AFTER UPDATE OF max_extent_date, contract_end, buyer_council_code, cpv_main ON "contracting_process"
      FOR EACH ROW WHEN ((${RADAR_END('OLD')}) IS DISTINCT FROM (${RADAR_END('NEW')}))
      EXECUTE FUNCTION lgx_contracting_process_radar_end()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP TRIGGER "contracting_process_radar_end" ON "contracting_process"`,
    );
    await queryRunner.query(`DROP FUNCTION lgx_contracting_process_radar_end()`);
    await queryRunner.query(`DROP TRIGGER "contract_supplier_radar_end" ON "contract_supplier"`);
    await queryRunner.query(`DROP FUNCTION lgx_contract_supplier_radar_end()`);
    await queryRunner.query(`ALTER TABLE "contract_supplier" DROP COLUMN "radar_end"`);
  }
}
