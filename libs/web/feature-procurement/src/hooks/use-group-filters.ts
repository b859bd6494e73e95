import { GROUP_STAGES, isOneOf } from '@lgx/shared/domain';
import type { GroupStage, ProcurementGroupsQueryVariables } from '@lgx/web/data-access';
import { CPV_DIVISIONS } from '@lgx/web/ui';
import { useSearchParams } from 'react-router';

const isStage = (value: string): value is GroupStage => isOneOf(GROUP_STAGES, value);

/** The filters of the groups list, as the address holds them (words, category, stage, mine). */
export interface GroupFilters {
  search: string;
  stage: string;
  category: string;
  mine: boolean;
}

/** The groups list's filters from the address, and the query filter they make. */
export function useGroupFilters(): {
  filters: GroupFilters;
  filter: ProcurementGroupsQueryVariables['filter'];
} {
  const [params] = useSearchParams();
  const search = params.get('search') ?? '';
  const stage = params.get('stage') ?? '';
  const mine = params.get('mine') === 'yes';
  const category = params.get('category') ?? '';
  // Groups in the same division are related: the filter offers divisions.
  const knownCategory = CPV_DIVISIONS.some((entry) => entry.code === category);
  return {
    filters: { search, stage, category, mine },
    filter: {
      search: search || null,
      stages: isStage(stage) ? [stage] : null,
      cpvCode: category && knownCategory ? category : null,
      mine,
    },
  };
}
