import type { GraphQLRequestError } from '@lgx/web/data-access';
import { type FormProblem, problemsFromError, toFormErrors } from '@lgx/web/ui';
import { signInPath, twoFactorPath, useHere } from '@lgx/web/util';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';

import { COMPONENT_FIELD_IDS } from './component-form-values';

/** The component form's errors: found before sending, and every field problem the API answers with. */
export function useComponentFormErrors() {
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const navigate = useNavigate();
  const here = useHere();
  const errors = useMemo(() => toFormErrors(problems, COMPONENT_FIELD_IDS), [problems]);
  const validate = (found: FormProblem[]): boolean => {
    setProblems(found);
    return found.length === 0;
  };
  const fail = (error: GraphQLRequestError) => {
    if (error.code === 'UNAUTHENTICATED') return navigate(signInPath(here));
    if (error.code === 'MFA_REQUIRED') return navigate(twoFactorPath(here));
    setProblems(problemsFromError(error));
  };
  return { errors, validate, fail };
}
