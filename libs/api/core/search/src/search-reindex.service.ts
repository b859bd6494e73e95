import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { IndexManager } from './index-manager.service';
import { SearchClient } from './search-client';
import { indexByType } from './search-indexes';
import { REINDEX_LOCK } from './search-lock';
import { SearchSourceRegistry } from './search-source';

const WAIT = { timeout: 600_000, interval: 50 };

export interface ConsistencyReport {
  type: string;
  expected: number;
  indexed: number;
  missing: string[];
  extra: string[];
}

/** Full reindex with zero downtime (build a new index, then swap), and the consistency check. */
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
   * rebuild is lost.
   */
  async reindex(type: string, batchSize = 5_000): Promise<{ documents: number; seconds: number }> {
    const definition = indexByType(type);
    const source = this.sources.get(type);
    if (!definition || !source) throw new Error(`No search source for "${type}"`);
    const started = performance.now();
    const live = this.indexes.uid(definition);
    const next = `${live}__rebuild_${Date.now()}`;
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1)', [REINDEX_LOCK]);
      await this.indexes.ensure(live, definition);
      await this.indexes.ensure(next, definition);
      const index = this.search.meili.index(next);
      let documents = 0;
      const tasks = [];
      for await (const batch of source.all(batchSize)) {
        if (batch.length === 0) continue;
        tasks.push(await index.addDocuments(batch, { primaryKey: 'id' }));
        documents += batch.length;
      }
      for (const task of await this.search.meili.tasks.waitForTasks(tasks, WAIT)) {
        if (task.status !== 'succeeded')
          throw new Error(`Indexing into ${next} ${task.status}: ${task.error?.message}`);
      }
      const swap = await this.search.meili
        .swapIndexes([{ indexes: [live, next], rename: false }])
        .waitTask(WAIT);
      if (swap.status !== 'succeeded')
        throw new Error(`Swapping ${next} in failed: ${swap.error?.message}`);
      await this.search.meili.deleteIndex(next).waitTask(WAIT);
      const seconds = (performance.now() - started) / 1000;
      this.logger.log(`Reindexed ${type}: ${documents} documents in ${seconds.toFixed(1)} s`);
      return { documents, seconds };
    } catch (error) {
      await this.search.meili
        .deleteIndex(next)
        .waitTask(WAIT)
        .catch(() => undefined);
      throw error;
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [REINDEX_LOCK]).catch(() => undefined);
      await runner.release();
    }
  }

  /** Compares the ids a source has with the ids in its index. */
  async check(type: string): Promise<ConsistencyReport> {
    const definition = indexByType(type);
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

  /** Types whose index was missing get a full rebuild (e.g. a new or wiped Meilisearch). */
  async rebuildMissing(created: string[]): Promise<void> {
    for (const type of this.sources.types()) {
      const definition = indexByType(type);
      if (definition && created.includes(this.indexes.uid(definition))) await this.reindex(type);
    }
  }
}
