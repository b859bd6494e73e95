import { COUNCIL_TYPES, isOneOf, NATION_KEYS } from '@lgx/shared/domain';
import type { CouncilsQueryVariables, CouncilType, Nation } from '@lgx/web/data-access';

const PAGE_SIZE = 25;
/** The register's filters, as the page's query string names them. */
export const FILTER_KEYS = ['name', 'nation', 'region', 'type'] as const;

/** The councils query for a page of the register, from its query string. */
export function variablesFrom(params: URLSearchParams): CouncilsQueryVariables {
  const nation = params.get('nation');
  const type = params.get('type');
  return {
    first: PAGE_SIZE,
    after: params.get('after') || undefined,
    filter: {
      search: params.get('name') || undefined,
      region: params.get('region') || undefined,
      nation: isOneOf(NATION_KEYS, nation) ? (nation as Nation) : undefined,
      type: isOneOf(COUNCIL_TYPES, type) ? (type as CouncilType) : undefined,
    },
  };
}
