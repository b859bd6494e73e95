import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Schema: public contracts become searchable. Every change to a contracting
 * process or its suppliers enqueues the process for the search index in the
 * same transaction, and so does a change to the name, nation, region or type
 * of the council that buys it. Existing contracts need no enqueuing: the new
 * index is missing at the next start, which builds it from PostgreSQL.
 *
 * Cheap under a bulk import (docs/decisions/0042): the triggers are
 * statement-level, writing one outbox row per process a statement changed
 * (from its transition table) rather than one per row-level event; and a
 * change to suppliers enqueues nothing for a process whose row this same
 * transaction has already written, since that write enqueued it.
 */
export class AddContractSearchOutbox1796540000000 implements MigrationInterface {
  name = 'AddContractSearchOutbox1796540000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The process's id in the index, as contract-search-id.ts computes it.
    await queryRunner.query(`CREATE FUNCTION contract_search_id(ocid text) RETURNS text
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT CASE
          WHEN ocid ~ '^[A-Za-z0-9-]+$' AND octet_length(ocid) <= 511 THEN ocid
          WHEN octet_length(ocid) <= 255 THEN '_' || encode(convert_to(ocid, 'UTF8'), 'hex')
          ELSE '__' || encode(sha256(convert_to(ocid, 'UTF8')), 'hex')
        END
      $$`);
    await queryRunner.query(`CREATE FUNCTION contract_search_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_outbox (entity_type, entity_id)
          SELECT 'contract', contract_search_id(ocid) FROM (SELECT DISTINCT ocid FROM changed) AS c;
        IF FOUND THEN PERFORM pg_notify('search_outbox', 'contract'); END IF;
        RETURN NULL;
      END $$`);
    for (const [event, table] of [
      ['INSERT', 'NEW'],
      ['UPDATE', 'NEW'],
      ['DELETE', 'OLD'],
    ])
      await queryRunner.query(`CREATE TRIGGER contracting_process_search_${event.toLowerCase()}
        AFTER ${event} ON "contracting_process" REFERENCING ${table} TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION contract_search_enqueue()`);
    // An ocid never changes today; if one ever did, the document under the old one must go.
    await queryRunner.query(`CREATE FUNCTION contract_search_enqueue_old() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_outbox (entity_type, entity_id) VALUES ('contract', contract_search_id(OLD.ocid));
        PERFORM pg_notify('search_outbox', 'contract');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER contracting_process_search_rekey
      AFTER UPDATE OF ocid ON "contracting_process" FOR EACH ROW
      WHEN (OLD.ocid IS DISTINCT FROM NEW.ocid) EXECUTE FUNCTION contract_search_enqueue_old()`);
    await queryRunner.query(`CREATE FUNCTION contract_supplier_search_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- A process row whose current version this transaction wrote (xmin) was enqueued
        -- by that write (updated_at guards against a frozen row's xmin after wraparound).
        INSERT INTO search_outbox (entity_type, entity_id)
          SELECT 'contract', contract_search_id(c.ocid) FROM (SELECT DISTINCT ocid FROM changed) AS c
          WHERE NOT EXISTS (
            SELECT 1 FROM contracting_process p
            WHERE p.ocid = c.ocid AND p.xmin = pg_current_xact_id()::xid AND p.updated_at = now());
        IF FOUND THEN PERFORM pg_notify('search_outbox', 'contract'); END IF;
        RETURN NULL;
      END $$`);
    for (const [event, table] of [
      ['INSERT', 'NEW'],
      ['UPDATE', 'NEW'],
      ['DELETE', 'OLD'],
    ])
      await queryRunner.query(`CREATE TRIGGER contract_supplier_search_${event.toLowerCase()}
        AFTER ${event} ON "contract_supplier" REFERENCING ${table} TABLE AS changed
        FOR EACH STATEMENT EXECUTE FUNCTION contract_supplier_search_enqueue()`);
    await queryRunner.query(`CREATE FUNCTION council_contract_search_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_outbox (entity_type, entity_id)
          SELECT 'contract', contract_search_id(ocid) FROM contracting_process
          WHERE buyer_council_code = NEW.code;
        IF FOUND THEN PERFORM pg_notify('search_outbox', 'contract'); END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER council_contract_search AFTER UPDATE ON "council"
      FOR EACH ROW
      WHEN ((OLD.nice_name, OLD.nation, OLD.region, OLD.type_code)
        IS DISTINCT FROM (NEW.nice_name, NEW.nation, NEW.region, NEW.type_code))
      EXECUTE FUNCTION council_contract_search_enqueue()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER council_contract_search ON "council"`);
    await queryRunner.query(`DROP FUNCTION council_contract_search_enqueue()`);
    for (const event of ['insert', 'update', 'delete']) {
      await queryRunner.query(
        `DROP TRIGGER contract_supplier_search_${event} ON "contract_supplier"`,
      );
      await queryRunner.query(
        `DROP TRIGGER contracting_process_search_${event} ON "contracting_process"`,
      );
    }
    await queryRunner.query(
      `DROP TRIGGER contracting_process_search_rekey ON "contracting_process"`,
    );
    await queryRunner.query(`DROP FUNCTION contract_supplier_search_enqueue()`);
    await queryRunner.query(`DROP FUNCTION contract_search_enqueue_old()`);
    await queryRunner.query(`DROP FUNCTION contract_search_enqueue()`);
    await queryRunner.query(`DROP FUNCTION contract_search_id(text)`);
  }
}
