import { SearchReindexer, SearchSourceRegistry } from '@lgx/api/core/search';
import type { INestApplicationContext } from '@nestjs/common';

/** Rebuilds every search index from PostgreSQL (after a restore: the indexes are never backed up). */
export async function rebuildSearch(app: INestApplicationContext): Promise<Record<string, number>> {
  const documents: Record<string, number> = {};
  for (const type of app.get(SearchSourceRegistry).types()) {
    documents[type] = (await app.get(SearchReindexer).reindex(type)).documents;
  }
  return documents;
}
