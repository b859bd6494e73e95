import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCaseStudies1795299256393 implements MigrationInterface {
  name = 'CreateCaseStudies1795299256393';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "case_study" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "summary" text NOT NULL, "challenge" text NOT NULL DEFAULT '', "what_was_done" text NOT NULL DEFAULT '', "impact" text NOT NULL DEFAULT '', "lessons_learned" text NOT NULL DEFAULT '', "body" text NOT NULL DEFAULT '', "lead_council_code" text NOT NULL, "co_author_council_codes" text array NOT NULL DEFAULT '{}', "service_areas" text array NOT NULL DEFAULT '{}', "objectives" text array NOT NULL DEFAULT '{}', "technologies" text array NOT NULL DEFAULT '{}', "stage" text NOT NULL, "stopped_reason" text, "start_date" date, "end_date" date, "contact_name" text, "contact_email" text, "licence" text NOT NULL DEFAULT 'OGL-UK-3.0', "source_url" text, "investment_pence" bigint, "running_cost_pence_per_year" bigint, "cashable_savings_pence_per_year" bigint, "hours_saved_per_year" integer, "non_cashable_benefits" text, "residents_affected" integer, "evidence_level" text, "status" text NOT NULL DEFAULT 'DRAFT', "is_sample" boolean NOT NULL DEFAULT false, "published_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_da361517299523b92876a2a867e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8c0c2c1d215da56f3fbdbc8d0b" ON "case_study"  ("lead_council_code") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f24ecc51099ee2142c7c46674c" ON "case_study"  ("status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "case_study_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_study_id" uuid NOT NULL, "version" integer NOT NULL, "snapshot" jsonb NOT NULL, "changed_by" uuid, "changed_by_council_code" text, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4e1c9e6625099cffd2310dd1a5d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "case_study_revision_version_idx" ON "case_study_revision"  ("case_study_id", "version") `,
    );
    await queryRunner.query(`CREATE TRIGGER case_study_search_outbox AFTER INSERT OR UPDATE OR DELETE ON "case_study"
      FOR EACH ROW EXECUTE FUNCTION search_outbox_enqueue('case_study', 'id')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER case_study_search_outbox ON "case_study"`);
    await queryRunner.query(`DROP INDEX "public"."case_study_revision_version_idx"`);
    await queryRunner.query(`DROP TABLE "case_study_revision"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f24ecc51099ee2142c7c46674c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8c0c2c1d215da56f3fbdbc8d0b"`);
    await queryRunner.query(`DROP TABLE "case_study"`);
  }
}
