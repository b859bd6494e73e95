import { Global, Module } from '@nestjs/common';

import { IndexManager } from './index-manager.service';
import { ReaderGroupsRegistry } from './reader-groups';
import { SearchService } from './search.service';
import { SearchHealth } from './search-availability';
import { SearchClient } from './search-client';
import { SearchIndexStateEntity } from './search-index-state.entity';
import { SearchIndexer } from './search-indexer.service';
import { SearchOutboxEntity } from './search-outbox.entity';
import { SearchReindexer } from './search-reindex.service';
import { SearchSourceRegistry } from './search-source';
import { SearchStatusService } from './search-status.service';

export const SEARCH_ENTITIES = [SearchOutboxEntity, SearchIndexStateEntity];

const PROVIDERS = [
  SearchClient,
  IndexManager,
  SearchSourceRegistry,
  ReaderGroupsRegistry,
  SearchIndexer,
  SearchReindexer,
  SearchService,
  SearchHealth,
  SearchStatusService,
];

/** Meilisearch: the client, index settings, the outbox indexer, reindexing and search. */
@Global()
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class SearchModule {}
