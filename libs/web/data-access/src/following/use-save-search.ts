import { type SavedSearchInput, SaveSearchDocument } from '../generated/graphql';
import { StaleAfter, useInvalidateQueries } from '../query-keys';
import { useGraphQLMutation } from '../use-graphql-mutation';

/** Saves a search as a follow (saving it again changes nothing). */
export function useSaveSearch() {
  const invalidate = useInvalidateQueries();
  const save = useGraphQLMutation(SaveSearchDocument, {
    onSuccess: () => invalidate(StaleAfter.followChange),
  });
  return {
    save: (search: SavedSearchInput) => save.mutate({ search }),
    saved: save.isSuccess,
    pending: save.isPending,
    error: save.error ? save.error.message : null,
    reset: save.reset,
  };
}
