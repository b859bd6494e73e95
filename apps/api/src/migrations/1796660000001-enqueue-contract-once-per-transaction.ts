import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Ids of the transition table `changed` that this transaction has not enqueued yet. */
const NOT_YET_ENQUEUED = `NOT EXISTS (
  SELECT 1 FROM search_outbox o
   WHERE o.entity_id = c.id AND o.entity_type = 'contract' AND o.xmin = pg_current_xact_id()::xid)`;

/**
 * Schema: a contract enters the search outbox once per transaction. The
 * import removes a batch's suppliers before it writes their processes again
 * (migration 1796640000000 explains why), so the suppliers' trigger
 * enqueued each updated contract and then the process's trigger enqueued it
 * again: 1.24 million outbox rows for 0.98 million contracts at a million
 * releases. Now neither trigger enqueues a contract that a row of this same
 * transaction already names. Such a row cannot have been claimed (the indexer
 * cannot see it before the commit) and, read after the commit, indexes every
 * change the transaction made. A row written in a savepoint carries the
 * savepoint's xid and is not recognised: a second row then, never a missed one.
 */
export class EnqueueContractOncePerTransaction1796660000001 implements MigrationInterface {
  name = 'EnqueueContractOncePerTransaction1796660000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION contract_search_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_outbox (entity_type, entity_id)
          SELECT 'contract', c.id FROM (SELECT DISTINCT contract_search_id(ocid) AS id FROM changed) AS c
          WHERE ${NOT_YET_ENQUEUED};
        IF FOUND THEN PERFORM pg_notify('search_outbox', 'contract'); END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION contract_supplier_search_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- A process row whose current version this transaction wrote (xmin) was enqueued
        -- by that write (updated_at guards against a frozen row's xmin after wraparound).
        INSERT INTO search_outbox (entity_type, entity_id)
          SELECT 'contract', c.id
            FROM (SELECT DISTINCT ocid, contract_search_id(ocid) AS id FROM changed) AS c
          WHERE NOT EXISTS (
            SELECT 1 FROM contracting_process p
            WHERE p.ocid = c.ocid AND p.xmin = pg_current_xact_id()::xid AND p.updated_at = now())
            AND ${NOT_YET_ENQUEUED};
        IF FOUND THEN PERFORM pg_notify('search_outbox', 'contract'); END IF;
        RETURN NULL;
      END $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION contract_search_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_outbox (entity_type, entity_id)
          SELECT 'contract', contract_search_id(ocid) FROM (SELECT DISTINCT ocid FROM changed) AS c;
        IF FOUND THEN PERFORM pg_notify('search_outbox', 'contract'); END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION contract_supplier_search_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_outbox (entity_type, entity_id)
          SELECT 'contract', contract_search_id(c.ocid) FROM (SELECT DISTINCT ocid FROM changed) AS c
          WHERE NOT EXISTS (
            SELECT 1 FROM contracting_process p
            WHERE p.ocid = c.ocid AND p.xmin = pg_current_xact_id()::xid AND p.updated_at = now());
        IF FOUND THEN PERFORM pg_notify('search_outbox', 'contract'); END IF;
        RETURN NULL;
      END $$`);
  }
}
