import { QueryKeys, useInvalidateQueries } from '@lgx/web/data-access';

/** After a moderator's decision: fetch the moderation queue again. */
export function useRefreshQueue() {
  const invalidate = useInvalidateQueries();
  return () => invalidate([QueryKeys.SupplierModerationQueue]);
}
