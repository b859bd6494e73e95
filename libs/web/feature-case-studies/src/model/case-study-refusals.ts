import type { CaseStudyInput } from '@lgx/web/data-access';
import type { Refusal } from '@lgx/web/ui';

/** Not a calendar date, nor a whole number the API allows, nor a council code. */
const NOT_A_DATE = 'not a date';
const NOT_A_COUNT = -1;
const NOT_A_COUNCIL = '?';

/**
 * For each field the form checks itself, a value the API refuses (see
 * case-study-input.ts in the API): sent in place of what the form could not
 * read, so the API checks the rest in the same go and saves nothing.
 */
export const CASE_STUDY_REFUSALS: Record<string, Refusal<CaseStudyInput>> = {
  hoursSavedPerYear: (input) => ({ ...input, hoursSavedPerYear: NOT_A_COUNT }),
  residentsAffected: (input) => ({ ...input, residentsAffected: NOT_A_COUNT }),
  startDate: (input) => ({ ...input, startDate: NOT_A_DATE }),
  endDate: (input) => ({ ...input, endDate: NOT_A_DATE }),
  liveSince: (input) => ({ ...input, liveSince: NOT_A_DATE }),
  coAuthorCouncilCodes: (input) => ({
    ...input,
    coAuthorCouncilCodes: [...(input.coAuthorCouncilCodes ?? []), NOT_A_COUNCIL],
  }),
};
