import { type InputHTMLAttributes, type ReactNode, useState } from 'react';

import { fieldAria } from './described-by';
import { LabelledField } from './form-group';

interface PasswordInputProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'type' | 'autoComplete'
> {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  autoComplete: 'current-password' | 'new-password';
}

/** GOV.UK password input: a Show/Hide button, announced politely when it changes. */
export function PasswordInput({
  id,
  label,
  hint,
  error,
  autoComplete,
  ...rest
}: PasswordInputProps) {
  const [visible, setVisible] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const toggle = () => {
    setVisible(!visible);
    setAnnouncement(visible ? 'Your password is hidden' : 'Your password is visible');
  };
  return (
    <LabelledField
      id={id}
      label={label}
      hint={hint}
      error={error}
      groupClassName="govuk-password-input"
    >
      <div className="govuk-input__wrapper govuk-password-input__wrapper">
        <input
          className={`govuk-input govuk-password-input__input${error ? ' govuk-input--error' : ''}`}
          id={id}
          name={id}
          type={visible ? 'text' : 'password'}
          spellCheck={false}
          autoCapitalize="none"
          autoComplete={autoComplete}
          {...fieldAria(id, { hint, error })}
          {...rest}
        />
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-password-input__toggle"
          data-module="govuk-button"
          aria-controls={id}
          aria-label={visible ? 'Hide password' : 'Show password'}
          onClick={toggle}
        >
          {visible ? 'Hide' : 'Show'}
        </button>
      </div>
      <div className="govuk-password-input__sr-status govuk-visually-hidden" aria-live="polite">
        {announcement}
      </div>
    </LabelledField>
  );
}
