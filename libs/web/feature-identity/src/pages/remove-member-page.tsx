import {
  QueryKeys,
  RemoveMemberDocument,
  useGraphQLMutation,
  useInvalidateQueries,
} from '@lgx/web/data-access';
import { usePageTitle, WarningText } from '@lgx/web/ui';
import { useNavigate } from 'react-router';

import { councilMemberGate } from '../components/council-member-gate';
import { FormPage } from '../components/form-page';
import { useCouncilMember } from '../hooks/use-council-member';
import { useFormErrors } from '../hooks/use-form-errors';

const FIELDS = {};

/** A council admin removes a member, after confirming. */
export function RemoveMemberPage() {
  const { accountId, council, members, member } = useCouncilMember();
  const form = useFormErrors(FIELDS);
  const navigate = useNavigate();
  const invalidate = useInvalidateQueries();
  const remove = useGraphQLMutation(RemoveMemberDocument, {
    onSuccess: async () => {
      const flash = `${member?.account.name ?? 'The member'} has been removed`;
      await invalidate([QueryKeys.CouncilMembers]);
      navigate('/council/members', { state: { flash } });
    },
  });
  usePageTitle(member ? `Remove ${member.account.name}` : 'Remove member', form.errors.hasErrors);
  // Once removed, they leave the list while the page moves on.
  const gate = councilMemberGate({ council, members, found: Boolean(member) || !remove.isIdle });
  if (gate) return gate;

  const onSubmit = () => {
    form.validate([]);
    remove.mutate({ accountId }, { onError: form.fail });
  };

  return (
    <FormPage
      back={{ to: '/council/members', label: 'Back to the council’s members' }}
      cancelTo="/council/members"
      title={
        <>
          Are you sure you want to remove {member?.account.name} from {council?.name}?
        </>
      }
      errors={form.errors.summary}
      intro={
        <WarningText>
          They lose their council role straight away and are signed out on every device.
        </WarningText>
      }
      onSubmit={onSubmit}
      busy={remove.isPending}
      submitLabel="Remove member"
      submitVariant="warning"
      busyLabel="Removing the member"
    />
  );
}
