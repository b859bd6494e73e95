import type { SearchHitResult } from '@lgx/api/core/search';

/** A component result's adoption count and staleness at the time of the search; null for other types. */
export function componentSignals(
  hit: SearchHitResult,
  now: number,
): { adoptionCount: number | null; possiblyStale: boolean | null } {
  if (hit.type !== 'component') return { adoptionCount: null, possiblyStale: null };
  const { adoptionCount, staleFrom } = hit.details;
  return {
    adoptionCount: typeof adoptionCount === 'number' ? adoptionCount : 0,
    possiblyStale: typeof staleFrom === 'number' && now >= staleFrom * 1000,
  };
}
