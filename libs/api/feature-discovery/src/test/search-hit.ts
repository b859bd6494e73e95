import type { SearchHitResult } from '@lgx/api/core/search';

/** A search hit of a type with these details, the rest filled in, for unit specs. */
export const searchHit = (type: string, details: Record<string, unknown>): SearchHitResult => ({
  type,
  id: 'x',
  title: 'X',
  summary: '',
  url: '/x',
  highlights: { title: [], summary: [] },
  details,
});
