import {
  ChangeMemberRoleDocument,
  type CouncilRole,
  QueryKeys,
  useGraphQLMutation,
  useInvalidateQueries,
} from '@lgx/web/data-access';
import { Button, ErrorSummary, FormStatus, Loading, Radios, usePageTitle } from '@lgx/web/ui';
import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';

import { BackLink } from '../components/back-link';
import { MemberNotFound } from '../components/member-not-found';
import { PermissionDenied } from '../components/permission-denied';
import { QueryFailure } from '../components/query-failure';
import { useCouncilMembers } from '../hooks/use-council-members';
import { useFormErrors } from '../hooks/use-form-errors';
import { formValues } from '../model/form-values';
import { required } from '../model/required';
import { COUNCIL_ROLES } from '../model/role-labels';

const FIELDS = { role: 'role' };

/** A council admin changes a member's role: officer, editor or admin. */
export function ChangeMemberRolePage() {
  const { accountId = '' } = useParams();
  const { council, members } = useCouncilMembers();
  const form = useFormErrors(FIELDS);
  const navigate = useNavigate();
  const invalidate = useInvalidateQueries();
  const change = useGraphQLMutation(ChangeMemberRoleDocument, {
    onSuccess: async ({ changeMemberRole: changed }) => {
      await invalidate([QueryKeys.CouncilMembers]);
      // Officer, editor and admin all take "an".
      const role = COUNCIL_ROLES[changed.role].label.toLowerCase();
      navigate('/council/members', {
        state: { flash: `${changed.account.name} is now an ${role}` },
      });
    },
  });
  const member = members.data?.councilMembers.find((m) => m.account.id === accountId);
  usePageTitle(
    member ? `Change ${member.account.name}’s role` : 'Change role',
    form.errors.hasErrors,
  );
  if (council === null) return <PermissionDenied reason="You are not a member of a council." />;
  if (members.error) return <QueryFailure error={members.error} />;
  if (!members.data) return <Loading label="Loading the member" />;
  if (!member) return <MemberNotFound />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (change.isPending) return;
    const role = formValues(event.currentTarget)('role');
    if (!form.validate(required([[role, 'role', `Select ${member.account.name}’s role`]]))) return;
    change.mutate({ accountId, role: role as CouncilRole }, { onError: form.fail });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/council/members">Back to the council’s members</BackLink>
        <ErrorSummary errors={form.errors.summary} />
        <form noValidate onSubmit={onSubmit}>
          <Radios
            id="role"
            name="role"
            legend={`What should ${member.account.name}’s role be?`}
            legendAsHeading
            hint={`${member.account.name} is ${member.account.jobTitle} at ${council?.name ?? 'the council'}.`}
            defaultValue={member.role}
            error={form.errors.byField['role']}
            items={(['OFFICER', 'EDITOR', 'ADMIN'] as const).map((value) => ({
              value,
              ...COUNCIL_ROLES[value],
            }))}
          />
          <div className="govuk-button-group">
            <Button busy={change.isPending}>Change role</Button>
            <Link className="govuk-link" to="/council/members">
              Cancel
            </Link>
          </div>
          <FormStatus busy={change.isPending} label="Changing the role" />
        </form>
      </div>
    </div>
  );
}
