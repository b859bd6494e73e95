import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a job has done once and must never do again (core/jobs JobRunOnce):
 * one row per (name, key), such as a digest for one person for one period.
 * completed_at is null while an effect outside the database (a mail) is under way.
 */
export class CreateJobRunOnce1796600000000 implements MigrationInterface {
  name = 'CreateJobRunOnce1796600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "job_run_once" ("name" text NOT NULL, "key" text NOT NULL, "claimed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_job_run_once" PRIMARY KEY ("name", "key"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "job_run_once"`);
  }
}
