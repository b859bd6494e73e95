import { QueryKeys } from '@lgx/web/data-access';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

/**
 * After signing in or out (or anything else that changes who the session
 * is): forget what earlier pages fetched, as it may belong to someone else,
 * and fetch the viewer and the current page again. Resolves when the viewer
 * is up to date.
 */
export function useSessionChanged(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    queryClient.removeQueries({
      predicate: (query) =>
        query.queryKey[0] !== QueryKeys.Viewer && query.getObserversCount() === 0,
    });
    await queryClient.invalidateQueries();
  }, [queryClient]);
}
