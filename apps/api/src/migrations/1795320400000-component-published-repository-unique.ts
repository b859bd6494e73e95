import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A draft no longer claims its repository: two councils may each hold a
 * private draft of the same repository, and neither learns of the other's.
 * Only one component per repository may be published (decision 0013).
 */
export class ComponentPublishedRepositoryUnique1795320400000 implements MigrationInterface {
  name = 'ComponentPublishedRepositoryUnique1795320400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_8f980d198cf1039c7887feb24a"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_component_published_repository_key" ON "component" ("repository_key") WHERE repository_key IS NOT NULL AND status = 'PUBLISHED'`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_component_repository_key" ON "component" ("repository_key") WHERE repository_key IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_component_repository_key"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_component_published_repository_key"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_8f980d198cf1039c7887feb24a" ON "component" ("repository_key") WHERE repository_key IS NOT NULL`,
    );
  }
}
