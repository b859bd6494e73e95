import {
  isEditorOf,
  StartProcurementGroupDocument,
  useGraphQLMutation,
  useViewer,
} from '@lgx/web/data-access';
import { FormShell, Loading, usePageTitle } from '@lgx/web/ui';
import { signInPath } from '@lgx/web/util';
import { Link, Navigate, useNavigate } from 'react-router';

import { GroupFormFields } from '../components/group-form-fields';
import { useGroupFormErrors } from '../hooks/use-group-form-errors';
import { useGroupsChanged } from '../hooks/use-groups-changed';

/** Start a procurement group led by the editor's council. */
export function StartGroupPage() {
  const { data } = useViewer();
  const navigate = useNavigate();
  const changed = useGroupsChanged();
  const { errors, dateParts, read, answer } = useGroupFormErrors();
  const start = useGraphQLMutation(StartProcurementGroupDocument, {
    onSuccess: async ({ startProcurementGroup }) => {
      await changed();
      navigate(`/procurement-groups/${startProcurementGroup.id}`, {
        state: { flash: 'Your group has started. Invite councils, or share its link.' },
      });
    },
  });
  usePageTitle('Start a procurement group', errors.hasErrors);

  if (!data) return <Loading label="Checking you are signed in" />;
  const viewer = data.viewer;
  if (!viewer.account) return <Navigate to={signInPath('/procurement-groups/new')} replace />;
  if (!viewer.council || !isEditorOf(viewer, viewer.council.code))
    return (
      <>
        <h1 className="govuk-heading-l">You cannot start a group</h1>
        <p className="govuk-body">
          Starting a procurement group needs the editor role in your council.{' '}
          <Link className="govuk-link" to="/account">
            Your account page
          </Link>{' '}
          says who your council’s editors and admins are, and lets you ask for the role.
        </p>
      </>
    );

  const submit = (form: HTMLFormElement) =>
    start.mutate({ input: read(form) }, { onError: answer });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormShell
          errors={errors.summary}
          intro={
            <>
              <span className="govuk-caption-l">{viewer.council.name}</span>
              <h1 className="govuk-heading-xl">Start a procurement group</h1>
              <p className="govuk-body">
                Say what your council needs, so councils with the same need can join and buy
                together. Your council leads the group.
              </p>
            </>
          }
          onSubmit={submit}
          busy={start.isPending}
          submitLabel="Start the group"
          secondary={
            <Link className="govuk-link" to="/procurement-groups">
              Cancel
            </Link>
          }
        >
          <GroupFormFields errors={errors.byField} dateParts={dateParts} />
        </FormShell>
      </div>
    </div>
  );
}
