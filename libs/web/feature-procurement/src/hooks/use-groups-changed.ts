import { StaleAfter, useInvalidateQueries } from '@lgx/web/data-access';
import { useCallback } from 'react';

/** After any change to a group: fetch again whatever shows groups, search included. */
export function useGroupsChanged(): () => Promise<void> {
  const invalidate = useInvalidateQueries();
  return useCallback(() => invalidate(StaleAfter.procurementGroupChange), [invalidate]);
}
