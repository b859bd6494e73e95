import { RADAR_WINDOW } from '@lgx/shared/domain';
import { Button, ErrorSummary, type FormErrors, TextInput } from '@lgx/web/ui';
import type { FormEvent } from 'react';

/** "Contracts ending between" so many months from today and so many. */
export function RadarWindowForm({
  span,
  errors,
  onSubmit,
}: {
  span: { fromMonths: number; toMonths: number };
  errors: FormErrors;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
}) {
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Contracts ending">
      <ErrorSummary errors={errors.summary} />
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
          Contracts ending between
        </legend>
        <div className="govuk-hint">
          In whole months from today, from {RADAR_WINDOW.minMonths} to {RADAR_WINDOW.maxMonths}.
        </div>
        <TextInput
          id="radar-from"
          name="fromMonths"
          label="From (months)"
          inputMode="numeric"
          className="govuk-input--width-3"
          defaultValue={String(span.fromMonths)}
          error={errors.byField['radar-from']}
        />
        <TextInput
          id="radar-to"
          name="toMonths"
          label="To (months)"
          inputMode="numeric"
          className="govuk-input--width-3"
          defaultValue={String(span.toMonths)}
          error={errors.byField['radar-to']}
        />
      </fieldset>
      <Button variant="secondary">Show groups</Button>
    </form>
  );
}
