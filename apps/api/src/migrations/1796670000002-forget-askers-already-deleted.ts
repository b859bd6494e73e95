import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data: accounts deleted before 1796670000001 still named as askers or
 * answerers lose that link now, as later deletions do.
 */
export class ForgetAskersAlreadyDeleted1796670000002 implements MigrationInterface {
  name = 'ForgetAskersAlreadyDeleted1796670000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE question SET asked_by = NULL
        WHERE asked_by IN (SELECT id FROM account WHERE status = 'deleted')`,
    );
    await queryRunner.query(
      `UPDATE question_answer SET answered_by = NULL
        WHERE answered_by IN (SELECT id FROM account WHERE status = 'deleted')`,
    );
  }

  async down(): Promise<void> {
    // Who asked cannot be told again once forgotten.
  }
}
