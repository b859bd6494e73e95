import { CaseStudyCouncilOptionsDocument, graphqlRequest } from '@lgx/web/data-access';
import type { AutocompleteOption } from '@lgx/web/ui';

/** Current councils whose name (or code) matches what was typed, for the co-author autocomplete. */
export async function searchCouncils(search: string): Promise<AutocompleteOption[]> {
  const data = await graphqlRequest(CaseStudyCouncilOptionsDocument, { search });
  return data.councils.edges.map(({ node }) => ({
    value: node.code,
    label: node.name,
    detail: node.typeName,
  }));
}
