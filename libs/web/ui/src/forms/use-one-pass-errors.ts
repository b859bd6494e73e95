import { useCallback, useMemo, useRef, useState } from 'react';

import type { DatePart } from '../components/date-input';
import {
  type FormProblem,
  problemsFromError,
  type ProblemSource,
  toFormErrors,
} from './form-errors';
import { linkDateBoxes, mergeProblems } from './one-pass';

interface Found {
  problems: readonly FormProblem[];
  /** For each date input (by id) with a problem, its boxes to mark. */
  dateParts: Readonly<Record<string, readonly DatePart[]>>;
}

const NOTHING: Found = { problems: [], dateParts: {} };
const NO_DATES: readonly string[] = [];

/**
 * A form's errors, all of them in one pass: what the form found itself is
 * held while the form is sent anyway (each such field goes empty, so the API
 * refuses it too and names every other problem), then shown together with
 * the API's answer. `fieldIds` maps the API's field names to input ids in
 * the order of the page; `dateIds` are the ids of its date inputs.
 */
export function useOnePassErrors(
  fieldIds: Readonly<Record<string, string>>,
  dateIds: readonly string[] = NO_DATES,
) {
  const [shown, setShown] = useState<Found>(NOTHING);
  const found = useRef<Found>(NOTHING);
  const errors = useMemo(() => {
    const mapped = toFormErrors(shown.problems, fieldIds);
    return { ...mapped, summary: linkDateBoxes(mapped.summary, dateIds, shown.dateParts) };
  }, [shown, fieldIds, dateIds]);

  /** Before sending: holds what the form found, to show with the API's answer. */
  const sending = useCallback(
    (problems: readonly FormProblem[], dateParts: Found['dateParts'] = {}) => {
      found.current = { problems, dateParts };
    },
    [],
  );
  /** Shows what the form found, without the API (for a form not sent). */
  const show = useCallback(
    (problems: readonly FormProblem[], dateParts: Found['dateParts'] = {}) => {
      found.current = { problems, dateParts };
      setShown(found.current);
    },
    [],
  );
  /** The API refused the form: its problems and the form's own, at once. */
  const answer = useCallback((error: ProblemSource) => {
    const held = found.current;
    setShown({ ...held, problems: mergeProblems(held.problems, problemsFromError(error)) });
  }, []);
  const clear = useCallback(() => {
    found.current = NOTHING;
    setShown(NOTHING);
  }, []);

  return { errors, dateParts: shown.dateParts, sending, show, answer, clear };
}
