import { TextInput } from '@lgx/web/ui';
import type { ReactNode } from 'react';

/** An email address field (id and name `email`), as browsers and phones fill it in best. */
export function EmailInput({
  label,
  hint,
  defaultValue,
  error,
}: {
  label: string;
  hint?: ReactNode;
  defaultValue?: string;
  error: string | undefined;
}) {
  return (
    <TextInput
      id="email"
      type="email"
      label={label}
      hint={hint}
      defaultValue={defaultValue}
      autoComplete="email"
      spellCheck={false}
      autoCapitalize="none"
      error={error}
    />
  );
}
