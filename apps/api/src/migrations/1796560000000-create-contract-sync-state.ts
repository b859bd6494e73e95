import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Where the public contracts sync stands, one row per source API (find-a-tender, contracts-finder). */
export class CreateContractSyncState1796560000000 implements MigrationInterface {
  name = 'CreateContractSyncState1796560000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "contract_sync_state" ("source" text NOT NULL, "synced_to" TIMESTAMP WITH TIME ZONE NOT NULL, "window_from" TIMESTAMP WITH TIME ZONE, "window_to" TIMESTAMP WITH TIME ZONE, "next_url" text, "last_success_at" TIMESTAMP WITH TIME ZONE, "last_error" text, "last_error_at" TIMESTAMP WITH TIME ZONE, "errors_total" integer NOT NULL DEFAULT 0, "pages_total" integer NOT NULL DEFAULT 0, "releases_total" integer NOT NULL DEFAULT 0, "refused_total" integer NOT NULL DEFAULT 0, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_contract_sync_state" PRIMARY KEY ("source"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "contract_sync_state"`);
  }
}
