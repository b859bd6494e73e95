import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIdentityAndAudit1795297722212 implements MigrationInterface {
  name = 'CreateIdentityAndAudit1795297722212';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" BIGSERIAL NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "request_id" text, "actor_user_id" uuid, "actor_council_code" text, "actor_role" text NOT NULL, "action" text NOT NULL, "target_type" text, "target_id" text, "outcome" text NOT NULL, "details" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7a2d6b21c108b71bb75a793a2f" ON "audit_event"  ("actor_user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_45452915f68f5a171bc4107b9e" ON "audit_event"  ("action") `,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_event_occurred_at_idx" ON "audit_event"  ("occurred_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text, "email_verified_at" TIMESTAMP WITH TIME ZONE, "name" text NOT NULL, "job_title" text NOT NULL, "password_hash" text, "status" text NOT NULL DEFAULT 'active', "platform_role" text, "mfa_secret" text, "mfa_pending_secret" text, "mfa_enabled_at" TIMESTAMP WITH TIME ZONE, "mfa_last_step" bigint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_4c8f96ccf523e9a3faefd5bdd4c" UNIQUE ("email"), CONSTRAINT "PK_54115ee388cdb6d86bb4bf5b2ea" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "council_domain" ("domain" text NOT NULL, "council_code" text NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_038ac12c561b8fe83ae8ea687e9" PRIMARY KEY ("domain"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_56bb733cb451f2a1758b03edb3" ON "council_domain"  ("council_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "council_membership" ("account_id" uuid NOT NULL, "council_code" text NOT NULL, "role" text NOT NULL DEFAULT 'OFFICER', "status" text NOT NULL DEFAULT 'active', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_692c2b037a5255b00bad8866989" PRIMARY KEY ("account_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_45e7f56bc7c6f1b91a696f1fb5" ON "council_membership"  ("council_code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "one_time_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "purpose" text NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_5a751ff4e9106ceddfd3417de62" UNIQUE ("token_hash"), CONSTRAINT "PK_956e3dd6580e4829e05ab460808" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a5d49686ed2f529465217ba7ec" ON "one_time_token"  ("account_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "mfa_recovery_code" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "code_hash" text NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cdbbb187d9498f3aee029649fbf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6724770d89e88dfad86b16a235" ON "mfa_recovery_code"  ("account_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "session" ("id" text NOT NULL, "account_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "mfa_verified" boolean NOT NULL DEFAULT false, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_fae5a6b4a57f098e9af8520d49" ON "session"  ("account_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "sign_in_throttle" ("key" text NOT NULL, "failures" integer NOT NULL, "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f838c82d37e24773fc7984a7649" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "sso_login" ("state" text NOT NULL, "domain" text NOT NULL, "nonce" text NOT NULL, "code_verifier" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b1e44d58510f344a2ea08bfc5ab" PRIMARY KEY ("state"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "sso_provider" ("domain" text NOT NULL, "issuer" text NOT NULL, "client_id" text NOT NULL, "client_secret" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6d28ab7ad4b49af3168d6e40a71" PRIMARY KEY ("domain"))`,
    );
    // The audit log is append-only: refuse every UPDATE and DELETE.
    await queryRunner.query(`CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP;
      END;
    $$`);
    await queryRunner.query(`CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON "audit_event"
      FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
    await queryRunner.query(`CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event"
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_event_no_truncate ON "audit_event"`);
    await queryRunner.query(`DROP TRIGGER audit_event_append_only ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION audit_event_append_only()`);
    await queryRunner.query(`DROP TABLE "sso_provider"`);
    await queryRunner.query(`DROP TABLE "sso_login"`);
    await queryRunner.query(`DROP TABLE "sign_in_throttle"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fae5a6b4a57f098e9af8520d49"`);
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6724770d89e88dfad86b16a235"`);
    await queryRunner.query(`DROP TABLE "mfa_recovery_code"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a5d49686ed2f529465217ba7ec"`);
    await queryRunner.query(`DROP TABLE "one_time_token"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_45e7f56bc7c6f1b91a696f1fb5"`);
    await queryRunner.query(`DROP TABLE "council_membership"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_56bb733cb451f2a1758b03edb3"`);
    await queryRunner.query(`DROP TABLE "council_domain"`);
    await queryRunner.query(`DROP TABLE "account"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_occurred_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_45452915f68f5a171bc4107b9e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7a2d6b21c108b71bb75a793a2f"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
