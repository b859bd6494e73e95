import { Injectable } from '@nestjs/common';

import type { SearchDocument } from './search-document';

/**
 * How a feature turns its records into search documents. `load` returns the
 * current document for each id, or null when the record is gone or must not
 * be indexed any more (the indexer then deletes it).
 */
export interface SearchSource {
  type: string;
  load(ids: string[]): Promise<Map<string, SearchDocument | null>>;
  /** Every document, in batches, for a full reindex. */
  all(batchSize: number): AsyncIterable<SearchDocument[]>;
}

/** Where features register their sources (at module init). */
@Injectable()
export class SearchSourceRegistry {
  private readonly sources = new Map<string, SearchSource>();

  register(source: SearchSource): void {
    this.sources.set(source.type, source);
  }

  get(type: string): SearchSource | undefined {
    return this.sources.get(type);
  }

  types(): string[] {
    return [...this.sources.keys()];
  }
}
