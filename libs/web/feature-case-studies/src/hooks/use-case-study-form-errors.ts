import type { CaseStudyInput, GraphQLRequestError } from '@lgx/web/data-access';
import { type FormProblem, inputToCheck, mergeProblems, problemsFromError } from '@lgx/web/ui';
import { useSignInAgain } from '@lgx/web/util';
import { useMemo, useRef, useState } from 'react';

import { caseStudyFormErrors, type DatePartsInError } from '../model/case-study-form-errors';
import type { ReadCaseStudy } from '../model/case-study-form-values';
import { CASE_STUDY_REFUSALS } from '../model/case-study-refusals';

interface Shown {
  problems: FormProblem[];
  dateParts: DatePartsInError;
}

/**
 * The case study form's errors, all in one go: the problems the form finds
 * itself and every field problem the API answers with, merged. A session
 * that has ended goes to sign-in instead, and comes back.
 */
export function useCaseStudyFormErrors() {
  const [shown, setShown] = useState<Shown>({ problems: [], dateParts: {} });
  const sent = useRef<Shown>({ problems: [], dateParts: {} });
  const signInAgain = useSignInAgain();
  const errors = useMemo(
    () => caseStudyFormErrors(shown.problems, shown.dateParts),
    [shown.problems, shown.dateParts],
  );

  /**
   * What to send for the form as read: with the form's own problems, an input
   * the API is sure to refuse, so its answer holds every other problem too.
   * Null when it cannot be sent; the form's problems are shown then.
   */
  const toSend = (read: ReadCaseStudy): CaseStudyInput | null => {
    sent.current = { problems: read.problems, dateParts: read.dateParts };
    const input = inputToCheck(read.input, read.problems, CASE_STUDY_REFUSALS);
    if (!input) setShown(sent.current);
    return input;
  };

  const fail = (error: GraphQLRequestError) => {
    if (signInAgain(error)) return;
    const { problems, dateParts } = sent.current;
    setShown({ problems: mergeProblems(problems, problemsFromError(error)), dateParts });
  };

  return { errors, toSend, fail };
}
