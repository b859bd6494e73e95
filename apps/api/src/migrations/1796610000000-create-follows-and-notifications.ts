import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Follows (issue 17) and the in-app notifications they and addressed events bring. */
export class CreateFollowsAndNotifications1796610000000 implements MigrationInterface {
  name = 'CreateFollowsAndNotifications1796610000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "follow" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "kind" text NOT NULL, "target_key" text NOT NULL, "search" jsonb, "digest" text NOT NULL DEFAULT 'DAILY', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_follow" PRIMARY KEY ("id"), CONSTRAINT "follow_account_fk" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "follow_account_target_idx" ON "follow" ("account_id", "kind", "target_key")`,
    );
    await queryRunner.query(`CREATE INDEX "follow_target_idx" ON "follow" ("kind", "target_key")`);
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "kind" text NOT NULL, "event" text NOT NULL, "event_key" text NOT NULL, "subject_type" text NOT NULL, "subject_id" text NOT NULL, "title" text NOT NULL, "reason" text NOT NULL, "url" text NOT NULL, "follow_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, "emailed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_notification" PRIMARY KEY ("id"), CONSTRAINT "notification_account_fk" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notification_account_event_idx" ON "notification" ("account_id", "event_key")`,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_account_page_idx" ON "notification" ("account_id", "created_at", "id")`,
    );
    // The unread count in every page's header, and the next digest's unsent notifications.
    await queryRunner.query(
      `CREATE INDEX "notification_unread_idx" ON "notification" ("account_id") WHERE "read_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_unsent_idx" ON "notification" ("account_id", "created_at") WHERE "emailed_at" IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TABLE "follow"`);
  }
}
