import { UpdateAccountDocument, useGraphQLMutation, useViewer } from '@lgx/web/data-access';
import { Loading, TextInput, usePageTitle } from '@lgx/web/ui';
import { useNavigate } from 'react-router';

import { ACCOUNT_FORM, FormPage } from '../components/form-page';
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

  const onSubmit = (sent: HTMLFormElement) => {
    const value = formValues(sent);
    form.validate([]);
    update.mutate(
      { input: { name: value('name'), jobTitle: value('job-title') } },
      { onError: form.fail },
    );
  };

  return (
    <FormPage
      {...ACCOUNT_FORM}
      title="Change your details"
      errors={form.errors.summary}
      onSubmit={onSubmit}
      busy={update.isPending}
      submitLabel="Save changes"
      busyLabel="Saving your details"
    >
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
    </FormPage>
  );
}
