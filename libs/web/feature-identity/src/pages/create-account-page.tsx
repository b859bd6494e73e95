import { SignUpDocument, useGraphQLMutation } from '@lgx/web/data-access';
import { usePageTitle } from '@lgx/web/ui';
import { Link } from 'react-router';

import { CreateAccountFields } from '../components/create-account-fields';
import { FormPage } from '../components/form-page';
import { useCheckYourEmail } from '../hooks/use-check-your-email';
import { useFormErrors } from '../hooks/use-form-errors';
import { formValues } from '../model/form-values';

const FIELDS = { name: 'name', jobTitle: 'job-title', email: 'email', password: 'password' };

/** Sign-up: name, job title, work email and a password; then "check your email". */
export function CreateAccountPage() {
  const signUp = useGraphQLMutation(SignUpDocument);
  const form = useFormErrors(FIELDS);
  const checkYourEmail = useCheckYourEmail();
  usePageTitle('Create an account', form.errors.hasErrors);

  const onSubmit = (sent: HTMLFormElement) => {
    const value = formValues(sent);
    const input = {
      name: value('name'),
      jobTitle: value('job-title'),
      email: value('email'),
      password: value('password'),
    };
    form.validate([]);
    signUp.mutate(
      { input },
      { onSuccess: ({ signUp: account }) => checkYourEmail(account), onError: form.fail },
    );
  };

  return (
    <FormPage
      title="Create an account"
      errors={form.errors.summary}
      intro={
        <p className="govuk-body">
          Use your council email address. When you confirm it, your account joins your council on
          LGX if your council uses it.
        </p>
      }
      onSubmit={onSubmit}
      busy={signUp.isPending}
      submitLabel="Create account"
      busyLabel="Creating your account"
      after={
        <p className="govuk-body">
          Already have an account?{' '}
          <Link className="govuk-link" to="/sign-in">
            Sign in
          </Link>
          .
        </p>
      }
    >
      <CreateAccountFields errors={form.errors.byField} />
    </FormPage>
  );
}
