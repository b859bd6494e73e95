import { APP_CONFIG, type AppConfig } from '@lgx/api/core/config';
import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MeilisearchApiError } from 'meilisearch';
import pg from 'pg';
import type { DataSource } from 'typeorm';

import { IndexManager } from './index-manager.service';
import { SearchClient } from './search-client';
import type { SearchDocument } from './search-document';
import { REINDEX_LOCK } from './search-lock';
import { SearchReindexer } from './search-reindex.service';
import { SearchSourceRegistry } from './search-source';
import { waitForMeiliTasks } from './task-wait';

export const OUTBOX_CHANNEL = 'search_outbox';
/**
 * Outbox rows claimed at once. Meilisearch's cost per indexing batch grows
 * with the index (it rewrites the postings of common words), so a backlog
 * (an import of a million contracts) goes in few large batches, not many small ones.
 */
const BATCH = 5_000;
/** The most JSON sent in one request; the requests of one drain are enqueued together, and Meilisearch batches them. */
const PAYLOAD_BYTES = 8 * 1024 * 1024;
const POLL_MS = 1_000;
const RELISTEN_MS = 5_000;
// A large batch into a large index takes a while; a timeout leaves its rows for a retry.
const TASK_WAIT = { timeout: 300_000, interval: 10 };
/** settle() gives up after this many drains in a row fail, or after this long (rows another process holds). */
const SETTLE = { failures: 4, ms: 60_000 };

export interface DrainResult {
  processed: number;
  upserted: number;
  deleted: number;
}

/**
 * Drains the search outbox into Meilisearch: in batches claimed with
 * FOR UPDATE SKIP LOCKED (so several API instances can run it), one entity
 * at a time (advisory locks keep an update and a later delete in order),
 * reading each record's current state, so replays are harmless. Failures
 * leave the rows for a retry with back-off.
 */
