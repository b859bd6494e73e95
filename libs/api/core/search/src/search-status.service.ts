import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { IndexManager } from './index-manager.service';
import { SearchHealth } from './search-availability';
import { SearchClient } from './search-client';
import { SearchIndexer } from './search-indexer.service';
import { SearchSourceRegistry } from './search-source';

/**
 * ready: searches answer with everything; building: searches answer, but the
 * first build of the indexes is not finished, so results may be incomplete;
 * unavailable: Meilisearch cannot answer, searches answer SEARCH_UNAVAILABLE.
 */
export type SearchState = 'ready' | 'building' | 'unavailable';

export interface SearchIndexStatus {
  type: string;
  /** built: at the current version of its documents; building: not yet. */
  state: 'built' | 'building';
  /** Documents in the index, when Meilisearch answers. */
  documents: number | null;
}

export interface SearchStatusReport {
  state: SearchState;
  /** Changes waiting to reach the index, and the age of the oldest in seconds. */
  pending: number;
  oldestSeconds: number;
  indexes: SearchIndexStatus[];
}

const PING_MS = 1_000;

/** Whether search can answer now, and how far the first build has got: for /health/ready and the web. */
@Injectable()
export class SearchStatusService {
  private cached?: { at: number; report: Promise<SearchStatusReport> };

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly search: SearchClient,
    private readonly indexes: IndexManager,
    private readonly sources: SearchSourceRegistry,
    private readonly indexer: SearchIndexer,
    private readonly health: SearchHealth,
  ) {}

  /** The status, computed at most once per `maxAgeMs` (0: now). */
  status(maxAgeMs = 0): Promise<SearchStatusReport> {
    const now = Date.now();
    if (!this.cached || now - this.cached.at >= maxAgeMs) {
      const report = this.compute();
      this.cached = { at: now, report };
      report.catch(() => (this.cached = undefined));
    }
    return this.cached.report;
  }

  private async compute(): Promise<SearchStatusReport> {
    const definitions = this.sources
      .types()
      .map((type) => this.sources.definition(type))
      .filter((definition) => definition !== undefined)
      .sort((a, b) => a.name.localeCompare(b.name));
    const uids = definitions.map((definition) => this.indexes.uid(definition));
    const [stats, built, lag] = await Promise.all([
      this.documentCounts(),
      this.dataSource.query<{ index_uid: string; document_version: number }[]>(
        `SELECT index_uid, document_version FROM search_index_state WHERE index_uid = ANY($1::text[])`,
        [uids],
      ),
      this.indexer.lag(),
    ]);
    const versions = new Map(built.map((row) => [row.index_uid, row.document_version]));
    const indexes = definitions.map((definition, i): SearchIndexStatus => {
      const uid = uids[i]!;
      const isBuilt =
        (versions.get(uid) ?? -1) >= definition.documentVersion &&
        (stats === null || stats.has(uid));
      return {
        type: definition.type,
        state: isBuilt ? 'built' : 'building',
        documents: stats?.get(uid) ?? null,
      };
    });
    let state: SearchState = 'ready';
    if (stats === null) state = 'unavailable';
    else if (!this.indexer.initialBuildDone || indexes.some((index) => index.state !== 'built'))
      state = 'building';
    return { state, ...lag, indexes };
  }

  /** Documents per index uid, or null when Meilisearch does not answer. */
  private async documentCounts(): Promise<Map<string, number> | null> {
    try {
      await this.search.ping(PING_MS);
      const stats = await Promise.race([
        this.search.meili.getStats(),
        new Promise<never>((_resolve, reject) =>
          setTimeout(() => reject(new Error(`no answer within ${PING_MS} ms`)), PING_MS).unref(),
        ),
      ]);
      this.health.markUp();
      return new Map(
        Object.entries(stats.indexes).map(([uid, index]) => [uid, index.numberOfDocuments]),
      );
    } catch (error) {
      this.health.markDown(error);
      return null;
    }
  }
}
