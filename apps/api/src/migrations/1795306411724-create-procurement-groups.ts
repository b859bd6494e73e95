import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateProcurementGroups1795306411724 implements MigrationInterface {
  name = 'CreateProcurementGroups1795306411724';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "procurement_group" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "need" text NOT NULL, "cpv_code" text NOT NULL, "lead_council_code" text NOT NULL, "value_per_council_pence" bigint, "total_value_pence" bigint, "desired_start" date NOT NULL, "route" text NOT NULL, "framework_name" text, "framework_lot" text, "minimum_councils" integer NOT NULL, "visibility" text NOT NULL, "interest_closes_on" date NOT NULL, "stage" text NOT NULL DEFAULT 'FORMING', "end_reason" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f7ccd2d90249129e2dd094cfa49" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5d67b585f8d9ad9d888031a45b" ON "procurement_group"  ("lead_council_code") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8bf4f384bf99f447346ea7ac6e" ON "procurement_group"  ("stage") `,
    );
    await queryRunner.query(
      `CREATE TABLE "procurement_group_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "council_code" text NOT NULL, "status" text NOT NULL, "volume" integer, "volume_unit" text, "estimated_value_pence" bigint, "earliest_start" date, "latest_start" date, "committed_at" TIMESTAMP WITH TIME ZONE, "updated_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_83b55e22d3634433d5ea85a5ec4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_57bc140b5e332960679c00ec40" ON "procurement_group_member"  ("council_code") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "procurement_group_member_council_idx" ON "procurement_group_member"  ("group_id", "council_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "procurement_group_stage_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "from_stage" text NOT NULL, "to_stage" text NOT NULL, "note" text NOT NULL DEFAULT '', "changed_by" uuid, "changed_by_name" text NOT NULL, "changed_by_council_code" text NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b9e4e5615421158440155301f0c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_54ba6a901a70e0cd0cb6954978" ON "procurement_group_stage_change"  ("group_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "procurement_group_document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "filename" text NOT NULL, "content_type" text NOT NULL, "size" integer NOT NULL, "storage_key" text NOT NULL, "council_code" text NOT NULL, "uploaded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4ca89c442ed16796058fd5b04cf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9335368b110dedd3f2781199d4" ON "procurement_group_document"  ("group_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "procurement_group_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "council_code" text NOT NULL, "author_id" uuid, "author_name" text NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_82e7072af3e3d35e254a37166c3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f2d797951d92b71257d9ee333a" ON "procurement_group_message"  ("group_id") `,
    );
    // Membership changes touch the group's updated_at, so this one trigger keeps counts and regions fresh.
    await queryRunner.query(`CREATE TRIGGER procurement_group_search_outbox AFTER INSERT OR UPDATE OR DELETE ON "procurement_group"
      FOR EACH ROW EXECUTE FUNCTION search_outbox_enqueue('procurement_group', 'id')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER procurement_group_search_outbox ON "procurement_group"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f2d797951d92b71257d9ee333a"`);
    await queryRunner.query(`DROP TABLE "procurement_group_message"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9335368b110dedd3f2781199d4"`);
    await queryRunner.query(`DROP TABLE "procurement_group_document"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_54ba6a901a70e0cd0cb6954978"`);
    await queryRunner.query(`DROP TABLE "procurement_group_stage_change"`);
    await queryRunner.query(`DROP INDEX "public"."procurement_group_member_council_idx"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_57bc140b5e332960679c00ec40"`);
    await queryRunner.query(`DROP TABLE "procurement_group_member"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8bf4f384bf99f447346ea7ac6e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5d67b585f8d9ad9d888031a45b"`);
    await queryRunner.query(`DROP TABLE "procurement_group"`);
  }
}
