import { SignUpDocument, useGraphQLMutation } from '@lgx/web/data-access';
import {
  Button,
  ErrorSummary,
  FormStatus,
  PasswordInput,
  TextInput,
  usePageTitle,
} from '@lgx/web/ui';
import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';

import { useFormErrors } from '../hooks/use-form-errors';
import { formValues } from '../model/form-values';
import { NEW_PASSWORD_HINT } from '../model/password-hint';

const FIELDS = { name: 'name', jobTitle: 'job-title', email: 'email', password: 'password' };

/** Sign-up: name, job title, work email and a password; then "check your email". */
export function CreateAccountPage() {
  const signUp = useGraphQLMutation(SignUpDocument);
  const form = useFormErrors(FIELDS);
  const navigate = useNavigate();
  usePageTitle('Create an account', form.errors.hasErrors);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (signUp.isPending) return;
    const value = formValues(event.currentTarget);
    const input = {
      name: value('name'),
      jobTitle: value('job-title'),
      email: value('email'),
      password: value('password'),
    };
    form.validate([]);
    signUp.mutate(
      { input },
      {
        onSuccess: ({ signUp: sent }) =>
          navigate('/check-your-email', { state: { email: sent.email } }),
        onError: form.fail,
      },
    );
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={form.errors.summary} />
        <h1 className="govuk-heading-l">Create an account</h1>
        <p className="govuk-body">
          Use your council email address. When you confirm it, your account joins your council on
          LGX if your council uses it.
        </p>
        <form noValidate onSubmit={onSubmit}>
          <TextInput
            id="name"
            label="Full name"
            autoComplete="name"
            spellCheck={false}
            error={form.errors.byField['name']}
          />
          <TextInput
            id="job-title"
            label="Job title"
            autoComplete="organization-title"
            error={form.errors.byField['job-title']}
          />
          <TextInput
            id="email"
            type="email"
            label="Work email address"
            hint="Your council email address, like name@derby.gov.uk"
            autoComplete="email"
            spellCheck={false}
            autoCapitalize="none"
            error={form.errors.byField['email']}
          />
          <PasswordInput
            id="password"
            label="Create a password"
            hint={NEW_PASSWORD_HINT}
            autoComplete="new-password"
            error={form.errors.byField['password']}
          />
          <Button busy={signUp.isPending}>Create account</Button>
          <FormStatus busy={signUp.isPending} label="Creating your account" />
        </form>
        <p className="govuk-body">
          Already have an account?{' '}
          <Link className="govuk-link" to="/sign-in">
            Sign in
          </Link>
          .
        </p>
      </div>
    </div>
  );
}
