import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { IndexManager } from './index-manager.service';
import { SearchClient } from './search-client';
import { REINDEX_LOCK } from './search-lock';
import { SearchSourceRegistry } from './search-source';
import { waitForMeiliTask, waitForMeiliTasks } from './task-wait';

// Polled often: most tasks (settings, a swap, a few thousand documents) take milliseconds here.
const WAIT = { timeout: 600_000, interval: 10 };

export interface ConsistencyReport {
  type: string;
  expected: number;
  indexed: number;
  missing: string[];
  extra: string[];
}

/**
 * Full reindex with zero downtime (build a new index, then swap), the
 * rebuilds at start-up of missing or outdated indexes, and the consistency
 * check.
 */
@Injectable()
export class SearchReindexer {
  private readonly logger = new Logger(SearchReindexer.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly search: SearchClient,
    private readonly indexes: IndexManager,
    private readonly sources: SearchSourceRegistry,
  ) {}

  /**
   * Rebuilds one type's index from its source into a new index and swaps it
   * in. Outbox draining pauses meanwhile (its rows wait and apply to the new
   * index after the swap, at the next poll), so no change made during the
   * rebuild is lost. `intoEmpty`: the index was just created, so nobody is
   * served from it yet: it is filled where it is, without a copy to swap in
   * (at start-up on a new or wiped Meilisearch, a fifth of the tasks).
   */
  async reindex(
    type: string,
    options: { batchSize?: number; onlyIfOutdated?: boolean; intoEmpty?: boolean } = {},
  ): Promise<{ documents: number; seconds: number; skipped?: true }> {
    const definition = this.sources.definition(type);
    if (!definition || !this.sources.get(type)) throw new Error(`No search source for "${type}"`);
    const started = performance.now();
    const live = this.indexes.uid(definition);
    const next = options.intoEmpty ? live : `${live}__rebuild_${Date.now()}`;
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1)', [REINDEX_LOCK]);
      // Another API process may have rebuilt it while this one waited for the lock.
      // (Not asked of an index just created: its recorded version may be from before a wipe.)
      if (options.onlyIfOutdated && (await this.builtVersion(live)) >= definition.documentVersion)
        return { documents: 0, seconds: 0, skipped: true };
      await this.indexes.ensure(live, definition);
      if (next !== live) await this.indexes.ensure(next, definition);
      const documents = await this.fill(type, next, options.batchSize ?? 5_000);
      if (next !== live) {
        const swap = await waitForMeiliTask(
          this.search.meili.tasks,
          await this.search.meili.swapIndexes([{ indexes: [live, next], rename: false }]),
          WAIT,
        );
        if (swap.status !== 'succeeded')
          throw new Error(`Swapping ${next} in failed: ${swap.error?.message}`);
        await waitForMeiliTask(
          this.search.meili.tasks,
          await this.search.meili.deleteIndex(next),
          WAIT,
        );
      }
      await runner.query(
        `INSERT INTO search_index_state (index_uid, document_version) VALUES ($1, $2)
         ON CONFLICT (index_uid) DO UPDATE SET document_version = $2, built_at = now()`,
        [live, definition.documentVersion],
      );
      const seconds = (performance.now() - started) / 1000;
      this.logger.log(`Reindexed ${type}: ${documents} documents in ${seconds.toFixed(1)} s`);
      return { documents, seconds };
    } catch (error) {
      // A copy is dropped; an index filled in place keeps what it got (no version is recorded,
      // so the next start rebuilds it with a swap).
      if (next !== live)
        await this.search.meili
          .deleteIndex(next)
          .then((task) => waitForMeiliTask(this.search.meili.tasks, task, WAIT))
          .catch(() => undefined);
      throw error;
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [REINDEX_LOCK]).catch(() => undefined);
      await runner.release();
    }
  }

  /** Every document of a type's source into index `uid`, all batches enqueued before waiting. */
  private async fill(type: string, uid: string, batchSize: number): Promise<number> {
    const index = this.search.meili.index(uid);
    let documents = 0;
    const tasks = [];
    for await (const batch of this.sources.get(type)!.all(batchSize)) {
      if (batch.length === 0) continue;
      tasks.push(await index.addDocuments(batch, { primaryKey: 'id' }));
      documents += batch.length;
    }
    for (const task of await waitForMeiliTasks(this.search.meili.tasks, tasks, WAIT)) {
      if (task.status !== 'succeeded')
        throw new Error(`Indexing into ${uid} ${task.status}: ${task.error?.message}`);
    }
    return documents;
  }

  /** Compares the ids a source has with the ids in its index. */
  async check(type: string): Promise<ConsistencyReport> {
    const definition = this.sources.definition(type);
    const source = this.sources.get(type);
    if (!definition || !source) throw new Error(`No search source for "${type}"`);
    const expected = new Set<string>();
    for await (const batch of source.all(5_000)) for (const doc of batch) expected.add(doc.id);
    const indexed = new Set<string>();
    const index = this.search.meili.index(this.indexes.uid(definition));
    for (let offset = 0; ; offset += 10_000) {
      const page = await index.getDocuments<{ id: string }>({
        fields: ['id'],
        limit: 10_000,
        offset,
      });
      page.results.forEach((doc) => indexed.add(String(doc.id)));
      if (page.results.length < 10_000) break;
    }
    return {
      type,
      expected: expected.size,
      indexed: indexed.size,
      missing: [...expected].filter((id) => !indexed.has(id)).sort(),
      extra: [...indexed].filter((id) => !expected.has(id)).sort(),
    };
  }

  /**
   * Rebuilds the index of each type whose index was just created (a new or
   * wiped Meilisearch) or was built with an older version of its documents
   * (IndexDefinition.documentVersion). An index built before versions were
   * recorded counts as version 0.
   */
  async rebuildMissingOrOutdated(created: string[]): Promise<void> {
    for (const type of this.sources.types()) {
      const definition = this.sources.definition(type);
      if (!definition) continue;
      const uid = this.indexes.uid(definition);
      if (created.includes(uid)) await this.reindex(type, { intoEmpty: true });
      else if ((await this.builtVersion(uid)) < definition.documentVersion) {
        this.logger.log(
          `Rebuilding ${uid}: its documents are older than version ${definition.documentVersion}`,
        );
        await this.reindex(type, { onlyIfOutdated: true });
      }
    }
  }

  /** The document version an index was last built with (0 if never recorded). */
  private async builtVersion(uid: string): Promise<number> {
    const rows: { document_version: number }[] = await this.dataSource.query(
      `SELECT document_version FROM search_index_state WHERE index_uid = $1`,
      [uid],
    );
    return rows[0]?.document_version ?? 0;
  }
}
