import { type FormErrors, problemsFromError, type ProblemSource, toFormErrors } from '@lgx/web/ui';
import { useCallback, useState } from 'react';

const NONE: FormErrors = { summary: [], byField: {}, hasErrors: false };

/** Errors of one action on the group page, mapped to its fields. */
export function useActionErrors(fieldIds: Readonly<Record<string, string>> = {}) {
  const [errors, setErrors] = useState<FormErrors>(NONE);
  const fail = useCallback(
    (error: ProblemSource) => setErrors(toFormErrors(problemsFromError(error), fieldIds)),
    [fieldIds],
  );
  const clear = useCallback(() => setErrors(NONE), []);
  return { errors, fail, clear };
}
