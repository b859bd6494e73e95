import {
  type GraphQLRequestError,
  isEditorOf,
  StartProcurementGroupDocument,
  useGraphQLMutation,
  useViewer,
} from '@lgx/web/data-access';
import {
  Button,
  ErrorSummary,
  type FormErrors,
  Loading,
  NO_FORM_ERRORS,
  problemsFromError,
  toFormErrors,
  usePageTitle,
} from '@lgx/web/ui';
import { signInPath } from '@lgx/web/util';
import { type FormEvent, useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';

import { GroupFormFields } from '../components/group-form-fields';
import { useGroupsChanged } from '../hooks/use-groups-changed';
import { GROUP_FIELD_IDS, groupInputFromForm } from '../model/group-form-values';

/** Start a procurement group led by the editor's council. */
export function StartGroupPage() {
  const { data } = useViewer();
  const navigate = useNavigate();
  const changed = useGroupsChanged();
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
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
          Starting a procurement group needs the editor role in your council. Ask your council’s LGX
          admin.
        </p>
      </>
    );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    start.mutate(
      { input: groupInputFromForm(new FormData(event.currentTarget)) },
      {
        onError: (error: GraphQLRequestError) =>
          setErrors(toFormErrors(problemsFromError(error), GROUP_FIELD_IDS)),
      },
    );
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors.summary} />
        <span className="govuk-caption-l">{viewer.council.name}</span>
        <h1 className="govuk-heading-xl">Start a procurement group</h1>
        <p className="govuk-body">
          Say what your council needs, so councils with the same need can join and buy together.
          Your council leads the group.
        </p>
        <form onSubmit={submit} noValidate>
          <GroupFormFields errors={errors.byField} />
          <div className="govuk-button-group">
            <Button busy={start.isPending}>Start the group</Button>
            <Link className="govuk-link" to="/procurement-groups">
              Cancel
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}
