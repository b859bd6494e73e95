import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

/** After any change to a group: fetch again whatever shows groups, search included. */
export function useGroupsChanged(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      queryClient.invalidateQueries({
        predicate: (query) => /^ProcurementGroup|search/i.test(String(query.queryKey[0])),
      }),
    [queryClient],
  );
}
