import {
  QueryKeys,
  RemoveMemberDocument,
  useGraphQLMutation,
  useInvalidateQueries,
} from '@lgx/web/data-access';
import { Button, ErrorSummary, FormStatus, Loading, usePageTitle, WarningText } from '@lgx/web/ui';
import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';

import { BackLink } from '../components/back-link';
import { MemberNotFound } from '../components/member-not-found';
import { PermissionDenied } from '../components/permission-denied';
import { QueryFailure } from '../components/query-failure';
import { useCouncilMembers } from '../hooks/use-council-members';
import { useFormErrors } from '../hooks/use-form-errors';

const FIELDS = {};

/** A council admin removes a member, after confirming. */
export function RemoveMemberPage() {
  const { accountId = '' } = useParams();
  const { council, members } = useCouncilMembers();
  const form = useFormErrors(FIELDS);
  const navigate = useNavigate();
  const member = members.data?.councilMembers.find((m) => m.account.id === accountId);
  const invalidate = useInvalidateQueries();
  const remove = useGraphQLMutation(RemoveMemberDocument, {
    onSuccess: async () => {
      const flash = `${member?.account.name ?? 'The member'} has been removed`;
      await invalidate([QueryKeys.CouncilMembers]);
      navigate('/council/members', { state: { flash } });
    },
  });
  usePageTitle(member ? `Remove ${member.account.name}` : 'Remove member', form.errors.hasErrors);
  if (council === null) return <PermissionDenied reason="You are not a member of a council." />;
  if (members.error) return <QueryFailure error={members.error} />;
  if (!members.data) return <Loading label="Loading the member" />;
  // Once removed, they leave the list while the page moves on.
  if (!member && remove.isIdle) return <MemberNotFound />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (remove.isPending) return;
    form.validate([]);
    remove.mutate({ accountId }, { onError: form.fail });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/council/members">Back to the council’s members</BackLink>
        <ErrorSummary errors={form.errors.summary} />
        <h1 className="govuk-heading-l">
          Are you sure you want to remove {member?.account.name} from {council?.name}?
        </h1>
        <WarningText>
          They lose their council role straight away and are signed out on every device.
        </WarningText>
        <form noValidate onSubmit={onSubmit}>
          <div className="govuk-button-group">
            <Button variant="warning" busy={remove.isPending}>
              Remove member
            </Button>
            <Link className="govuk-link" to="/council/members">
              Cancel
            </Link>
          </div>
          <FormStatus busy={remove.isPending} label="Removing the member" />
        </form>
      </div>
    </div>
  );
}
