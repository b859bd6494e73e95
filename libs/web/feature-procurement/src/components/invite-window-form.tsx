import { INVITE_WINDOW } from '@lgx/shared/domain';
import { Button, ErrorSummary, type FormErrors, TextInput } from '@lgx/web/ui';
import type { FormEvent } from 'react';

interface InviteWindowFormProps {
  months: number;
  errors: FormErrors;
  /** Takes the months as typed, for the page to check. */
  onWindow: (text: string) => void;
}

/** "Months either side of the desired start": how far from it contracts may end. */
export function InviteWindowForm({ months, errors, onWindow }: InviteWindowFormProps) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onWindow(String(new FormData(event.currentTarget).get('monthsEitherSide') ?? ''));
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Contracts ending near the start">
      <ErrorSummary errors={errors.summary} />
      <TextInput
        id="invite-window"
        name="monthsEitherSide"
        label="Months either side of the desired start"
        hint={`A whole number from ${INVITE_WINDOW.minMonths} to ${INVITE_WINDOW.maxMonths}`}
        inputMode="numeric"
        className="govuk-input--width-3"
        defaultValue={String(months)}
        error={errors.byField['invite-window']}
      />
      <Button variant="secondary">Show councils</Button>
    </form>
  );
}
