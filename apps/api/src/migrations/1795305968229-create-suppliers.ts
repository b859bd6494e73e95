import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSuppliers1795305968229 implements MigrationInterface {
  name = 'CreateSuppliers1795305968229';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "supplier" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "company_number" text, "website" text, "products_and_services" text NOT NULL DEFAULT '', "cpv_codes" text array NOT NULL DEFAULT '{}', "merged_into_id" uuid, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2bc0d2cab6276144d2ff98a2828" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_0723a97cb82cc5d3b264ba1c41" ON "supplier"  ("merged_into_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "supplier_company_number_live_idx" ON "supplier"  ("company_number") WHERE "merged_into_id" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "supplier_experience" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "council_code" text NOT NULL, "supplier_id" uuid NOT NULL, "product" text NOT NULL, "cpv_code" text NOT NULL, "contract_start" date NOT NULL, "contract_end" date NOT NULL, "extension_options" text NOT NULL DEFAULT '', "value_band" text NOT NULL, "route_to_market" text NOT NULL, "framework_name" text, "framework_lot" text, "rating_delivery" smallint NOT NULL, "rating_value_for_money" smallint NOT NULL, "rating_support" smallint NOT NULL, "rating_interoperability" smallint NOT NULL, "rating_exit_and_data_portability" smallint NOT NULL, "would_buy_again" boolean NOT NULL, "what_worked" text NOT NULL DEFAULT '', "what_did_not_work" text NOT NULL DEFAULT '', "advice" text NOT NULL DEFAULT '', "is_current" boolean NOT NULL, "attribution" text NOT NULL, "status" text NOT NULL DEFAULT 'SUBMITTED', "moderator_message" text, "author_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_abb9d5b00c66238c52f4effeacf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1d0e21ce8ee927c7dd057de73d" ON "supplier_experience"  ("council_code") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3273a67133f0bc16ad33e763f1" ON "supplier_experience"  ("supplier_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_28f0e880007b471b366140a404" ON "supplier_experience"  ("contract_end") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_28481392beb41e294e70c6accf" ON "supplier_experience"  ("status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "supplier_experience_concern" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "experience_id" uuid NOT NULL, "kind" text NOT NULL, "details" text NOT NULL, "raised_by" uuid, "deadline_at" TIMESTAMP WITH TIME ZONE, "outcome" text, "resolution_note" text, "resolved_by" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4791eb39e812773e80d05627420" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7b404b9d99890f9a9ab10b7768" ON "supplier_experience_concern"  ("experience_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a1abb7eb52f8afa9365ff400f2" ON "supplier_experience_concern"  ("outcome") `,
    );
    await queryRunner.query(`CREATE TRIGGER supplier_experience_search_outbox AFTER INSERT OR UPDATE OR DELETE ON "supplier_experience"
      FOR EACH ROW EXECUTE FUNCTION search_outbox_enqueue('supplier_experience', 'id')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP TRIGGER supplier_experience_search_outbox ON "supplier_experience"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_a1abb7eb52f8afa9365ff400f2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7b404b9d99890f9a9ab10b7768"`);
    await queryRunner.query(`DROP TABLE "supplier_experience_concern"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_28481392beb41e294e70c6accf"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_28f0e880007b471b366140a404"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3273a67133f0bc16ad33e763f1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1d0e21ce8ee927c7dd057de73d"`);
    await queryRunner.query(`DROP TABLE "supplier_experience"`);
    await queryRunner.query(`DROP INDEX "public"."supplier_company_number_live_idx"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0723a97cb82cc5d3b264ba1c41"`);
    await queryRunner.query(`DROP TABLE "supplier"`);
  }
}
