import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Schema: what the appraisal method needs from a case study (decision 0057):
 * ranges and "up to" for the investment and the saving, whether the saving
 * is yearly or a total over the period, the period (or a range of years),
 * the project type for optimism bias, and forecast or measured actual.
 * Existing single figures stay exact (no high end, not "up to", per year).
 */
export class AddCaseStudyAppraisalFigures1796730000000 implements MigrationInterface {
  name = 'AddCaseStudyAppraisalFigures1796730000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "case_study"
        ADD "investment_high_pence" bigint,
        ADD "investment_up_to" boolean NOT NULL DEFAULT false,
        ADD "cashable_savings_high_pence" bigint,
        ADD "cashable_savings_up_to" boolean NOT NULL DEFAULT false,
        ADD "cashable_savings_over" text NOT NULL DEFAULT 'YEAR',
        ADD "savings_period_years" integer,
        ADD "savings_period_years_to" integer,
        ADD "project_type" text NOT NULL DEFAULT 'equipment-development',
        ADD "figures_basis" text NOT NULL DEFAULT 'FORECAST'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "case_study"
        DROP COLUMN "figures_basis",
        DROP COLUMN "project_type",
        DROP COLUMN "savings_period_years_to",
        DROP COLUMN "savings_period_years",
        DROP COLUMN "cashable_savings_over",
        DROP COLUMN "cashable_savings_up_to",
        DROP COLUMN "cashable_savings_high_pence",
        DROP COLUMN "investment_up_to",
        DROP COLUMN "investment_high_pence"`,
    );
  }
}
