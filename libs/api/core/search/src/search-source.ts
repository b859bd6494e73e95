import { Injectable } from '@nestjs/common';

import type { IndexDefinition } from './search-definition';
import type { SearchDocument } from './search-document';

/**
 * How a feature turns its records into search documents, and the definition
 * of the index they go into (facets, sorts, settings, document version),
 * which the feature keeps beside its source. `load` returns the current
 * document for each id, or null when the record is gone or must not be
 * indexed any more (the indexer then deletes it).
 */
export interface SearchSource {
  readonly definition: IndexDefinition;
  load(ids: string[]): Promise<Map<string, SearchDocument | null>>;
  /** Every document, in batches, for a full reindex. */
  all(batchSize: number): AsyncIterable<SearchDocument[]>;
}

/**
 * Where features register their sources (at module init), each with its
 * index definition: what search knows of content types is what is registered.
 */
@Injectable()
export class SearchSourceRegistry {
  private readonly sources = new Map<string, SearchSource>();

  register(source: SearchSource): void {
    const { type, name } = source.definition;
    const other = [...this.sources.values()].find(
      (known) => known.definition.name === name && known.definition.type !== type,
    );
    if (other)
      throw new Error(
        `Search index "${name}" is registered for both "${other.definition.type}" and "${type}".`,
      );
    this.sources.set(type, source);
  }

  get(type: string): SearchSource | undefined {
    return this.sources.get(type);
  }

  types(): string[] {
    return [...this.sources.keys()];
  }

  /** The definition of a registered type's index. */
  definition(type: string): IndexDefinition | undefined {
    return this.sources.get(type)?.definition;
  }

  /** Every registered index definition, in the order content types are listed. */
  definitions(): IndexDefinition[] {
    return [...this.sources.values()]
      .map((source) => source.definition)
      .sort((a, b) => a.listOrder - b.listOrder || a.type.localeCompare(b.type));
  }
}
