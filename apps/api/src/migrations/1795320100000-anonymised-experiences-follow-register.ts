import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An anonymised experience's description (and so its search document's
 * nation, region and type) depends on the whole council register: any change
 * to it, such as a corrected region, puts every published anonymised
 * experience back in the search outbox, once per statement (an import is one).
 */
export class AnonymisedExperiencesFollowRegister1795320100000 implements MigrationInterface {
  name = 'AnonymisedExperiencesFollowRegister1795320100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION supplier_experience_register_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_outbox (entity_type, entity_id)
          SELECT 'supplier_experience', e.id::text FROM supplier_experience e
           WHERE e.status = 'PUBLISHED' AND e.attribution = 'ANONYMISED';
        IF FOUND THEN PERFORM pg_notify('search_outbox', 'supplier_experience'); END IF;
        RETURN NULL;
      END;
    $$`);
    await queryRunner.query(`CREATE TRIGGER council_supplier_experience_descriptions
      AFTER INSERT OR UPDATE OR DELETE ON "council"
      FOR EACH STATEMENT EXECUTE FUNCTION supplier_experience_register_changed()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER council_supplier_experience_descriptions ON "council"`);
    await queryRunner.query(`DROP FUNCTION supplier_experience_register_changed()`);
  }
}
