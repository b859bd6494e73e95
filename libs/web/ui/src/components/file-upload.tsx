import type { InputHTMLAttributes, ReactNode, Ref } from 'react';

import { fieldAria } from './described-by';
import { LabelledField } from './form-group';

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
    <LabelledField id={id} label={label} labelClassName={labelClassName} hint={hint} error={error}>
      <input
        className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
        id={id}
        name={id}
        type="file"
        ref={ref}
        {...fieldAria(id, { hint, error })}
        {...rest}
      />
    </LabelledField>
  );
}
