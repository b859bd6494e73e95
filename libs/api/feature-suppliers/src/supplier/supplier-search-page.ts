import { type ConnectionShape, encodeCursor } from '@lgx/api/core/graphql';
import { SEARCH_RESULT_CAP } from '@lgx/shared/domain';

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
      hasNextPage: hitIds.length > 0 && end < Math.min(total, SEARCH_RESULT_CAP),
      endCursor: hitIds.length > 0 ? encodeCursor([end]) : null,
    },
  };
}
