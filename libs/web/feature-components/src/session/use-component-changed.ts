import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

/** Queries that show components, by operation name, to fetch again after a change. */
const SHOWING_COMPONENTS = new Set([
  'Component',
  'CouncilComponents',
  'ComponentCatalogue',
  'CouncilInvitations',
]);

/** After a component or an adoption changes: fetch again whatever shows components, search included. */
export function useComponentChanged(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await queryClient.invalidateQueries({
      predicate: (query) => {
        const name = String(query.queryKey[0]);
        return SHOWING_COMPONENTS.has(name) || /search/i.test(name);
      },
    });
  }, [queryClient]);
}