@Injectable()
export class SearchIndexer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(SearchIndexer.name);
  private listener?: pg.Client;
  private timer?: NodeJS.Timeout;
  private draining?: Promise<void>;
  private again = false;
  private stopped = false;
  /** Documents indexed since start, for the metrics. */
  readonly totals = { upserted: 0, deleted: 0, failures: 0 };

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly search: SearchClient,
    private readonly indexes: IndexManager,
    private readonly sources: SearchSourceRegistry,
    private readonly reindexer: SearchReindexer,
  ) {}

  private prepared = false;
  private caughtUp = false;
  private pausedSince: number | null = null;
  /** Meilisearch did not answer during the current pause (not a batch it refused). */
  private outage = false;
  /** Why the last drain failed; undefined once one succeeds. */
  private lastFailure?: Error;

  /**
   * Indexes exist with the settings in code; a missing one (new or wiped
   * Meilisearch), or one built from an older version of its documents, is rebuilt.
   * Done again after any failure, so a Meilisearch that comes back empty is rebuilt too.
   */
  private async prepare(): Promise<void> {
    if (this.prepared) return;
    const created = await this.indexes.ensureAll();
    await this.reindexer.rebuildMissingOrOutdated(created);
    this.prepared = true;
  }

  /**
   * Whether this process has built the indexes and, once since it started, seen
   * the outbox empty: until then a search may miss records (the first build).
   * Always true when this process does not index.
   */
  get initialBuildDone(): boolean {
    return !this.config.search.indexerEnabled || (this.prepared && this.caughtUp);
  }

  /** Starts draining in the background (the app serves requests even while Meilisearch is down). */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.search.indexerEnabled) return;
    void this.startListening();
    this.timer = setInterval(() => this.kick(), POLL_MS);
    this.timer.unref();
    this.kick();
  }

  /** Before the Meilisearch client closes its connections: let a batch in flight finish. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.relistenTimer) clearTimeout(this.relistenTimer);
    await this.listener?.end().catch(() => undefined);
    await this.draining?.catch(() => undefined);
  }

  /** Asks for a drain now; concurrent asks coalesce. */
  kick(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = (async () => {
      try {
        await this.prepare();
        await this.drainAll();
        if (this.pausedSince !== null) await this.resume();
        if (!this.caughtUp) this.caughtUp = (await this.lag()).pending === 0;
        this.lastFailure = undefined;
      } catch (error) {
        this.prepared = false;
        this.lastFailure = error as Error;
        if (meilisearchDidNotAnswer(error)) this.outage = true;
        // Once per outage, not at every retry.
        if (this.pausedSince === null) {
          this.pausedSince = Date.now();
          this.logger.warn(
            `Search indexing paused (changes wait in the outbox): ${(error as Error).message}`,
          );
        }
      } finally {
        this.draining = undefined;
      }
    })();
  }

  private async drainAll(): Promise<void> {
    do {
      this.again = false;
      while (!this.stopped && (await this.drainOnce()).processed === BATCH);
    } while (this.again && !this.stopped);
  }

  /**
   * A drain succeeded after failures. If Meilisearch had been out, the rows that failed meanwhile
   * go now rather than at their back-off (up to a minute). A batch Meilisearch refused keeps it.
   */
  private async resume(): Promise<void> {
    const seconds = ((Date.now() - (this.pausedSince ?? Date.now())) / 1000).toFixed(0);
    this.logger.log(`Search indexing resumed after ${seconds} s.`);
    this.pausedSince = null;
    if (!this.outage) return;
    this.outage = false;
    if ((await this.retryDeferredNow()) > 0) await this.drainAll();
  }

  /** Makes this process's deferred rows due now; returns how many. */
  private async retryDeferredNow(): Promise<number> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `UPDATE search_outbox SET next_attempt_at = now()
       WHERE next_attempt_at > now() AND entity_type = ANY($1::text[])`,
      [this.sources.types()],
    );
    return count;
  }

  /**
   * Returns once every change of this process's types waiting when called is in Meilisearch;
   * retries deferred rows at once, ignoring their back-off. Throws with the reason if it cannot
   * (for tests, benchmarks and commands: the background drain keeps its back-off).
   */
  async settle(): Promise<void> {
    const [{ last }]: { last: string }[] = await this.dataSource.query(
      `SELECT coalesce(max(id), 0)::text AS last FROM search_outbox`,
    );
    const deadline = Date.now() + SETTLE.ms;
    let failures = 0;
    for (;;) {
      this.kick();
      while (this.draining) await this.draining;
      const failure = this.lastFailure;
      failures = failure ? failures + 1 : 0;
      const waiting = await this.waiting(last);
      if (waiting === 0) return;
      if (this.stopped || failures >= SETTLE.failures || Date.now() > deadline)
        throw new Error(
          `Search indexing did not settle: ${waiting} ${waiting === 1 ? 'change is' : 'changes are'} still in the outbox` +
            (this.stopped ? ' (the indexer has stopped)' : '') +
            (failure ? `; the last attempt failed: ${withCause(failure)}` : ''),
        );
      await this.retryDeferredNow();
      await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** failures));
    }
  }

  /** Rows of this process's types up to `lastId`. */
  private async waiting(lastId: string): Promise<number> {
    const [{ count }]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM search_outbox WHERE id <= $1 AND entity_type = ANY($2::text[])`,
      [lastId, this.sources.types()],
    );
    return count;
  }

  /** One batch. Exported for tests and benchmarks. */
  async drainOnce(): Promise<DrainResult> {
    const claimedIds: string[] = [];
    try {
      return await this.dataSource.transaction(async (manager) => {
        const [{ ok }] = await manager.query(`SELECT pg_try_advisory_xact_lock_shared($1) AS ok`, [
          REINDEX_LOCK,
        ]);
        if (!ok) return { processed: 0, upserted: 0, deleted: 0 };
        // Only types this process can index: rows of others wait for a process that can.
        const rows: { id: string; entity_type: string; entity_id: string }[] = await manager.query(
          `SELECT id, entity_type, entity_id FROM search_outbox
           WHERE next_attempt_at <= now() AND entity_type = ANY($2::text[])
           ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
          [BATCH, this.sources.types()],
        );
        if (rows.length === 0) return { processed: 0, upserted: 0, deleted: 0 };
        const keys = [...new Set(rows.map((row) => `${row.entity_type}:${row.entity_id}`))];
        const locks: { key: string; ok: boolean }[] = await manager.query(
          `SELECT key, pg_try_advisory_xact_lock(hashtextextended(key, 0)) AS ok FROM unnest($1::text[]) AS key`,
          [keys],
        );
        const mine = new Set(locks.filter((lock) => lock.ok).map((lock) => lock.key));
        const owned = rows.filter((row) => mine.has(`${row.entity_type}:${row.entity_id}`));
        claimedIds.push(...owned.map((row) => row.id));
        const result = await this.apply(owned);
        await manager.query(`DELETE FROM search_outbox WHERE id = ANY($1::bigint[])`, [claimedIds]);
        return { processed: rows.length, ...result };
      });
    } catch (error) {
      this.totals.failures++;
      if (claimedIds.length > 0) await this.deferRetry(claimedIds, error as Error);
      throw error;
    }
  }

  /** Current state of each entity into Meilisearch; waits until Meilisearch has applied it. */
  private async apply(
    rows: { entity_type: string; entity_id: string }[],
  ): Promise<{ upserted: number; deleted: number }> {
    const byType = new Map<string, Set<string>>();
    for (const row of rows)
      byType.set(row.entity_type, (byType.get(row.entity_type) ?? new Set()).add(row.entity_id));
    const sends: (() => Promise<{ taskUid: number }>)[] = [];
    let upserted = 0;
    let deleted = 0;
    for (const [type, ids] of byType) {
      const source = this.sources.get(type);
      const definition = this.sources.definition(type);
      if (!source || !definition) throw new Error(`No search source for "${type}"`);
      const current = await source.load([...ids]);
      const documents = [...current.values()].filter((doc): doc is SearchDocument => doc !== null);
      const gone = [...ids].filter((id) => !current.get(id));
      const index = this.search.meili.index(this.indexes.uid(definition));
      for (const chunk of payloadChunks(documents, PAYLOAD_BYTES))
        sends.push(() => index.addDocuments(chunk, { primaryKey: 'id' }));
      if (gone.length > 0) sends.push(() => index.deleteDocuments(gone));
      upserted += documents.length;
      deleted += gone.length;
    }
    // One request at a time (a few MB each), all enqueued before waiting, so Meilisearch batches them.
    const enqueued: { taskUid: number }[] = [];
    for (const send of sends) enqueued.push(await send());
    const finished = await waitForMeiliTasks(this.search.meili.tasks, enqueued, TASK_WAIT);
    const failed = finished.find((task) => task.status !== 'succeeded');
    if (failed)
      throw new IndexingTaskFailed(
        `Meilisearch task ${failed.uid} ${failed.status}: ${failed.error?.message ?? ''}`,
      );
    this.totals.upserted += upserted;
    this.totals.deleted += deleted;
    return { upserted, deleted };
  }

  /** Leaves the rows for later: 1, 2, 4... seconds after each failure, at most a minute. */
  private async deferRetry(ids: string[], error: Error): Promise<void> {
    await this.dataSource
      .query(
        `UPDATE search_outbox SET attempts = attempts + 1, last_error = $2,
           next_attempt_at = now() + make_interval(secs => least(60, power(2, attempts)))
         WHERE id = ANY($1::bigint[])`,
        [ids, error.message.slice(0, 500)],
      )
      .catch((updateError: Error) =>
        this.logger.error(`Could not record an indexing failure: ${updateError.message}`),
      );
  }

  /** LISTEN for new outbox rows so changes are searchable within moments, not the next poll. */
  private async startListening(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.config.database.url,
      application_name: 'lgx-search-indexer',
    });
    client.on('error', () => undefined);
    client.on('notification', () => this.kick());
    // A restarted PostgreSQL ends the connection: listen again (polling covers the gap).
    client.on('end', () => {
      if (this.listener === client) this.listener = undefined;
      this.listenAgainLater();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.listener = client;
      this.listenFailed = false;
    } catch (error) {
      if (!this.stopped && !this.listenFailed)
        this.logger.warn(
          `Not listening for search changes (polling instead): ${(error as Error).message}`,
        );
      this.listenFailed = true;
      await client.end().catch(() => undefined);
      this.listenAgainLater();
    }
  }

  private relistenTimer?: NodeJS.Timeout;
  private listenFailed = false;

  private listenAgainLater(): void {
    if (this.stopped || this.relistenTimer) return;
    this.relistenTimer = setTimeout(() => {
      this.relistenTimer = undefined;
      if (!this.stopped && !this.listener) void this.startListening();
    }, RELISTEN_MS);
    this.relistenTimer.unref();
  }

  /** Pending rows and the age of the oldest, in seconds: the index's lag behind PostgreSQL. */
  async lag(): Promise<{ pending: number; oldestSeconds: number }> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS pending, coalesce(extract(epoch FROM now() - min(created_at)), 0)::float AS oldest FROM search_outbox`,
    );
    return { pending: row.pending, oldestSeconds: Math.round(row.oldest * 10) / 10 };
  }
}

/** Meilisearch ran a batch and refused it: the content's fault, so its rows keep their back-off. */
class IndexingTaskFailed extends Error {}

/**
 * Whether Meilisearch did not answer (down, restarting, overloaded), rather than refusing what it
 * was sent: after the first, the changes it held back go as soon as it answers again.
 */
export function meilisearchDidNotAnswer(error: unknown): boolean {
  const name = (error as Error | undefined)?.name;
  if (name === 'MeilisearchRequestTimeOutError' || name === 'MeilisearchTaskTimeOutError')
    return true;
  if (name !== 'MeilisearchRequestError') return false;
  const cause = (error as { cause?: unknown }).cause;
  // No HTTP answer at all (connection refused or reset), or Meilisearch failing in itself.
  if (!(cause instanceof MeilisearchApiError)) return true;
  return cause.response.status >= 500;
}

/** An error's message with its cause's (the client's "Request to ... has failed" hides why). */
function withCause(error: Error): string {
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? `${error.message}: ${cause.message}` : error.message;
}

/**
 * Documents in chunks of at most `maxBytes` of JSON each (a document larger
 * than that goes alone), so no request nears Meilisearch's payload limit.
 */
export function payloadChunks<T>(documents: T[], maxBytes: number): T[][] {
  const chunks: T[][] = [];
  let chunk: T[] = [];
  let bytes = 2;
  for (const document of documents) {
    const size = Buffer.byteLength(JSON.stringify(document));
    // With the comma before it, after the first.
    if (chunk.length > 0 && bytes + 1 + size > maxBytes) {
      chunks.push(chunk);
      chunk = [];
      bytes = 2;
    }
    bytes += (chunk.length > 0 ? 1 : 0) + size;
    chunk.push(document);
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}
