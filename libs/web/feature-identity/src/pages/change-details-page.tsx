import { UpdateAccountDocument, useGraphQLMutation, useViewer } from '@lgx/web/data-access';
import { Button, ErrorSummary, FormStatus, Loading, TextInput, usePageTitle } from '@lgx/web/ui';
import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';

import { BackLink } from '../components/back-link';
import { useFormErrors } from '../hooks/use-form-errors';
import { useSessionChanged } from '../hooks/use-session-changed';
import { formValues } from '../model/form-values';

const FIELDS = { name: 'name', jobTitle: 'job-title' };

/** Change your name and job title. */
export function ChangeDetailsPage() {
  const { data } = useViewer();
  const form = useFormErrors(FIELDS);
  const navigate = useNavigate();
  const sessionChanged = useSessionChanged();
  const update = useGraphQLMutation(UpdateAccountDocument, {
    onSuccess: async () => {
      await sessionChanged();
      navigate('/account', { state: { flash: 'Your details have been changed' } });
    },
  });
  usePageTitle('Change your details', form.errors.hasErrors);
  const account = data?.viewer.account;
  if (!account) return <Loading label="Loading your details" />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const value = formValues(event.currentTarget);
    form.validate([]);
    update.mutate(
      { input: { name: value('name'), jobTitle: value('job-title') } },
      { onError: form.fail },
    );
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/account">Back to your account</BackLink>
        <ErrorSummary errors={form.errors.summary} />
        <h1 className="govuk-heading-l">Change your details</h1>
        <form noValidate onSubmit={onSubmit}>
          <TextInput
            id="name"
            label="Full name"
            defaultValue={account.name}
            autoComplete="name"
            spellCheck={false}
            error={form.errors.byField['name']}
          />
          <TextInput
            id="job-title"
            label="Job title"
            defaultValue={account.jobTitle}
            autoComplete="organization-title"
            error={form.errors.byField['job-title']}
          />
          <div className="govuk-button-group">
            <Button busy={update.isPending}>Save changes</Button>
            <Link className="govuk-link" to="/account">
              Cancel
            </Link>
          </div>
          <FormStatus busy={update.isPending} label="Saving your details" />
        </form>
      </div>
    </div>
  );
}
