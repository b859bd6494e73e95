import type { ComponentInput, GraphQLRequestError } from '@lgx/web/data-access';
import {
  type FormProblem,
  inputToCheck,
  mergeProblems,
  problemsFromError,
  toFormErrors,
} from '@lgx/web/ui';
import { useSignInAgain } from '@lgx/web/util';
import { useMemo, useRef, useState } from 'react';

import { COMPONENT_FIELD_IDS } from '../model/component-form-values';
import { COMPONENT_REFUSALS } from '../model/component-refusals';

/**
 * The component form's errors, all in one go: the problems the form finds
 * itself and every field problem the API answers with, merged.
 */
export function useComponentFormErrors() {
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const found = useRef<FormProblem[]>([]);
  const signInAgain = useSignInAgain();
  const errors = useMemo(() => toFormErrors(problems, COMPONENT_FIELD_IDS), [problems]);

  /** What to send: with the form's own problems, an input the API is sure to refuse. */
  const toSend = (read: { input: ComponentInput; problems: FormProblem[] }) => {
    found.current = read.problems;
    const input = inputToCheck(read.input, read.problems, COMPONENT_REFUSALS);
    if (!input) setProblems(read.problems);
    return input;
  };
  const fail = (error: GraphQLRequestError) => {
    if (signInAgain(error)) return;
    setProblems(mergeProblems(found.current, problemsFromError(error)));
  };
  return { errors, toSend, fail };
}
