import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { IndexDefinition } from './search-definition';
import type { SearchDocument } from './search-document';
import { type SearchSource, SearchSourceRegistry } from './search-source';

/**
 * A search source over rows of the database, registered at module init. A
 * feature says how to read rows by id and page by page (in a stable order),
 * and how to turn a batch of rows into documents (null, or absent, for a row
 * that must not be indexed); loading by id and reading all for a reindex are
 * the same for every source. A subclass with more dependencies declares its
 * own constructor and passes the data source and registry on.
 */
@Injectable()
export abstract class EntitySearchSource<Row extends { id: string }>
  implements SearchSource, OnModuleInit
{
  abstract readonly definition: IndexDefinition;

  constructor(
    @InjectDataSource() protected readonly db: DataSource,
    private readonly registry: SearchSourceRegistry,
  ) {}

  /** The rows with these ids (those that exist). */
  protected abstract rows(ids: string[]): Promise<Row[]>;
  /** `take` rows from `skip`, in a stable order, for a full reindex. */
  protected abstract page(skip: number, take: number): Promise<Row[]>;
  /** The documents for a batch of rows, by id. */
  protected abstract documents(rows: Row[]): Promise<Map<string, SearchDocument | null>>;

  onModuleInit(): void {
    this.registry.register(this);
  }

  async load(ids: string[]): Promise<Map<string, SearchDocument | null>> {
    const documents = await this.documents(await this.rows(ids));
    return new Map(ids.map((id) => [id, documents.get(id) ?? null]));
  }

  async *all(batchSize: number): AsyncIterable<SearchDocument[]> {
    for (let skip = 0; ; skip += batchSize) {
      const rows = await this.page(skip, batchSize);
      const documents = [...(await this.documents(rows)).values()].filter(
        (doc): doc is SearchDocument => doc !== null,
      );
      if (documents.length > 0) yield documents;
      if (rows.length < batchSize) return;
    }
  }
}
