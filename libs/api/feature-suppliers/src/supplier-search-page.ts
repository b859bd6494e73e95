import { type ConnectionShape, encodeCursor } from '@lgx/api/core/graphql';

/** Meilisearch answers no further than this many hits into a search (maxTotalHits). */
export const MAX_SEARCH_HITS = 10_000;

/**
 * One page of the directory's search, in Meilisearch's order. Cursors count
 * hits (`[position]`), so the next page starts after the last hit even when a
 * hit was left out: one the index still holds but the database no longer
 * does (a supplier merged moments ago, before the indexer caught up).
 */
export function searchPage<T>(
  hitIds: string[],
  live: Map<string, T>,
  offset: number,
  total: number,
): ConnectionShape<T> {
  const edges = hitIds.flatMap((id, index) => {
    const node = live.get(id);
    return node ? [{ node, cursor: encodeCursor([offset + index + 1]) }] : [];
  });
  const end = offset + hitIds.length;
  return {
    edges,
    totalCount: total,
    pageInfo: {
      hasNextPage: hitIds.length > 0 && end < Math.min(total, MAX_SEARCH_HITS),
      endCursor: hitIds.length > 0 ? encodeCursor([end]) : null,
    },
  };
}
