import { CouncilsDocument, graphqlRequest } from '@lgx/web/data-access';
import type { AutocompleteOption } from '@lgx/web/ui';

/** How many councils the autocomplete offers at once. */
export const COUNCIL_SUGGESTIONS = 10;

/** Current councils whose name (or code) matches what was typed, by the register's search. */
export async function searchCouncils(query: string): Promise<AutocompleteOption[]> {
  const data = await graphqlRequest(CouncilsDocument, {
    filter: { search: query, current: true },
    first: COUNCIL_SUGGESTIONS,
    after: null,
  });
  return data.councils.edges.map(({ node }) => ({
    value: node.code,
    label: node.name,
    ...(node.officialName !== node.name ? { detail: node.officialName } : {}),
  }));
}
