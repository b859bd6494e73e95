import { groupDetailsEditable } from '@lgx/shared/domain';
import {
  EditProcurementGroupDocument,
  type EditProcurementGroupQuery,
  UpdateProcurementGroupDocument,
  useGraphQLMutation,
  useGraphQLQuery,
} from '@lgx/web/data-access';
import { FormShell, Loading, usePageTitle } from '@lgx/web/ui';
import { Link, useNavigate, useParams } from 'react-router';

import { GroupFormFields } from '../components/group-form-fields';
import { QueryFailure } from '../components/query-failure';
import { useGroupFormErrors } from '../hooks/use-group-form-errors';
import { useGroupsChanged } from '../hooks/use-groups-changed';
import { groupAsInput } from '../model/group-form-values';

type Group = EditProcurementGroupQuery['procurementGroup'];

/** The lead council's editors change a group's details; before tender all of them. */
export function EditGroupPage() {
  const { id = '' } = useParams();
  const { data, error } = useGraphQLQuery(EditProcurementGroupDocument, { id });
  const group = data?.procurementGroup;
  usePageTitle('Edit group details');
  if (error) return <QueryFailure error={error} />;
  if (!group) return <Loading label="Loading the group" />;
  return <EditGroupForm group={group} />;
}

function EditGroupForm({ group }: { group: Group }) {
  const navigate = useNavigate();
  const changed = useGroupsChanged();
  const groupPath = `/procurement-groups/${group.id}`;
  const editable = groupDetailsEditable(group.stage);
  const { errors, dateParts, read, answer } = useGroupFormErrors(editable === 'wording');
  const update = useGraphQLMutation(UpdateProcurementGroupDocument, {
    onSuccess: async () => {
      await changed();
      navigate(groupPath, {
        state: {
          flash: 'The group’s details are saved. Members are told by email of any change.',
        },
      });
    },
  });
  const title = group.viewer.canEdit ? 'Edit group details' : 'You cannot edit this group';
  usePageTitle(title, errors.hasErrors);
  const back = (
    <Link className="govuk-back-link" to={groupPath}>
      Back to the group
    </Link>
  );

  if (!group.viewer.canEdit)
    return (
      <>
        {back}
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">
          {editable === 'none'
            ? `This group is ${group.stageLabel.toLowerCase()}, so its details can no longer change.`
            : 'Changing a group’s details needs the editor role in the council that leads it.'}
        </p>
      </>
    );

  const defaults = groupAsInput(group);
  const submit = (form: HTMLFormElement) =>
    update.mutate({ id: group.id, input: read(form, defaults) }, { onError: answer });

  return (
    <>
      {back}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <FormShell
            errors={errors.summary}
            intro={<EditGroupIntro group={group} title={title} editable={editable} />}
            onSubmit={submit}
            busy={update.isPending}
            submitLabel="Save changes"
            secondary={
              <Link className="govuk-link" to={groupPath}>
                Cancel
              </Link>
            }
          >
            <GroupFormFields
              errors={errors.byField}
              dateParts={dateParts}
              defaults={defaults}
              wordingOnly={editable === 'wording'}
            />
          </FormShell>
        </div>
      </div>
    </>
  );
}

/** The heading, and what may change at the group's stage. */
function EditGroupIntro({
  group,
  title,
  editable,
}: {
  group: Group;
  title: string;
  editable: ReturnType<typeof groupDetailsEditable>;
}) {
  return (
    <>
      <span className="govuk-caption-l">{group.title}</span>
      <h1 className="govuk-heading-xl">{title}</h1>
      {editable === 'wording' ? (
        <div className="govuk-inset-text">
          This group has gone to tender, so only its title and need can change. The category,
          values, dates, route and who can join stay as they were tendered.
        </div>
      ) : (
        <p className="govuk-body">
          Member councils are told by email of what changes. Dates you leave as they are may have
          passed; a date you change must not be in the past.
        </p>
      )}
    </>
  );
}
