import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Email notifications (issue 17): each account's email preferences (a
 * missing row means both kinds on) and the random tokens of one-click
 * unsubscribe links, each naming one account and what it stops.
 */
export class CreateEmailPreferences1796650000000 implements MigrationInterface {
  name = 'CreateEmailPreferences1796650000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "email_preference" ("account_id" uuid NOT NULL, "addressed" boolean NOT NULL DEFAULT true, "digests" boolean NOT NULL DEFAULT true, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_email_preference" PRIMARY KEY ("account_id"), CONSTRAINT "email_preference_account_fk" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE TABLE "email_unsubscribe" ("token" text NOT NULL, "account_id" uuid NOT NULL, "stops" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_email_unsubscribe" PRIMARY KEY ("token"), CONSTRAINT "email_unsubscribe_stops_check" CHECK ("stops" IN ('ALL', 'ADDRESSED', 'DIGESTS')), CONSTRAINT "email_unsubscribe_account_fk" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "email_unsubscribe_account_stops_idx" ON "email_unsubscribe" ("account_id", "stops")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "email_unsubscribe"`);
    await queryRunner.query(`DROP TABLE "email_preference"`);
  }
}
