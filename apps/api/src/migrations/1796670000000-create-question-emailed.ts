import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Schema: who "ask the adopters" emailed a question directly, so the
 * question's notification does not email them a second time (decision 0052).
 * Answerers' and askers' erasure (1796670000001) needs an index on who answered.
 */
export class CreateQuestionEmailed1796670000000 implements MigrationInterface {
  name = 'CreateQuestionEmailed1796670000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "question_emailed" ("question_id" uuid NOT NULL, "account_id" uuid NOT NULL, CONSTRAINT "PK_question_emailed" PRIMARY KEY ("question_id", "account_id"), CONSTRAINT "FK_question_emailed_question" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE, CONSTRAINT "FK_question_emailed_account" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_question_emailed_account" ON "question_emailed" ("account_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_question_answer_answered_by" ON "question_answer" ("answered_by")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_question_answer_answered_by"`);
    await queryRunner.query(`DROP TABLE "question_emailed"`);
  }
}
