import { StaleAfter, useInvalidateQueries } from '@lgx/web/data-access';
import { useCallback } from 'react';

/** After a component or an adoption changes: fetch again whatever shows components, search included. */
export function useComponentChanged(): () => Promise<void> {
  const invalidate = useInvalidateQueries();
  return useCallback(() => invalidate(StaleAfter.componentChange), [invalidate]);
}
