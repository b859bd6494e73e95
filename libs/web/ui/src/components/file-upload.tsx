import type { InputHTMLAttributes, ReactNode, Ref } from 'react';

import { describedBy } from './described-by';
import { ErrorMessage } from './error-message';

interface FileUploadProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  labelClassName?: string;
  ref?: Ref<HTMLInputElement>;
}

/** A GOV.UK file upload with its label, hint and inline error. */
export function FileUpload({
  id,
  label,
  hint,
  error,
  labelClassName,
  ref,
  ...rest
}: FileUploadProps) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className={`govuk-label${labelClassName ? ` ${labelClassName}` : ''}`} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
      <input
        className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
        id={id}
        name={id}
        type="file"
        ref={ref}
        aria-describedby={describedBy(Boolean(hint) && `${id}-hint`, error && `${id}-error`)}
        aria-invalid={error ? true : undefined}
        {...rest}
      />
    </div>
  );
}
