import { RADAR_WINDOW, radarWindowProblems } from '@lgx/shared/domain';
import { type FormErrors, NO_FORM_ERRORS, toFormErrors } from '@lgx/web/ui';
import { type FormEvent, useState } from 'react';

export const RADAR_FIELD_IDS = { fromMonths: 'radar-from', toMonths: 'radar-to' };

const wholeNumber = (value: FormDataEntryValue | null) => {
  const text = String(value ?? '').trim();
  return /^\d{1,3}$/.test(text) ? Number(text) : Number.NaN;
};

/** The months ahead in which the radar looks for contracts ending, and the form that sets them. */
export function useRadarWindow() {
  const [span, setSpan] = useState<{ fromMonths: number; toMonths: number }>({
    fromMonths: RADAR_WINDOW.minMonths,
    toMonths: RADAR_WINDOW.maxMonths,
  });
  const [formErrors, setFormErrors] = useState<FormErrors>(NO_FORM_ERRORS);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = {
      fromMonths: wholeNumber(form.get('fromMonths')),
      toMonths: wholeNumber(form.get('toMonths')),
    };
    const problems = radarWindowProblems(next.fromMonths, next.toMonths);
    if (problems.length > 0) {
      setFormErrors(toFormErrors(problems, RADAR_FIELD_IDS));
      return;
    }
    setFormErrors(NO_FORM_ERRORS);
    setSpan(next);
  };

  return { span, formErrors, submit };
}
