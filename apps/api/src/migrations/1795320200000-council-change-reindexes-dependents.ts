import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Schema: when a council's name, nation, region or type changes (a register
 * import, a correction), every search document that carries them is queued
 * for indexing again, not only the council's own. Case studies, components,
 * supplier experiences and procurement groups copy their council's
 * geography into their documents for the region and type facets.
 */
export class CouncilChangeReindexesDependents1795320200000 implements MigrationInterface {
  name = 'CouncilChangeReindexesDependents1795320200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION council_search_dependents_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_outbox (entity_type, entity_id)
          SELECT 'case_study', id::text FROM case_study WHERE lead_council_code = NEW.code
          UNION ALL
          SELECT 'component', id::text FROM component WHERE maintaining_council_codes[1] = NEW.code
          UNION ALL
          SELECT 'supplier_experience', id::text FROM supplier_experience WHERE council_code = NEW.code
          UNION ALL
          SELECT 'procurement_group', id::text FROM procurement_group
            WHERE lead_council_code = NEW.code
               OR id IN (SELECT group_id FROM procurement_group_member WHERE council_code = NEW.code);
        PERFORM pg_notify('search_outbox', 'council');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER council_search_dependents AFTER UPDATE ON "council"
      FOR EACH ROW
      WHEN ((OLD.nice_name, OLD.nation, OLD.region, OLD.type_code)
        IS DISTINCT FROM (NEW.nice_name, NEW.nation, NEW.region, NEW.type_code))
      EXECUTE FUNCTION council_search_dependents_enqueue()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER council_search_dependents ON "council"`);
    await queryRunner.query(`DROP FUNCTION council_search_dependents_enqueue()`);
  }
}
