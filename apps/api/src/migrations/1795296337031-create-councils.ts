import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCouncils1795296337031 implements MigrationInterface {
  name = 'CreateCouncils1795296337031';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "council" ("code" text NOT NULL, "gss_code" text, "official_name" text NOT NULL, "nice_name" text NOT NULL, "alt_names" text, "type_code" text NOT NULL, "nation" text NOT NULL, "region" text, "county_code" text, "combined_authority_code" text, "gov_uk_slug" text, "population" integer, "area_km2" double precision, "latitude" double precision, "longitude" double precision, "start_date" date, "end_date" date, "is_current" boolean NOT NULL, "replaced_by" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_5ccf6aa72569a543b71b6e9ac1c" UNIQUE ("gss_code"), CONSTRAINT "PK_e216ce07fd1f75b018ee6c8a691" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b369764272d5602f9479f1b106" ON "council"  ("type_code") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2d324fab3a4d49ac84dad4003f" ON "council"  ("nation") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7e36e0e703338d86abe7c44c28" ON "council"  ("region") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_58a7e3b351b0ceed9bbed7858e" ON "council"  ("is_current") `,
    );
    await queryRunner.query(
      `CREATE INDEX "council_name_code_idx" ON "council"  ("nice_name", "code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "reference_data_import" ("dataset" text NOT NULL, "checksum" text NOT NULL, "row_count" integer NOT NULL, "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_6f1efa57d0aca593bf14497fdff" PRIMARY KEY ("dataset"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "reference_data_import"`);
    await queryRunner.query(`DROP INDEX "public"."council_name_code_idx"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_58a7e3b351b0ceed9bbed7858e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7e36e0e703338d86abe7c44c28"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2d324fab3a4d49ac84dad4003f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b369764272d5602f9479f1b106"`);
    await queryRunner.query(`DROP TABLE "council"`);
  }
}
