import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data: existing case studies' single figures are already read as exact
 * amounts per year (the schema defaults). What this adds: figures whose
 * evidence was measured (internally or independently) are measured actuals;
 * the rest stay forecasts. No period is invented (decision 0057), and the
 * search documents are rebuilt by their new document version.
 */
export class BackfillCaseStudyFiguresBasis1796730000001 implements MigrationInterface {
  name = 'BackfillCaseStudyFiguresBasis1796730000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "case_study" SET "figures_basis" = 'ACTUAL'
        WHERE "evidence_level" IN ('MEASURED_INTERNALLY', 'INDEPENDENTLY_EVALUATED')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "case_study" SET "figures_basis" = 'FORECAST'`);
  }
}
