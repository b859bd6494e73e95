import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Schema: a council's digital ambition map (issue 18, decision 0056): the map
 * (published or private), the importance of each objective, one row per
 * council, objective and technology (what the sector map will count), and a
 * dated snapshot after every change. A deleted account is forgotten as the
 * one who saved a snapshot; the snapshot stays with its council.
 */
export class CreateAmbitionMaps1796720000000 implements MigrationInterface {
  name = 'CreateAmbitionMaps1796720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "ambition_map" ("council_code" text NOT NULL, "published" boolean NOT NULL DEFAULT false, "published_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT 0, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ambition_map" PRIMARY KEY ("council_code"), CONSTRAINT "FK_ambition_map_council" FOREIGN KEY ("council_code") REFERENCES "council"("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "ambition_objective" ("council_code" text NOT NULL, "objective" text NOT NULL, "importance" smallint, CONSTRAINT "PK_ambition_objective" PRIMARY KEY ("council_code", "objective"), CONSTRAINT "CHK_ambition_objective_importance" CHECK ("importance" BETWEEN 1 AND 5), CONSTRAINT "FK_ambition_objective_map" FOREIGN KEY ("council_code") REFERENCES "ambition_map"("council_code") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE TABLE "ambition_cell" ("council_code" text NOT NULL, "objective" text NOT NULL, "technology" text NOT NULL, "potential" text, "plan" text, "barriers" text array NOT NULL DEFAULT '{}', "readiness" text, "evidence_case_study_id" uuid, "evidence_adoption_id" uuid, CONSTRAINT "PK_ambition_cell" PRIMARY KEY ("council_code", "objective", "technology"), CONSTRAINT "CHK_ambition_cell_potential" CHECK ("potential" IN ('NONE', 'SOME', 'HIGH')), CONSTRAINT "CHK_ambition_cell_plan" CHECK ("plan" IN ('NONE', 'EXPLORING', 'PLANNED_WITHIN_FIVE_YEARS', 'PILOTING', 'LIVE')), CONSTRAINT "CHK_ambition_cell_readiness" CHECK ("readiness" IN ('YES', 'PARTLY', 'NO')), CONSTRAINT "CHK_ambition_cell_barriers" CHECK ("barriers" <@ ARRAY['SKILLS', 'FUNDING', 'DATA', 'LEADERSHIP', 'LEGACY_SYSTEMS', 'SUPPLIER_MARKET', 'CULTURE']::text[]), CONSTRAINT "CHK_ambition_cell_one_evidence" CHECK ("evidence_case_study_id" IS NULL OR "evidence_adoption_id" IS NULL), CONSTRAINT "FK_ambition_cell_map" FOREIGN KEY ("council_code") REFERENCES "ambition_map"("council_code") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ambition_cell_objective_technology" ON "ambition_cell" ("objective", "technology") `,
    );
    await queryRunner.query(
      `CREATE TABLE "ambition_map_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "council_code" text NOT NULL, "version" integer NOT NULL, "kind" text NOT NULL, "snapshot" jsonb NOT NULL, "saved_by" uuid, "saved_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ambition_map_version" PRIMARY KEY ("id"), CONSTRAINT "CHK_ambition_map_version_kind" CHECK ("kind" IN ('SAVE', 'PUBLISH', 'UNPUBLISH')), CONSTRAINT "FK_ambition_map_version_map" FOREIGN KEY ("council_code") REFERENCES "ambition_map"("council_code") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_ambition_map_version" ON "ambition_map_version" ("council_code", "version") `,
    );
    await queryRunner.query(
      `CREATE FUNCTION lgx_forget_ambition_savers() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         UPDATE ambition_map_version SET saved_by = NULL WHERE saved_by = NEW.id;
         RETURN NEW;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER account_deleted_forget_ambition_savers AFTER UPDATE OF status ON account
       FOR EACH ROW WHEN (NEW.status = 'deleted' AND OLD.status IS DISTINCT FROM 'deleted')
       EXECUTE FUNCTION lgx_forget_ambition_savers()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER account_deleted_forget_ambition_savers ON account`);
    await queryRunner.query(`DROP FUNCTION lgx_forget_ambition_savers()`);
    await queryRunner.query(`DROP TABLE "ambition_map_version"`);
    await queryRunner.query(`DROP TABLE "ambition_cell"`);
    await queryRunner.query(`DROP TABLE "ambition_objective"`);
    await queryRunner.query(`DROP TABLE "ambition_map"`);
  }
}
