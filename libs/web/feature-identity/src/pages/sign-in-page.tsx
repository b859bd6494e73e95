import { PasswordInput, usePageTitle } from '@lgx/web/ui';
import { safeReturnTo } from '@lgx/web/util';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import { EmailInput } from '../components/email-input';
import { FormPage } from '../components/form-page';
import { SignInProblemLink } from '../components/sign-in-problem-link';
import { useFormErrors } from '../hooks/use-form-errors';
import { useSignIn } from '../hooks/use-sign-in';
import { formValues } from '../model/form-values';
import { required } from '../model/required';

const FIELDS = { email: 'email', password: 'password' };
const CODE_FIELDS = { BAD_CREDENTIALS: 'password' };

function OtherWaysIn() {
  return (
    <>
      <p className="govuk-body">
        <Link className="govuk-link" to="/forgotten-password">
          Forgotten your password?
        </Link>
      </p>
      <h2 className="govuk-heading-m">If you do not have an account</h2>
      <p className="govuk-body">
        Council officers can{' '}
        <Link className="govuk-link" to="/create-account">
          create an account
        </Link>{' '}
        with their council email address.
      </p>
    </>
  );
}

/** Sign in with email and password; then the two-factor step or set-up when needed. */
export function SignInPage() {
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const form = useFormErrors(FIELDS, CODE_FIELDS);
  const [email, setEmail] = useState('');
  const signIn = useSignIn(returnTo);
  usePageTitle('Sign in', form.errors.hasErrors);

  const onSubmit = (sent: HTMLFormElement) => {
    const value = formValues(sent);
    const variables = { email: value('email').trim(), password: value('password') };
    setEmail(variables.email);
    const problems = required([
      [variables.email, 'email', 'Enter your email address'],
      [variables.password, 'password', 'Enter your password'],
    ]);
    if (!form.validate(problems)) return;
    signIn.mutate(variables, { onError: form.fail });
  };

  return (
    <FormPage
      title="Sign in"
      errors={form.errors.summary}
      intro={<SignInProblemLink code={form.code} email={email} />}
      onSubmit={onSubmit}
      busy={signIn.isPending}
      submitLabel="Sign in"
      busyLabel="Signing in"
      after={<OtherWaysIn />}
    >
      <EmailInput label="Email address" error={form.errors.byField['email']} />
      <PasswordInput
        id="password"
        label="Password"
        autoComplete="current-password"
        error={form.errors.byField['password']}
      />
    </FormPage>
  );
}
