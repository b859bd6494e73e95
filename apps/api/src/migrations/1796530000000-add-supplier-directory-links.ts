import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The supplier directory, ready to hold the suppliers public contracts
 * award: `supplier.verified` (false for an entry made from a public notice,
 * until a moderator checks it) and `supplier_name_key(name)`, the one
 * definition of the name two suppliers are the same by, indexed for the
 * directory's live suppliers.
 */
export class AddSupplierDirectoryLinks1796530000000 implements MigrationInterface {
  name = 'AddSupplierDirectoryLinks1796530000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "supplier" ADD "verified" boolean NOT NULL DEFAULT true`);
    // Case, punctuation, "&" and "and", "Limited" and "Ltd", a leading "The":
    // the differences Companies House itself ignores when it compares names.
    await queryRunner.query(
      `CREATE FUNCTION supplier_name_key(name text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
         SELECT regexp_replace(
                  regexp_replace(
                    regexp_replace(
                      btrim(regexp_replace(replace(lower(name), '&', ' and '), '[^a-z0-9]+', ' ', 'g')),
                      '\\mpublic limited company$', 'plc'),
                    '\\mlimited$', 'ltd'),
                  '^the ', '')
       $$`,
    );
    await queryRunner.query(
      `CREATE INDEX "supplier_name_key_live" ON "supplier" (supplier_name_key("name")) WHERE "merged_into_id" IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "supplier_name_key_live"`);
    await queryRunner.query(`DROP FUNCTION supplier_name_key(text)`);
    await queryRunner.query(`ALTER TABLE "supplier" DROP COLUMN "verified"`);
  }
}
