import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateComponents1795307021900 implements MigrationInterface {
  name = 'CreateComponents1795307021900';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "component" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "kind" text NOT NULL, "summary" text NOT NULL, "description" text NOT NULL DEFAULT '', "url" text, "repository_key" text, "licence" text NOT NULL, "maturity" text NOT NULL, "maintaining_council_codes" text array NOT NULL DEFAULT '{}', "service_areas" text array NOT NULL DEFAULT '{}', "technologies" text array NOT NULL DEFAULT '{}', "standards" text array NOT NULL DEFAULT '{}', "features" text array NOT NULL DEFAULT '{}', "dependencies" jsonb NOT NULL DEFAULT '[]', "documentation_url" text, "software_version" text, "release_date" date, "publiccode_version" text, "status" text NOT NULL DEFAULT 'DRAFT', "adoption_count" integer NOT NULL DEFAULT '0', "is_sample" boolean NOT NULL DEFAULT false, "maintained_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, "stale_reminded_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c084eba2d3b157314de79135f09" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_8f980d198cf1039c7887feb24a" ON "component"  ("repository_key") WHERE repository_key IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4244e05047724f28bf86974e9c" ON "component"  ("status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "component_adoption" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "component_id" uuid NOT NULL, "council_code" text NOT NULL, "status" text NOT NULL, "started_on" date, "stopped_on" date, "note" text, "case_study_id" uuid, "recorded_by" uuid, "contact_opt_in" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fe07f57feed464f2a128278d8f6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_49fffeee809ac4b9cfcf7adfe3" ON "component_adoption"  ("component_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7badd0479d528fc23a5b2a840a" ON "component_adoption"  ("council_code") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_d1227cc0719613e497a5f915ab" ON "component_adoption"  ("component_id", "council_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "component_question" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "component_id" uuid NOT NULL, "asked_by" uuid NOT NULL, "asker_council_code" text NOT NULL, "question" text NOT NULL, "recipient_count" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dcf56c27a001feff39e16c953f9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3ec77409043b92fcc720015ca5" ON "component_question"  ("component_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b68c82049ad21b5accfad8adca" ON "component_question"  ("asked_by") `,
    );
    // Adoption changes update component.adoption_count, so this also reindexes on adoption.
    await queryRunner.query(`CREATE TRIGGER component_search_outbox AFTER INSERT OR UPDATE OR DELETE ON "component"
      FOR EACH ROW EXECUTE FUNCTION search_outbox_enqueue('component', 'id')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER component_search_outbox ON "component"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b68c82049ad21b5accfad8adca"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3ec77409043b92fcc720015ca5"`);
    await queryRunner.query(`DROP TABLE "component_question"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d1227cc0719613e497a5f915ab"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7badd0479d528fc23a5b2a840a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_49fffeee809ac4b9cfcf7adfe3"`);
    await queryRunner.query(`DROP TABLE "component_adoption"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4244e05047724f28bf86974e9c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8f980d198cf1039c7887feb24a"`);
    await queryRunner.query(`DROP TABLE "component"`);
  }
}
