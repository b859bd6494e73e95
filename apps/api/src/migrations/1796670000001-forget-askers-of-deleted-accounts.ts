import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A deleted account keeps its row (anonymised, status "deleted"), as its
 * follows and email choices go (1796610000001, 1796650000001). Its questions
 * and answers stay, as case studies stay with their council: the question is
 * what the council's answers answer, and the answers are the council's. What
 * goes is who asked and who answered (decision 0052), and the record of whom
 * "ask the adopters" emailed.
 */
export class ForgetAskersOfDeletedAccounts1796670000001 implements MigrationInterface {
  name = 'ForgetAskersOfDeletedAccounts1796670000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION lgx_forget_askers() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         UPDATE question SET asked_by = NULL WHERE asked_by = NEW.id;
         UPDATE question_answer SET answered_by = NULL WHERE answered_by = NEW.id;
         DELETE FROM question_emailed WHERE account_id = NEW.id;
         RETURN NEW;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER account_deleted_forget_askers AFTER UPDATE OF status ON account
       FOR EACH ROW WHEN (NEW.status = 'deleted' AND OLD.status IS DISTINCT FROM 'deleted')
       EXECUTE FUNCTION lgx_forget_askers()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER account_deleted_forget_askers ON account`);
    await queryRunner.query(`DROP FUNCTION lgx_forget_askers()`);
  }
}
