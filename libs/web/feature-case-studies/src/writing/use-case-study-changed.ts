import type { CaseStudyDetailsFragment } from '@lgx/web/data-access';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

/** Queries that show case studies, by operation name, to fetch again after a change. */
const SHOWING_CASE_STUDIES = new Set([
  'CaseStudy',
  'CaseStudyRevisions',
  'CaseStudyDiff',
  'CouncilCaseStudies',
]);

/**
 * After a case study changes: keep its new state for its page (so it shows
 * at once), and fetch again whatever else shows case studies, search included.
 */
export function useCaseStudyChanged(): (study: CaseStudyDetailsFragment) => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(
    async (study) => {
      queryClient.setQueryData(['CaseStudy', { id: study.id }], { caseStudy: study });
      await queryClient.invalidateQueries({
        predicate: (query) => {
          const name = String(query.queryKey[0]);
          const self =
            name === 'CaseStudy' &&
            (query.queryKey[1] as { id?: string } | undefined)?.id === study.id;
          return !self && (SHOWING_CASE_STUDIES.has(name) || /search/i.test(name));
        },
      });
    },
    [queryClient],
  );
}
