import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSearchOutbox1795298505994 implements MigrationInterface {
  name = 'CreateSearchOutbox1795298505994';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "search_outbox" ("id" BIGSERIAL NOT NULL, "entity_type" text NOT NULL, "entity_id" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" text, CONSTRAINT "PK_f0e10017d6287176243c2926453" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "search_outbox_due_idx" ON "search_outbox"  ("next_attempt_at", "id") `,
    );
    // Any change to an indexed table enqueues its key in the same transaction.
    // Arguments: the document type, and the column holding the record's id.
    await queryRunner.query(`CREATE FUNCTION search_outbox_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        key text;
      BEGIN
        IF TG_OP = 'DELETE' THEN key := to_jsonb(OLD) ->> TG_ARGV[1]; ELSE key := to_jsonb(NEW) ->> TG_ARGV[1]; END IF;
        INSERT INTO search_outbox (entity_type, entity_id) VALUES (TG_ARGV[0], key);
        PERFORM pg_notify('search_outbox', TG_ARGV[0]);
        RETURN NULL;
      END;
    $$`);
    await queryRunner.query(`CREATE TRIGGER council_search_outbox AFTER INSERT OR UPDATE OR DELETE ON "council"
      FOR EACH ROW EXECUTE FUNCTION search_outbox_enqueue('council', 'code')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER council_search_outbox ON "council"`);
    await queryRunner.query(`DROP FUNCTION search_outbox_enqueue()`);
    await queryRunner.query(`DROP INDEX "public"."search_outbox_due_idx"`);
    await queryRunner.query(`DROP TABLE "search_outbox"`);
  }
}
