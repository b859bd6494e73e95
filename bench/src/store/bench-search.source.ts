import { type SearchDocument, type SearchSource, SearchSourceRegistry } from '@lgx/api/core/search';
import { Inject, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { DOCUMENT_TYPES } from '../corpus/corpus';

/** One content type's documents in bench.document, read as a feature's source would read its tables. */
class BenchDocumentSource implements SearchSource {
  constructor(
    readonly type: string,
    private readonly db: DataSource,
  ) {}

  async load(ids: string[]): Promise<Map<string, SearchDocument | null>> {
    const rows: { id: string; doc: SearchDocument }[] = await this.db.query(
      `SELECT id, doc FROM bench.document WHERE type = $1 AND id = ANY($2::text[])`,
      [this.type, ids],
    );
    const byId = new Map(rows.map((row) => [row.id, row.doc]));
    return new Map(ids.map((id) => [id, byId.get(id) ?? null]));
  }

  async *all(batchSize: number): AsyncIterable<SearchDocument[]> {
    for (let after = ''; ;) {
      const rows: { id: string; doc: SearchDocument }[] = await this.db.query(
        `SELECT id, doc FROM bench.document WHERE type = $1 AND id > $2 ORDER BY id LIMIT $3`,
        [this.type, after, batchSize],
      );
      if (rows.length > 0) yield rows.map((row) => row.doc);
      if (rows.length < batchSize) return;
      after = rows[rows.length - 1]!.id;
    }
  }
}

/** Registers a search source per type stored as documents, so the real indexer and reindexer run. */
@Injectable()
export class BenchSearchSources implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(SearchSourceRegistry) private readonly registry: SearchSourceRegistry,
  ) {}

  /** Types whose feature source (a feature that has landed meanwhile) the bench's replaced. */
  readonly replaced = new Set<string>();

  onModuleInit(): void {
    this.takeOver();
  }

  /**
   * Makes the bench's sources answer for its types: a feature that has
   * landed registers its own source for its type, and the bench's replaces
   * it for the run (whichever module initialised first).
   */
  takeOver(): void {
    for (const type of DOCUMENT_TYPES) {
      const current = this.registry.get(type);
      if (current instanceof BenchDocumentSource) continue;
      if (current) this.replaced.add(type);
      this.registry.register(new BenchDocumentSource(type, this.db));
    }
  }
}

/** Passed to createApp's `imports`. */
@Module({ providers: [BenchSearchSources] })
export class BenchSearchModule {}
