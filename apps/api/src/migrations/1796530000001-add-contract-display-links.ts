import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `contract_supplier.supplier_id`: the supplier directory entry an awarded
 * supplier links to (null until linked, with an index to find those), and
 * the order a council's current contracts are listed in (latest possible
 * end, else end).
 */
export class AddContractDisplayLinks1796530000001 implements MigrationInterface {
  name = 'AddContractDisplayLinks1796530000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "contract_supplier" ADD "supplier_id" uuid CONSTRAINT "FK_contract_supplier_supplier" REFERENCES "supplier"("id") ON DELETE SET NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "contract_supplier_supplier_id" ON "contract_supplier" ("supplier_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "contract_supplier_unlinked" ON "contract_supplier" ("ocid") WHERE "supplier_id" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "contracting_process_council_latest_end" ON "contracting_process" ("buyer_council_code", (coalesce("max_extent_date", "contract_end")), "ocid")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "contracting_process_council_latest_end"`);
    await queryRunner.query(`DROP INDEX "contract_supplier_unlinked"`);
    await queryRunner.query(`DROP INDEX "contract_supplier_supplier_id"`);
    await queryRunner.query(`ALTER TABLE "contract_supplier" DROP COLUMN "supplier_id"`);
  }
}
