import pg from 'pg';

/**
 * Test instrumentation of the cluster's own throwaway database: a log of every
 * outbox row inserted and deleted (by committed transactions only, as the log
 * is written in theirs), so the run can tell each row was drained, and once.
 */
const INSTRUMENT = `
  CREATE TABLE cluster_outbox_log (
    event text NOT NULL, outbox_id bigint NOT NULL, entity_type text NOT NULL,
    entity_id text NOT NULL, attempts integer NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp(),
    transaction_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE FUNCTION cluster_outbox_log() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      INSERT INTO cluster_outbox_log (event, outbox_id, entity_type, entity_id, attempts) VALUES ('insert', NEW.id, NEW.entity_type, NEW.entity_id, NEW.attempts);
      RETURN NEW;
    END IF;
    INSERT INTO cluster_outbox_log (event, outbox_id, entity_type, entity_id, attempts) VALUES ('delete', OLD.id, OLD.entity_type, OLD.entity_id, OLD.attempts);
    RETURN OLD;
  END $$;
  CREATE TRIGGER cluster_outbox_log AFTER INSERT OR DELETE ON search_outbox
    FOR EACH ROW EXECUTE FUNCTION cluster_outbox_log();
`;

export async function withDatabase<T>(
  url: string,
  work: (db: pg.Client) => Promise<T>,
): Promise<T> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}

export function instrumentOutbox(url: string): Promise<void> {
  return withDatabase(url, async (db) => void (await db.query(INSTRUMENT)));
}

/** Waits (at most `limitMs`) for the outbox to be empty; how many rows are left. */
export function waitForEmptyOutbox(url: string, limitMs: number): Promise<number> {
  return withDatabase(url, async (db) => {
    const deadline = Date.now() + limitMs;
    for (;;) {
      const { rows } = await db.query<{ left: number }>(
        'SELECT count(*)::int AS left FROM search_outbox',
      );
      if (rows[0]!.left === 0 || Date.now() > deadline) return rows[0]!.left;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  });
}

/** What the database holds after the run. */
export interface StoredFacts {
  /** Case studies of the run, by title: how many rows and their ids. */
  stored: Map<string, string[]>;
  /** Successful createCaseStudy audit lines, by request id. */
  audited: Map<string, number>;
  /** Case study ids whose outbox row was written with them. */
  enqueued: Set<string>;
  outbox: {
    left: number;
    inserted: number;
    deleted: number;
    /** Inserted during the run and never deleted. */
    neverDrained: number;
    /** Deleted more than once (should be impossible). */
    drainedTwice: number;
    /** Rows that needed more than one try. */
    retried: number;
  };
  /** Milliseconds each drained row waited, from its transaction to the drain's (both in PostgreSQL's clock). */
  drainMs: number[];
  /** Milliseconds each drain's transaction held its rows, from its start to the delete. */
  heldMs: number[];
}

export function readStoredFacts(url: string, runId: string): Promise<StoredFacts> {
  return withDatabase(url, async (db) => {
    const studies = await db.query<{ title: string; ids: string[] }>(
      `SELECT title, array_agg(id::text) AS ids FROM case_study WHERE title LIKE $1 GROUP BY title`,
      [`Cluster write ${runId}-%`],
    );
    const audits = await db.query<{ request_id: string; count: number }>(
      `SELECT request_id, count(*)::int AS count FROM audit_event
       WHERE request_id LIKE $1 AND action = 'mutation:createCaseStudy' AND outcome = 'success'
       GROUP BY request_id`,
      [`cluster-${runId}-%`],
    );
    const enqueued = await db.query<{ entity_id: string }>(
      `SELECT DISTINCT entity_id FROM cluster_outbox_log WHERE event = 'insert' AND entity_type = 'case_study'`,
    );
    const outbox = await db.query<StoredFacts['outbox']>(`
      WITH per_row AS (
        SELECT outbox_id, count(*) FILTER (WHERE event = 'insert') AS inserted,
               count(*) FILTER (WHERE event = 'delete') AS deleted,
               max(attempts) FILTER (WHERE event = 'delete') AS attempts
        FROM cluster_outbox_log GROUP BY outbox_id)
      SELECT (SELECT count(*)::int FROM search_outbox) AS "left",
             coalesce(sum(inserted), 0)::int AS inserted, coalesce(sum(deleted), 0)::int AS deleted,
             count(*) FILTER (WHERE inserted > 0 AND deleted = 0)::int AS "neverDrained",
             count(*) FILTER (WHERE deleted > 1)::int AS "drainedTwice",
             count(*) FILTER (WHERE attempts > 0)::int AS retried
      FROM per_row`);
    const waits = await db.query<{ ms: number }>(`
      SELECT extract(epoch FROM max(at) FILTER (WHERE event = 'delete') - min(at) FILTER (WHERE event = 'insert')) * 1000 AS ms
      FROM cluster_outbox_log GROUP BY outbox_id HAVING count(*) = 2`);
    const held = await db.query<{ ms: number }>(
      `SELECT extract(epoch FROM at - transaction_at) * 1000 AS ms FROM cluster_outbox_log WHERE event = 'delete'`,
    );
    return {
      heldMs: held.rows.map((row) => Number(row.ms)),
      drainMs: waits.rows.map((row) => Number(row.ms)),
      stored: new Map(studies.rows.map((row) => [row.title, row.ids])),
      audited: new Map(audits.rows.map((row) => [row.request_id, row.count])),
      enqueued: new Set(enqueued.rows.map((row) => row.entity_id)),
      outbox: outbox.rows[0]!,
    };
  });
}
