import { PasswordInput, TextInput } from '@lgx/web/ui';

import { NEW_PASSWORD_HINT } from '../model/password-hint';
import { EmailInput } from './email-input';

/** A new account's fields: name, job title, work email address and a new password. */
export function CreateAccountFields({
  errors,
}: {
  errors: Readonly<Record<string, string | undefined>>;
}) {
  return (
    <>
      <TextInput
        id="name"
        label="Full name"
        autoComplete="name"
        spellCheck={false}
        error={errors['name']}
      />
      <TextInput
        id="job-title"
        label="Job title"
        autoComplete="organization-title"
        error={errors['job-title']}
      />
      <EmailInput
        label="Work email address"
        hint="Your council email address, like name@derby.gov.uk"
        error={errors['email']}
      />
      <PasswordInput
        id="password"
        label="Create a password"
        hint={NEW_PASSWORD_HINT}
        autoComplete="new-password"
        error={errors['password']}
      />
    </>
  );
}
