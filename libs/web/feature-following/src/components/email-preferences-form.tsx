import { type FormEvent, useState } from 'react';

export interface EmailChoices {
  addressed: boolean;
  digests: boolean;
}

interface Props {
  initial: EmailChoices;
  saving: boolean;
  onSave: (choices: EmailChoices) => void;
}

/** Two GOV.UK checkboxes: emails for what is addressed to the viewer, and digests. */
export function EmailPreferencesForm({ initial, saving, onSave }: Props) {
  const [choices, setChoices] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(choices);
  };
  const box = (name: keyof EmailChoices, label: string, hint: string) => (
    <div className="govuk-checkboxes__item">
      <input
        className="govuk-checkboxes__input"
        id={`email-${name}`}
        type="checkbox"
        checked={choices[name]}
        aria-describedby={`email-${name}-hint`}
        onChange={(event) => setChoices({ ...choices, [name]: event.target.checked })}
      />
      <label className="govuk-label govuk-checkboxes__label" htmlFor={`email-${name}`}>
        {label}
      </label>
      <div id={`email-${name}-hint`} className="govuk-hint govuk-checkboxes__hint">
        {hint}
      </div>
    </div>
  );
  return (
    <form onSubmit={submit} noValidate>
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Email me</legend>
          <div className="govuk-checkboxes" data-module="govuk-checkboxes">
            {box(
              'addressed',
              'What is addressed to me',
              'At once: a question to your council, an answer to your question, news of your procurement groups.',
            )}
            {box(
              'digests',
              'Digests of what I follow',
              'Daily or weekly, as you choose for each thing you follow.',
            )}
          </div>
        </fieldset>
      </div>
      <button type="submit" className="govuk-button" disabled={saving}>
        Save email preferences
      </button>
    </form>
  );
}
