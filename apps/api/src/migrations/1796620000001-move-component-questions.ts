import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data: the questions asked of a component's adopters ("ask the adopters")
 * join the one questions table (decision 0047). They were sent by email to
 * the officers of adopting councils, never shown on a page, so they become
 * officers-only questions, unanswered (answers went by email), put to the
 * component's maintaining councils and the councils that offered to answer,
 * as they are now (the asker's own council left out). Keeps their ids.
 */
export class MoveComponentQuestions1796620000001 implements MigrationInterface {
  name = 'MoveComponentQuestions1796620000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      INSERT INTO question (id, subject_type, subject_id, council_codes, visibility, text, asked_by,
                            asker_council_code, asked_at, answered_at, emailed_count)
      SELECT old.id, 'component', old.component_id,
             ARRAY(SELECT DISTINCT code FROM (
                     SELECT unnest(component.maintaining_council_codes) AS code
                     UNION
                     SELECT adoption.council_code FROM component_adoption adoption
                      WHERE adoption.component_id = old.component_id AND adoption.contact_opt_in
                   ) councils
                   WHERE code <> old.asker_council_code ORDER BY code),
             'OFFICERS', old.question, old.asked_by, old.asker_council_code,
             date_trunc('milliseconds', old.created_at), NULL,
             old.recipient_count
        FROM component_question old
        JOIN component ON component.id = old.component_id
      ON CONFLICT (id) DO NOTHING`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      INSERT INTO component_question (id, component_id, asked_by, asker_council_code, question,
                                      recipient_count, created_at)
      SELECT id, subject_id, asked_by, asker_council_code, text, emailed_count, asked_at
        FROM question
       WHERE subject_type = 'component' AND emailed_count IS NOT NULL AND asked_by IS NOT NULL
             AND asker_council_code IS NOT NULL
      ON CONFLICT (id) DO NOTHING`);
    await queryRunner.query(
      `DELETE FROM question WHERE subject_type = 'component' AND emailed_count IS NOT NULL`,
    );
  }
}
