import {
  type CaseStudyDetailsFragment,
  queryKey,
  QueryKeys,
  StaleAfter,
  useInvalidateQueries,
} from '@lgx/web/data-access';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

/**
 * After a case study changes: keep its new state for its page (so it shows
 * at once), and fetch again whatever else shows case studies, search included.
 */
export function useCaseStudyChanged(): (study: CaseStudyDetailsFragment) => Promise<void> {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateQueries();
  return useCallback(
    async (study) => {
      const own = queryKey(QueryKeys.CaseStudy, { id: study.id });
      queryClient.setQueryData(own, { caseStudy: study });
      await invalidate(StaleAfter.caseStudyChange, { keep: own });
    },
    [queryClient, invalidate],
  );
}
