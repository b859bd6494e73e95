import type { ReactNode } from 'react';

import { fieldDescribedBy, type FieldDescription } from './described-by';
import { FormGroup, HintAndError } from './form-group';

/**
 * The id of one of a fieldset's choices (a checkbox or radio): the first
 * takes the fieldset's id, so the error summary's link lands on it; the
 * others get -2, -3 ...
 */
export function choiceId(fieldsetId: string, index: number): string {
  return index === 0 ? fieldsetId : `${fieldsetId}-${index + 1}`;
}

interface FieldsetProps extends FieldDescription {
  /** Names the hint and error message (`${id}-hint`, `${id}-error`). */
  id: string;
  legend: ReactNode;
  /** Classes for the legend's size; govuk-fieldset__legend--m unless told. */
  legendClassName?: string;
  /** "group" for controls that answer one question together, such as a date's parts. */
  role?: 'group';
  /** Extra classes on the form group. */
  groupClassName?: string;
  /** The controls, after the legend, hint and error. */
  children: ReactNode;
}

/** A GOV.UK fieldset in its form group: legend, hint and inline error, then the controls. */
export function Fieldset({
  id,
  legend,
  legendClassName = 'govuk-fieldset__legend--m',
  role,
  hint,
  error,
  groupClassName,
  children,
}: FieldsetProps) {
  return (
    <FormGroup error={error} className={groupClassName}>
      <fieldset
        className="govuk-fieldset"
        role={role}
        aria-describedby={fieldDescribedBy(id, { hint, error })}
      >
        <legend className={`govuk-fieldset__legend ${legendClassName}`}>{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        {children}
      </fieldset>
    </FormGroup>
  );
}
