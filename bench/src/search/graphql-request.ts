import type { MixQuery } from './query-mix';

/** What a search page asks for: 20 hits with highlights, the total and every facet. */
export const SEARCH_DOCUMENT = `query Search($q: String, $filters: SearchFiltersInput, $sort: SearchSort, $first: Int) {
  search(query: $q, filters: $filters, sort: $sort, first: $first) {
    totalCount
    edges {
      node {
        type id title summary url councilName publishedAt
        titleHighlight { text match }
        summaryHighlight { text match }
      }
    }
    pageInfo { hasNextPage endCursor }
    facets { attribute label values { value count } }
    processingTimeMs
  }
}`;

/** The body of a POST /graphql for this search. */
export function graphqlBody(entry: MixQuery): string {
  const filters = {
    ...(entry.types ? { types: entry.types } : {}),
    ...(entry.facets ? { facets: entry.facets } : {}),
    ...(entry.nearCouncil ? { nearCouncil: entry.nearCouncil } : {}),
    ...(entry.likeCouncil ? { likeCouncil: entry.likeCouncil } : {}),
  };
  return JSON.stringify({
    query: SEARCH_DOCUMENT,
    variables: {
      q: entry.query,
      filters: Object.keys(filters).length > 0 ? filters : null,
      sort: entry.sort ?? 'RELEVANCE',
      first: 20,
    },
  });
}

interface SearchAnswer {
  data?: { search?: { totalCount: number; edges: { node: { id: string } }[] } } | null;
  errors?: { message: string }[];
}

/** Total and hit ids of a GraphQL answer; throws with the first error's message. */
export function graphqlSummary(text: string): { total: number; ids: string[] } {
  const answer = JSON.parse(text) as SearchAnswer;
  if (answer.errors?.length) throw new Error(answer.errors[0]!.message);
  const search = answer.data?.search;
  if (!search) throw new Error('no data in the answer');
  return { total: search.totalCount, ids: search.edges.map((edge) => edge.node.id) };
}
