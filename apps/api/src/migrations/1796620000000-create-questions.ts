import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Schema: questions to the councils behind a case study or a component, and
 * their answers (decision 0047). A public question, or an answer to one,
 * queues its subject for the search index: public questions and answers are
 * part of the subject's search document; officers-only ones never are.
 */
export class CreateQuestions1796620000000 implements MigrationInterface {
  name = 'CreateQuestions1796620000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "question" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subject_type" text NOT NULL, "subject_id" uuid NOT NULL, "council_codes" text array NOT NULL, "visibility" text NOT NULL, "text" text NOT NULL, "asked_by" uuid, "asker_council_code" text, "asked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "answered_at" TIMESTAMP WITH TIME ZONE, "emailed_count" integer, CONSTRAINT "PK_question" PRIMARY KEY ("id"), CONSTRAINT "CHK_question_subject_type" CHECK ("subject_type" IN ('case_study', 'component')), CONSTRAINT "CHK_question_visibility" CHECK ("visibility" IN ('PUBLIC', 'OFFICERS')))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_question_subject" ON "question" ("subject_type", "subject_id", "asked_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_question_asked_by" ON "question" ("asked_by", "asked_at") `,
    );
    // The questions waiting for a council: "is this council among those asked".
    await queryRunner.query(
      `CREATE INDEX "IDX_question_council_codes" ON "question" USING gin ("council_codes")`,
    );
    await queryRunner.query(
      `CREATE TABLE "question_answer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "question_id" uuid NOT NULL, "text" text NOT NULL, "answered_by" uuid, "council_code" text NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_question_answer" PRIMARY KEY ("id"), CONSTRAINT "FK_question_answer_question" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_question_answer_question" ON "question_answer" ("question_id", "answered_at") `,
    );
    await queryRunner.query(`CREATE FUNCTION question_subject_search_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        asked question%ROWTYPE;
        question_key uuid;
      BEGIN
        IF TG_TABLE_NAME = 'question' THEN
          IF TG_OP = 'DELETE' THEN asked := OLD; ELSE asked := NEW; END IF;
          IF asked.visibility <> 'PUBLIC' THEN
            -- A question made officers-only changes what its subject's document holds; others never touch it.
            IF TG_OP <> 'UPDATE' THEN RETURN NULL; END IF;
            IF OLD.visibility <> 'PUBLIC' THEN RETURN NULL; END IF;
          END IF;
        ELSE
          IF TG_OP = 'DELETE' THEN question_key := OLD.question_id; ELSE question_key := NEW.question_id; END IF;
          SELECT * INTO asked FROM question WHERE id = question_key;
          IF NOT FOUND OR asked.visibility <> 'PUBLIC' THEN RETURN NULL; END IF;
        END IF;
        INSERT INTO search_outbox (entity_type, entity_id) VALUES (asked.subject_type, asked.subject_id::text);
        PERFORM pg_notify('search_outbox', asked.subject_type);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER question_subject_search AFTER INSERT OR UPDATE OR DELETE ON "question"
      FOR EACH ROW EXECUTE FUNCTION question_subject_search_enqueue()`);
    await queryRunner.query(`CREATE TRIGGER question_answer_subject_search AFTER INSERT OR UPDATE OR DELETE ON "question_answer"
      FOR EACH ROW EXECUTE FUNCTION question_subject_search_enqueue()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER question_answer_subject_search ON "question_answer"`);
    await queryRunner.query(`DROP TRIGGER question_subject_search ON "question"`);
    await queryRunner.query(`DROP FUNCTION question_subject_search_enqueue()`);
    await queryRunner.query(`DROP TABLE "question_answer"`);
    await queryRunner.query(`DROP TABLE "question"`);
  }
}
