import {
  SectorMapCellDocument,
  type StrategicObjective,
  type Technology,
  useGraphQLQuery,
} from '@lgx/web/data-access';

import { filterForApi, type SectorFilterValues } from '../model/sector-map-view';

/** One sector map cell opened: its figures and the published work behind it. */
export function useSectorCell(
  objective: StrategicObjective,
  technology: Technology,
  filter: SectorFilterValues,
  enabled = true,
) {
  return useGraphQLQuery(
    SectorMapCellDocument,
    { objective, technology, filter: filterForApi(filter) },
    { enabled },
  );
}
