import {
  AskForCouncilRoleDocument,
  QueryKeys,
  useGraphQLMutation,
  useInvalidateQueries,
  useViewer,
} from '@lgx/web/data-access';
import { Loading, Radios, usePageTitle } from '@lgx/web/ui';
import { Link, useNavigate } from 'react-router';

import { ACCOUNT_FORM, FormPage } from '../components/form-page';
import { QueryFailure } from '../components/query-failure';
import { useCouncilContacts } from '../hooks/use-council-contacts';
import { useFormErrors } from '../hooks/use-form-errors';
import { withRole } from '../model/access-request-text';
import { formValues } from '../model/form-values';
import { required } from '../model/required';
import { roleChoices } from '../model/role-choices';

const FIELDS = { role: 'role' };
const CODE_FIELDS = { ALREADY_HAS_ROLE: 'role', COUNCIL_HAS_ADMIN: 'role' };

/** An officer asks for the editor role, or, when their council has no admin, to become it. */
export function AskForCouncilRolePage() {
  const { data } = useViewer();
  const viewer = data?.viewer;
  const contacts = useCouncilContacts(viewer?.council?.code);
  const form = useFormErrors(FIELDS, CODE_FIELDS);
  const navigate = useNavigate();
  const invalidate = useInvalidateQueries();
  const ask = useGraphQLMutation(AskForCouncilRoleDocument, {
    onSuccess: async ({ askForCouncilRole: asked }) => {
      await invalidate([QueryKeys.MyAccessRequests]);
      const what = asked.kind === 'COUNCIL_ADMIN' ? 'to become admin' : 'for the editor role';
      navigate('/account', {
        state: { flash: `You asked ${what}. We will email you when it is decided.` },
      });
    },
  });
  usePageTitle('Ask for a role in your council', form.errors.hasErrors);
  if (contacts.error) return <QueryFailure error={contacts.error} />;
  if (!viewer) return <Loading label="Loading your account" />;
  const council = viewer.council;
  if (!council || !viewer.councilRole)
    return (
      <>
        <h1 className="govuk-heading-l">Your account is not linked to a council</h1>
        <p className="govuk-body">
          <Link className="govuk-link" to="/account/council-domain">
            Ask for your council’s email domain to be added
          </Link>{' '}
          first: then you become one of its officers.
        </p>
      </>
    );
  if (!contacts.data) return <Loading label="Loading your council’s admins" />;
  const admins = withRole(contacts.data.councilContacts, 'ADMIN').map((admin) => admin.name);
  const choices = roleChoices(viewer.councilRole, council.name, admins);
  if (choices.length === 0)
    return (
      <>
        <h1 className="govuk-heading-l">There is no role to ask for</h1>
        <p className="govuk-body">
          You are {viewer.councilRole === 'ADMIN' ? 'an admin' : 'an editor'} of {council.name}
          {admins.length > 0 && `, and its admins (${admins.join(', ')}) give the admin role`}.{' '}
          <Link className="govuk-link" to="/account">
            Back to your account
          </Link>
        </p>
      </>
    );

  const onSubmit = (sent: HTMLFormElement) => {
    const role = formValues(sent)('role');
    if (!form.validate(required([[role, 'role', 'Choose what you want to ask for']]))) return;
    ask.mutate({ role: role as 'EDITOR' | 'ADMIN' }, { onError: form.fail });
  };

  return (
    <FormPage
      {...ACCOUNT_FORM}
      beforeTitle={<span className="govuk-caption-l">{council.name}</span>}
      title="Ask for a role in your council"
      errors={form.errors.summary}
      onSubmit={onSubmit}
      busy={ask.isPending}
      submitLabel="Send request"
      busyLabel="Sending your request"
    >
      <Radios
        id="role"
        name="role"
        legend="What do you want to ask for?"
        items={choices}
        defaultValue={choices.length === 1 ? choices[0]!.value : undefined}
        error={form.errors.byField['role']}
      />
    </FormPage>
  );
}
