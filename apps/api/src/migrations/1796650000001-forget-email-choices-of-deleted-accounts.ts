import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A deleted account keeps its row (anonymised, status "deleted"), so its
 * email preferences and unsubscribe links would outlive it, as its follows
 * would (see 1796610000001). They go when the account is deleted: its old
 * links are then refused like any unknown one.
 */
export class ForgetEmailChoicesOfDeletedAccounts1796650000001 implements MigrationInterface {
  name = 'ForgetEmailChoicesOfDeletedAccounts1796650000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION lgx_forget_email_choices() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         DELETE FROM email_unsubscribe WHERE account_id = NEW.id;
         DELETE FROM email_preference WHERE account_id = NEW.id;
         RETURN NEW;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER account_deleted_forget_email_choices AFTER UPDATE OF status ON account
       FOR EACH ROW WHEN (NEW.status = 'deleted' AND OLD.status IS DISTINCT FROM 'deleted')
       EXECUTE FUNCTION lgx_forget_email_choices()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER account_deleted_forget_email_choices ON account`);
    await queryRunner.query(`DROP FUNCTION lgx_forget_email_choices()`);
  }
}
