import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Schema: what the renewal radar has suggested to each council, one row per
 * council and procurement group, so a council hears of a group once
 * (RadarSuggestionService). A group's rows go with it.
 */
export class CreateRadarSuggestions1796660000002 implements MigrationInterface {
  name = 'CreateRadarSuggestions1796660000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "radar_suggestion" (
      "council_code" text NOT NULL,
      "group_id" uuid NOT NULL REFERENCES "procurement_group" ("id") ON DELETE CASCADE,
      "ocid" text NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "radar_suggestion_pk" PRIMARY KEY ("council_code", "group_id"))`);
    await queryRunner.query(
      `CREATE INDEX "radar_suggestion_group_idx" ON "radar_suggestion" ("group_id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "radar_suggestion"`);
  }
}
