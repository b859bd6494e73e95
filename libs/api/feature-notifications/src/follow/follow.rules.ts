import { createHash } from 'node:crypto';

import { SERVICE_AREAS, STRATEGIC_OBJECTIVES, TECHNOLOGIES } from '@lgx/shared/domain';

export const FOLLOW_KINDS = [
  'COUNCIL',
  'TOPIC',
  'COMPONENT',
  'SUPPLIER',
  'PROCUREMENT_GROUP',
  'SAVED_SEARCH',
] as const;
export type FollowKind = (typeof FOLLOW_KINDS)[number];

export const DIGEST_FREQUENCIES = ['DAILY', 'WEEKLY'] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

/** How many things one account may follow: enough for anyone, bounded for the fan-out. */
export const MAX_FOLLOWS_PER_ACCOUNT = 500;

/** The topic taxonomies a topic follow names, as `<TAXONOMY>:<KEY>`. */
export const TOPIC_TAXONOMIES = {
  SERVICE_AREA: SERVICE_AREAS,
  STRATEGIC_OBJECTIVE: STRATEGIC_OBJECTIVES,
  TECHNOLOGY: TECHNOLOGIES,
} as const;
export type TopicTaxonomy = keyof typeof TOPIC_TAXONOMIES;

/** A topic key such as `SERVICE_AREA:HOUSING`, with its label; null when no such topic. */
export function topicOf(key: string): { key: string; label: string } | null {
  const [taxonomy, value, ...rest] = key.split(':');
  if (rest.length > 0 || !taxonomy || !value) return null;
  const labels = (TOPIC_TAXONOMIES as Record<string, Record<string, string>>)[taxonomy];
  const label = labels && Object.hasOwn(labels, value) ? labels[value] : undefined;
  return label ? { key, label } : null;
}

/** Topic keys of a record's taxonomy values, e.g. serviceAreas ['HOUSING'] to ['SERVICE_AREA:HOUSING']. */
export function topicKeys(values: Partial<Record<TopicTaxonomy, readonly string[]>>): string[] {
  return Object.entries(values).flatMap(([taxonomy, keys]) =>
    (keys ?? []).map((key) => `${taxonomy}:${key}`),
  );
}

/** A search as saved from the search page: its words, content types and facet filters. */
export interface SavedSearch {
  query: string;
  /** Search document types (case_study, component...); every type when empty. */
  types: string[];
  facets: { attribute: string; values: string[] }[];
}

/** The same search however its filters were ordered or spaced, so saving it twice is one follow. */
export function normaliseSearch(search: SavedSearch): SavedSearch {
  const sorted = (values: readonly string[]) =>
    [...new Set(values.map((value) => value.trim()).filter(Boolean))].sort();
  return {
    query: search.query.trim().replace(/\s+/g, ' '),
    types: sorted(search.types),
    facets: search.facets
      .map((facet) => ({ attribute: facet.attribute.trim(), values: sorted(facet.values) }))
      .filter((facet) => facet.values.length > 0)
      .sort((a, b) => a.attribute.localeCompare(b.attribute)),
  };
}

/** A saved search's target key: a digest of its normalised form. */
export function savedSearchKey(search: SavedSearch): string {
  return createHash('sha256')
    .update(JSON.stringify(normaliseSearch(search)))
    .digest('hex');
}

/** What a saved search is called in lists: its words and how many filters. */
export function describeSearch(search: SavedSearch): string {
  const words = search.query ? `“${search.query}”` : 'Everything';
  const filters = search.types.length + search.facets.length;
  return filters === 0 ? words : `${words} with ${filters} filter${filters === 1 ? '' : 's'}`;
}

/** The search page's address of a saved search (the same parameters the page keeps). */
export function searchPath(search: SavedSearch): string {
  const params = new URLSearchParams();
  if (search.query) params.set('q', search.query);
  for (const type of search.types) params.append('type', type.replace(/_/g, '-'));
  for (const facet of search.facets)
    for (const value of facet.values) params.append(facet.attribute, value);
  const text = params.toString();
  return text ? `/search?${text}` : '/search';
}
