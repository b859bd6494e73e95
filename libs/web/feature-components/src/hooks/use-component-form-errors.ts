import type { GraphQLRequestError } from '@lgx/web/data-access';
import { type FormProblem, problemsFromError, toFormErrors } from '@lgx/web/ui';
import { useSignInAgain } from '@lgx/web/util';
import { useMemo, useState } from 'react';

import { COMPONENT_FIELD_IDS } from '../model/component-form-values';

/** The component form's errors: found before sending, and every field problem the API answers with. */
export function useComponentFormErrors() {
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const signInAgain = useSignInAgain();
  const errors = useMemo(() => toFormErrors(problems, COMPONENT_FIELD_IDS), [problems]);
  const validate = (found: FormProblem[]): boolean => {
    setProblems(found);
    return found.length === 0;
  };
  const fail = (error: GraphQLRequestError) => {
    if (signInAgain(error)) return;
    setProblems(problemsFromError(error));
  };
  return { errors, validate, fail };
}
