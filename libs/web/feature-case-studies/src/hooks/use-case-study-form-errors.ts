import type { GraphQLRequestError } from '@lgx/web/data-access';
import { type FormProblem, problemsFromError } from '@lgx/web/ui';
import { useSignInAgain } from '@lgx/web/util';
import { useMemo, useState } from 'react';

import { caseStudyFormErrors, type DatePartsInError } from '../model/case-study-form-errors';

/**
 * The case study form's errors: problems found before sending it, and every
 * field problem the API answers with. A session that has ended goes to
 * sign-in instead, and comes back.
 */
export function useCaseStudyFormErrors() {
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [dateParts, setDateParts] = useState<DatePartsInError>({});
  const signInAgain = useSignInAgain();
  const errors = useMemo(() => caseStudyFormErrors(problems, dateParts), [problems, dateParts]);

  /** Shows these problems; true when there are none, so the form can be sent. */
  const validate = (found: FormProblem[], parts: DatePartsInError = {}): boolean => {
    setProblems(found);
    setDateParts(parts);
    return found.length === 0;
  };

  const fail = (error: GraphQLRequestError) => {
    if (signInAgain(error)) return;
    setDateParts({});
    setProblems(problemsFromError(error));
  };

  return { errors, validate, fail };
}
