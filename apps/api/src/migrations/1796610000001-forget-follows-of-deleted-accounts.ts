import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A deleted account keeps its row (anonymised, status "deleted"), so its
 * follows and notifications would outlive it: what someone followed and
 * searched for is theirs. They go when the account is deleted.
 */
export class ForgetFollowsOfDeletedAccounts1796610000001 implements MigrationInterface {
  name = 'ForgetFollowsOfDeletedAccounts1796610000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION lgx_forget_follows() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         DELETE FROM follow WHERE account_id = NEW.id;
         DELETE FROM notification WHERE account_id = NEW.id;
         RETURN NEW;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER account_deleted_forget_follows AFTER UPDATE OF status ON account
       FOR EACH ROW WHEN (NEW.status = 'deleted' AND OLD.status IS DISTINCT FROM 'deleted')
       EXECUTE FUNCTION lgx_forget_follows()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER account_deleted_forget_follows ON account`);
    await queryRunner.query(`DROP FUNCTION lgx_forget_follows()`);
  }
}
