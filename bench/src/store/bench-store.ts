import type { SearchDocument } from '@lgx/api/core/search';
import type pg from 'pg';

/**
 * Content types whose features have not landed are stored as documents
 * only, one table for all of them. The API's search_outbox_enqueue() takes
 * the type as a constant, so this table has a trigger function of its own
 * that enqueues each row's type and id, in the same transaction, and wakes
 * the indexer as the API's trigger does.
 */
const SCHEMA_SQL = `
  CREATE SCHEMA IF NOT EXISTS bench;
  CREATE TABLE bench.document (
    type text NOT NULL,
    id text NOT NULL,
    doc jsonb NOT NULL,
    PRIMARY KEY (type, id)
  );
  CREATE FUNCTION bench.enqueue_search_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      row_type text;
      row_id text;
    BEGIN
      IF TG_OP = 'DELETE' THEN row_type := OLD.type; row_id := OLD.id;
      ELSE row_type := NEW.type; row_id := NEW.id; END IF;
      INSERT INTO public.search_outbox (entity_type, entity_id) VALUES (row_type, row_id);
      PERFORM pg_notify('search_outbox', row_type);
      RETURN NULL;
    END;
  $$;
  CREATE TRIGGER document_search_outbox AFTER INSERT OR UPDATE OR DELETE ON bench.document
    FOR EACH ROW EXECUTE FUNCTION bench.enqueue_search_outbox();`;

/** Creates the bench schema: the document table and its outbox trigger. */
export async function createBenchSchema(db: pg.Pool): Promise<void> {
  await db.query(SCHEMA_SQL);
}

/** Inserts documents in one statement (each row enqueued for search by the trigger). */
export async function insertDocuments(db: pg.Pool, documents: SearchDocument[]): Promise<void> {
  await db.query(
    `INSERT INTO bench.document (type, id, doc)
     SELECT type, id, doc::jsonb FROM unnest($1::text[], $2::text[], $3::text[]) AS input(type, id, doc)`,
    [
      documents.map((doc) => doc.type),
      documents.map((doc) => doc.id),
      documents.map((doc) => JSON.stringify(doc)),
    ],
  );
}
