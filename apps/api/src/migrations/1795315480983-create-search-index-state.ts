import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSearchIndexState1795315480983 implements MigrationInterface {
  name = 'CreateSearchIndexState1795315480983';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "search_index_state" ("index_uid" text NOT NULL, "document_version" integer NOT NULL, "built_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1f0d5a1902716f62388a6c2d7eb" PRIMARY KEY ("index_uid"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "search_index_state"`);
  }
}
