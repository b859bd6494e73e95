import type { IndexDefinition } from '@lgx/api/core/search';
import {
  NEAR_COUNCIL_KM,
  SEARCH_MAX_FACET_VALUES,
  SEARCH_MAX_QUERY_LENGTH,
} from '@lgx/shared/domain';

import { badInput } from '../discovery.errors';
import type { SearchFiltersInput } from '../discovery.input';
import { type ContentTypeKey, contentTypeOf } from '../discovery.object';

/** A search's feed, as the search page's address gives it. */
export interface FeedSearch {
  query: string;
  filters: SearchFiltersInput & { types: ContentTypeKey[] };
}

/** How a type is written in the search page's address: `type=case-study` for case_study. */
export const typeSlug = (documentType: string): string => documentType.replace(/_/g, '-');

/**
 * The types a feed can list: those anyone can find, with a date to put the
 * newest first (not the council register, which has none).
 */
export function feedTypes(definitions: readonly IndexDefinition[]): IndexDefinition[] {
  return definitions.filter(
    (definition) => definition.readers === 'everyone' && Boolean(definition.sorts.NEWEST),
  );
}

/** Parameters of the search page's address that a feed reads past: it is always newest first. */
const IGNORED = new Set(['sort', 'after', 'prev']);
const COUNCIL_CODE = /^[A-Z0-9]{1,12}$/;

/** One value of a parameter given once, or a refusal naming it. */
function single(params: URLSearchParams, name: string): string | undefined {
  const values = params.getAll(name);
  if (values.length > 1) throw badInput(`Give "${name}" once.`, name);
  return values[0];
}

function councilCode(params: URLSearchParams, name: 'near' | 'like'): string | undefined {
  const value = single(params, name);
  if (value === undefined) return undefined;
  const code = value.trim().toUpperCase();
  if (!COUNCIL_CODE.test(code))
    throw badInput(`"${name}" must be a council's register code, such as DER.`, name);
  return code;
}

/** The chosen types, each a type the feed can list. */
function chosenTypes(params: URLSearchParams, definitions: IndexDefinition[]): ContentTypeKey[] {
  const feedable = feedTypes(definitions);
  const slugs = [...new Set(params.getAll('type'))];
  return slugs.map((slug) => {
    const definition = feedable.find((candidate) => typeSlug(candidate.type) === slug);
    if (!definition) {
      const offered = feedable.map((candidate) => typeSlug(candidate.type)).join(', ');
      throw badInput(
        `"${slug}" is not a content type a feed can list: choose from ${offered}.`,
        'type',
      );
    }
    return contentTypeOf(definition.type)!;
  });
}

/** The facet filters of the address: every other parameter must name a facet. */
function facetFilters(params: URLSearchParams, definitions: IndexDefinition[]) {
  const facets = new Set(definitions.flatMap((index) => index.facets.map((f) => f.attribute)));
  const known = new Set(['q', 'type', 'near', 'like', 'former', ...IGNORED]);
  const filters: { attribute: string; values: string[] }[] = [];
  for (const name of new Set(params.keys())) {
    if (known.has(name)) continue;
    if (!facets.has(name))
      throw badInput(`"${name}" is not a search filter. Copy the address of a search page.`, name);
    const values = [...new Set(params.getAll(name).map((value) => value.trim()))].filter(Boolean);
    if (values.length > SEARCH_MAX_FACET_VALUES)
      throw badInput(`Choose at most ${SEARCH_MAX_FACET_VALUES} values for one filter.`, name);
    if (values.length > 0) filters.push({ attribute: name, values });
  }
  return filters;
}

/**
 * A search page's address (its parameters) as the search of its feed: the
 * same words and filters; anything the search page would not write is refused
 * with what to do instead.
 */
export function parseFeedSearch(
  params: URLSearchParams,
  definitions: IndexDefinition[],
): FeedSearch {
  const query = (single(params, 'q') ?? '').trim();
  if (query.length > SEARCH_MAX_QUERY_LENGTH)
    throw badInput(`Search for ${SEARCH_MAX_QUERY_LENGTH} characters or fewer.`, 'q');
  const former = single(params, 'former');
  if (former !== undefined && former !== 'yes')
    throw badInput('"former" can only be "yes" (former councils too).', 'former');
  const near = councilCode(params, 'near');
  const like = councilCode(params, 'like');
  const filters: FeedSearch['filters'] = {
    types: chosenTypes(params, definitions),
    facets: facetFilters(params, definitions),
    includeFormer: former === 'yes',
  };
  if (near) filters.nearCouncil = { councilCode: near, withinKm: NEAR_COUNCIL_KM };
  if (like) filters.likeCouncil = like;
  return { query, filters };
}

/**
 * The types a search's feed lists: those chosen, else what the search page
 * lists for these words (without words, what councils share: not the
 * reference data, public contracts and the register), of the types a feed can list.
 */
export function typesToList(search: FeedSearch, definitions: IndexDefinition[]): ContentTypeKey[] {
  if (search.filters.types.length > 0) return search.filters.types;
  return feedTypes(definitions)
    .filter((definition) => search.query !== '' || !definition.reference)
    .map((definition) => contentTypeOf(definition.type)!);
}

/** The feed's own address for a search, in a stable order: its id and rel="self" link. */
export function feedSearchParams(search: FeedSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.query) params.set('q', search.query);
  for (const type of search.filters.types) params.append('type', typeSlug(type.toLowerCase()));
  for (const facet of search.filters.facets ?? [])
    for (const value of facet.values) params.append(facet.attribute, value);
  if (search.filters.nearCouncil) params.set('near', search.filters.nearCouncil.councilCode);
  if (search.filters.likeCouncil) params.set('like', search.filters.likeCouncil);
  if (search.filters.includeFormer) params.set('former', 'yes');
  return params;
}
