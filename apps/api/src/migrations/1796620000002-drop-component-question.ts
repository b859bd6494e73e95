import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Schema: the component questions live in the questions table now (the migration before moved them). */
export class DropComponentQuestion1796620000002 implements MigrationInterface {
  name = 'DropComponentQuestion1796620000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "component_question"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "component_question" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "component_id" uuid NOT NULL, "asked_by" uuid NOT NULL, "asker_council_code" text NOT NULL, "question" text NOT NULL, "recipient_count" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dcf56c27a001feff39e16c953f9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3ec77409043b92fcc720015ca5" ON "component_question" ("component_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b68c82049ad21b5accfad8adca" ON "component_question" ("asked_by") `,
    );
  }
}
