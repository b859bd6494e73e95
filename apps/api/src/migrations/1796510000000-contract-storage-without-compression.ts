import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The import writes every release and rewrites its process's compiled
 * release: compressing both (pglz, the only method this PostgreSQL build
 * has) cost about a third of the database's CPU in the import. Releases
 * (a few KB, read back only to recompile) stay in their row uncompressed;
 * compiled releases go out of line uncompressed, so the process rows that
 * searches and the radar scan stay narrow. Decision 0039.
 */
export class ContractStorageWithoutCompression1796510000000 implements MigrationInterface {
  name = 'ContractStorageWithoutCompression1796510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "contract_release" SET (toast_tuple_target = 8160)`);
    await queryRunner.query(
      `ALTER TABLE "contracting_process" ALTER COLUMN "compiled_release" SET STORAGE EXTERNAL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "contracting_process" ALTER COLUMN "compiled_release" SET STORAGE EXTENDED`,
    );
    await queryRunner.query(`ALTER TABLE "contract_release" RESET (toast_tuple_target)`);
  }
}
