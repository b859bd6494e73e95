import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Requests for access that someone else decides: a council email domain LGX
 * does not know yet (platform admins), the editor role (the council's admins)
 * and the admin role of a council that has none (platform admins). One
 * pending request per key; a second person asking the same joins the first
 * (requester_ids).
 */
export class CreateAccessRequests1796100000000 implements MigrationInterface {
  name = 'CreateAccessRequests1796100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "access_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "council_code" text NOT NULL, "domain" text, "requester_ids" uuid array NOT NULL, "status" text NOT NULL DEFAULT 'PENDING', "decline_reason" text, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "access_request_kind" CHECK ("kind" IN ('COUNCIL_DOMAIN', 'EDITOR_ROLE', 'COUNCIL_ADMIN')), CONSTRAINT "access_request_status" CHECK ("status" IN ('PENDING', 'ACCEPTED', 'DECLINED')), CONSTRAINT "access_request_domain" CHECK (("kind" = 'COUNCIL_DOMAIN') = ("domain" IS NOT NULL)), CONSTRAINT "PK_access_request" PRIMARY KEY ("id"))`,
    );
    // One pending request per domain and council, and one per person and role.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "access_request_pending_domain" ON "access_request" ("domain", "council_code") WHERE "status" = 'PENDING' AND "kind" = 'COUNCIL_DOMAIN'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "access_request_pending_role" ON "access_request" ("kind", ("requester_ids"[1])) WHERE "status" = 'PENDING' AND "kind" <> 'COUNCIL_DOMAIN'`,
    );
    await queryRunner.query(
      `CREATE INDEX "access_request_queue" ON "access_request" ("status", "kind", "council_code")`,
    );
    await queryRunner.query(
      `CREATE INDEX "access_request_requesters" ON "access_request" USING gin ("requester_ids")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "access_request"`);
  }
}
