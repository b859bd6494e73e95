import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Schema: forecast and actual (issue 18 item 5, decision 0060). When a case
 * study went live (optional), and the measured figures its council reports at
 * each check-in (6, 12 and 24 months after), kept apart from the forecast so
 * the two are shown side by side. One row per case study and check-in.
 */
export class CreateCaseStudyActuals1796760000000 implements MigrationInterface {
  name = 'CreateCaseStudyActuals1796760000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_study" ADD "live_since" date`);
    await queryRunner.query(
      `CREATE TABLE "case_study_actuals" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "case_study_id" uuid NOT NULL REFERENCES "case_study"("id") ON DELETE CASCADE,
        "check_in_months" integer NOT NULL CHECK ("check_in_months" IN (6, 12, 24)),
        "reported_at" date NOT NULL,
        "investment_to_date_pence" bigint CHECK ("investment_to_date_pence" >= 0),
        "running_cost_pence_per_year" bigint CHECK ("running_cost_pence_per_year" >= 0),
        "cashable_savings_pence_per_year" bigint CHECK ("cashable_savings_pence_per_year" >= 0),
        "note" text,
        "recorded_by" uuid,
        "recorded_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_case_study_actuals" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_case_study_actuals_check_in" UNIQUE ("case_study_id", "check_in_months")
      )`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "case_study_actuals"`);
    await queryRunner.query(`ALTER TABLE "case_study" DROP COLUMN "live_since"`);
  }
}
