import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProcurementGroupSamples1795317571786 implements MigrationInterface {
  name = 'ProcurementGroupSamples1795317571786';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "procurement_group" ADD "is_sample" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`ALTER TABLE "procurement_group" ADD "source_url" text`);
    await queryRunner.query(
      `ALTER TABLE "procurement_group" ALTER COLUMN "desired_start" DROP NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "procurement_group" ALTER COLUMN "route" DROP NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "procurement_group" ALTER COLUMN "interest_closes_on" DROP NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "procurement_group" ALTER COLUMN "minimum_councils" DROP NOT NULL`,
    );
    // Only sample content may leave out what its source does not state; every group made on LGX has them.
    await queryRunner.query(
      `ALTER TABLE "procurement_group" ADD CONSTRAINT "procurement_group_details_unless_sample" CHECK ("is_sample" OR ("desired_start" IS NOT NULL AND "route" IS NOT NULL AND "interest_closes_on" IS NOT NULL AND "minimum_councils" IS NOT NULL))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Sample groups may lack the details the columns required before; they go, with their rows.
    for (const table of [
      'procurement_group_member',
      'procurement_group_stage_change',
      'procurement_group_message',
      'procurement_group_document',
    ])
      await queryRunner.query(
        `DELETE FROM "${table}" WHERE "group_id" IN (SELECT "id" FROM "procurement_group" WHERE "is_sample")`,
      );
    await queryRunner.query(`DELETE FROM "procurement_group" WHERE "is_sample"`);
    await queryRunner.query(
      `ALTER TABLE "procurement_group" DROP CONSTRAINT "procurement_group_details_unless_sample"`,
    );
    await queryRunner.query(
      `ALTER TABLE "procurement_group" ALTER COLUMN "minimum_councils" SET NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "procurement_group" ALTER COLUMN "interest_closes_on" SET NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "procurement_group" ALTER COLUMN "route" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "procurement_group" ALTER COLUMN "desired_start" SET NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE "procurement_group" DROP COLUMN "source_url"`);
    await queryRunner.query(`ALTER TABLE "procurement_group" DROP COLUMN "is_sample"`);
  }
}
