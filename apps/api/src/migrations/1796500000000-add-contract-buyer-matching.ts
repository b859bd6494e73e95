import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How each contracting process's buyer was matched to the council register,
 * and the platform admins' remembered decisions for buyer names the matcher
 * was unsure of (one per name key; council_code null means "not a council").
 */
export class AddContractBuyerMatching1796500000000 implements MigrationInterface {
  name = 'AddContractBuyerMatching1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "contracting_process" ADD "buyer_name_key" text, ADD "buyer_match" text CONSTRAINT "contracting_process_buyer_match" CHECK ("buyer_match" IN ('IDENTIFIER', 'NAME', 'DECIDED', 'UNMATCHED', 'NOT_A_COUNCIL')), ADD "buyer_match_note" text, ADD "buyer_candidates" text array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(
      `CREATE INDEX "contracting_process_buyer_unmatched" ON "contracting_process" ("buyer_name_key") WHERE "buyer_match" = 'UNMATCHED'`,
    );
    await queryRunner.query(
      `CREATE TABLE "contract_buyer_decision" ("name_key" text NOT NULL, "buyer_name" text NOT NULL, "council_code" text, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_contract_buyer_decision" PRIMARY KEY ("name_key"), CONSTRAINT "FK_contract_buyer_decision_council" FOREIGN KEY ("council_code") REFERENCES "council"("code") ON DELETE CASCADE)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "contract_buyer_decision"`);
    await queryRunner.query(`DROP INDEX "contracting_process_buyer_unmatched"`);
    await queryRunner.query(
      `ALTER TABLE "contracting_process" DROP COLUMN "buyer_candidates", DROP COLUMN "buyer_match_note", DROP COLUMN "buyer_match", DROP COLUMN "buyer_name_key"`,
    );
  }
}
