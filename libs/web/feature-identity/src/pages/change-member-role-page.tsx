import {
  ChangeMemberRoleDocument,
  type CouncilRole,
  QueryKeys,
  useGraphQLMutation,
  useInvalidateQueries,
} from '@lgx/web/data-access';
import { Radios, usePageTitle } from '@lgx/web/ui';
import { useNavigate } from 'react-router';

import { councilMemberGate } from '../components/council-member-gate';
import { FormPage } from '../components/form-page';
import { useCouncilMember } from '../hooks/use-council-member';
import { useFormErrors } from '../hooks/use-form-errors';
import { formValues } from '../model/form-values';
import { required } from '../model/required';
import { COUNCIL_ROLES } from '../model/role-labels';

const FIELDS = { role: 'role' };

/** A council admin changes a member's role: officer, editor or admin. */
export function ChangeMemberRolePage() {
  const { accountId, council, members, member } = useCouncilMember();
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
  usePageTitle(
    member ? `Change ${member.account.name}’s role` : 'Change role',
    form.errors.hasErrors,
  );
  const gate = councilMemberGate({ council, members, found: Boolean(member) });
  if (gate || !member) return gate;

  const onSubmit = (sent: HTMLFormElement) => {
    const role = formValues(sent)('role');
    if (!form.validate(required([[role, 'role', `Select ${member.account.name}’s role`]]))) return;
    change.mutate({ accountId, role: role as CouncilRole }, { onError: form.fail });
  };

  return (
    <FormPage
      back={{ to: '/council/members', label: 'Back to the council’s members' }}
      cancelTo="/council/members"
      errors={form.errors.summary}
      onSubmit={onSubmit}
      busy={change.isPending}
      submitLabel="Change role"
      busyLabel="Changing the role"
    >
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
    </FormPage>
  );
}
