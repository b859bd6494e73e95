import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Public contracts from OCDS notices: every release as published
 * (contract_release, keyed by ocid + id + date so a second import changes
 * nothing), the contracting process compiled from them, and its suppliers.
 */
export class CreateContractingProcesses1796400000000 implements MigrationInterface {
  name = 'CreateContractingProcesses1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "contract_release" ("ocid" text NOT NULL, "release_id" text NOT NULL, "release_date" text NOT NULL, "released_at" TIMESTAMP WITH TIME ZONE NOT NULL, "release" jsonb NOT NULL, "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_contract_release" PRIMARY KEY ("ocid", "release_id", "release_date"))`,
    );
    const source = (column: string) =>
      `"${column}" text, CONSTRAINT "contracting_process_${column}" CHECK ("${column}" IN ('TENDER_ESTIMATE', 'AWARD', 'CONTRACT'))`;
    const certainty = (column: string) =>
      `"${column}" text, CONSTRAINT "contracting_process_${column}" CHECK ("${column}" IN ('ESTIMATED', 'EXPECTED', 'CONFIRMED'))`;
    await queryRunner.query(
      `CREATE TABLE "contracting_process" ("ocid" text NOT NULL, "title" text, "description" text, "buyer_name" text, "buyer_identifier_scheme" text, "buyer_identifier_id" text, "buyer_council_code" text, "value_amount" numeric, "value_currency" text, ${source('value_source')}, "cpv_main" text, "cpv_additional" text array NOT NULL DEFAULT '{}', "procurement_method" text, "procurement_method_details" text, "is_framework" boolean, "is_dynamic_market" boolean, "contract_start" TIMESTAMP WITH TIME ZONE, ${source('contract_start_source')}, ${certainty('contract_start_certainty')}, "contract_end" TIMESTAMP WITH TIME ZONE, ${source('contract_end_source')}, ${certainty('contract_end_certainty')}, "max_extent_date" TIMESTAMP WITH TIME ZONE, ${source('max_extent_date_source')}, ${certainty('max_extent_date_certainty')}, "notice_urls" text array NOT NULL DEFAULT '{}', "last_release_date" TIMESTAMP WITH TIME ZONE NOT NULL, "last_release_id" text NOT NULL, "release_count" integer NOT NULL, "compiled_release" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_contracting_process" PRIMARY KEY ("ocid"), CONSTRAINT "FK_contracting_process_buyer_council" FOREIGN KEY ("buyer_council_code") REFERENCES "council"("code") ON DELETE SET NULL)`,
    );
    for (const column of ['buyer_council_code', 'cpv_main', 'contract_end', 'updated_at'])
      await queryRunner.query(
        `CREATE INDEX "contracting_process_${column}" ON "contracting_process" ("${column}")`,
      );
    await queryRunner.query(
      `CREATE TABLE "contract_supplier" ("ocid" text NOT NULL, "position" integer NOT NULL, "name" text NOT NULL, "companies_house_number" text, "identifier_scheme" text, "identifier_id" text, CONSTRAINT "PK_contract_supplier" PRIMARY KEY ("ocid", "position"), CONSTRAINT "FK_contract_supplier_process" FOREIGN KEY ("ocid") REFERENCES "contracting_process"("ocid") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE INDEX "contract_supplier_companies_house_number" ON "contract_supplier" ("companies_house_number")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "contract_supplier"`);
    await queryRunner.query(`DROP TABLE "contracting_process"`);
    await queryRunner.query(`DROP TABLE "contract_release"`);
  }
}
