import { SectorMapDocument, useGraphQLQuery } from '@lgx/web/data-access';

import { filterForApi, type SectorFilterValues } from '../model/sector-map-view';

/** The sector map under a filter: aggregates only, held back below five councils. */
export function useSectorMap(filter: SectorFilterValues) {
  return useGraphQLQuery(SectorMapDocument, { filter: filterForApi(filter) });
}
