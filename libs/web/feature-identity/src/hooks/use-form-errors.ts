import type { GraphQLRequestError } from '@lgx/web/data-access';
import { type FormProblem, problemsFromError, toFormErrors } from '@lgx/web/ui';
import { useSignInAgain } from '@lgx/web/util';
import { useMemo, useState } from 'react';

/**
 * A form's errors: problems found before sending it, and the API's answer
 * mapped to its fields (`fieldIds`: the API's field name to the input id, in
 * page order; `codeFields`: an error code that is about one field). A session
 * that has ended goes to sign-in instead, and comes back.
 */
export function useFormErrors(
  fieldIds: Readonly<Record<string, string>>,
  codeFields: Readonly<Record<string, string>> = {},
) {
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [code, setCode] = useState<string>();
  const signInAgain = useSignInAgain();
  const errors = useMemo(() => toFormErrors(problems, fieldIds), [problems, fieldIds]);

  /** Shows these problems; true when there are none, so the form can be sent. */
  const validate = (found: FormProblem[]): boolean => {
    setCode(found.length > 0 ? 'INVALID' : undefined);
    setProblems(found);
    return found.length === 0;
  };

  const fail = (error: GraphQLRequestError) => {
    if (signInAgain(error)) return;
    setCode(error.code);
    setProblems(problemsFromError(error, codeFields));
  };

  return { errors, code, validate, fail };
}
