import { ContractBuyerCouncilOptionsDocument, graphqlRequest } from '@lgx/web/data-access';
import type { AutocompleteOption } from '@lgx/web/ui';

/**
 * Every council of the register, current or former, whose name or code
 * matches what was typed: a notice from before a council was abolished was
 * published by that council.
 */
export async function searchBuyerCouncils(search: string): Promise<AutocompleteOption[]> {
  const data = await graphqlRequest(ContractBuyerCouncilOptionsDocument, { search });
  return data.councils.edges.map(({ node }) => ({
    value: node.code,
    label: node.officialName,
    detail: node.isCurrent ? node.code : `${node.code}, former council`,
  }));
}
