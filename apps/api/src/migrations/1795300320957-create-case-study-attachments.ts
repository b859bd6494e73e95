import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCaseStudyAttachments1795300320957 implements MigrationInterface {
  name = 'CreateCaseStudyAttachments1795300320957';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "case_study_attachment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_study_id" uuid NOT NULL, "filename" text NOT NULL, "content_type" text NOT NULL, "size" integer NOT NULL, "storage_key" text NOT NULL, "uploaded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4d600d3fcdd2570b200855d4a23" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_36a9f9ebfa740742deecbafc30" ON "case_study_attachment"  ("case_study_id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_36a9f9ebfa740742deecbafc30"`);
    await queryRunner.query(`DROP TABLE "case_study_attachment"`);
  }
}
