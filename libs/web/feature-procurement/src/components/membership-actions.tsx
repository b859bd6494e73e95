import {
  CommitToGroupDocument,
  CouncilContactsDocument,
  ExpressInterestInGroupDocument,
  type ProcurementGroupQuery,
  useGraphQLMutation,
  useGraphQLQuery,
  useViewer,
  WithdrawFromGroupDocument,
} from '@lgx/web/data-access';
import { Button, ErrorSummary } from '@lgx/web/ui';
import { Link } from 'react-router';

import { useActionErrors } from '../hooks/use-action-errors';
import { useGroupsChanged } from '../hooks/use-groups-changed';
import { CommitmentForm } from './commitment-form';
import { MEMBER_STATUS_LABELS } from './members-table';

type Group = ProcurementGroupQuery['procurementGroup'];

const COMMIT_FIELD_IDS = {
  volume: 'volume',
  volumeUnit: 'volume-unit',
  estimatedValue: 'estimated-value',
  earliestStart: 'earliest-start',
  latestStart: 'latest-start',
};

/**
 * For an officer whose council can join but who cannot commit it: only an
 * editor can, and these are the council's editors (and admins).
 */
function EditorsCommit({ group, councilCode }: { group: Group; councilCode: string | undefined }) {
  const councilRole = useViewer().data?.viewer.councilRole;
  const { viewer } = group;
  const shown =
    councilCode !== undefined &&
    councilRole === 'OFFICER' &&
    (viewer.canExpressInterest || viewer.status === 'INTERESTED');
  const { data } = useGraphQLQuery(
    CouncilContactsDocument,
    { councilCode: councilCode ?? '' },
    { enabled: shown },
  );
  if (!shown) return null;
  const contacts = data?.councilContacts ?? [];
  const names = contacts.map((contact) => `${contact.name} (${contact.jobTitle})`);
  return (
    <div className="govuk-inset-text">
      <p className="govuk-body">
        You can express interest for your council, but only an editor can commit it.{' '}
        {data &&
          (names.length > 0
            ? `Your council’s editors and admins: ${names.join(', ')}.`
            : 'Your council has no editors on LGX yet.')}
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/account/council-role">
          Ask for the editor role
        </Link>
      </p>
    </div>
  );
}

/** What the viewer's council can do: express interest, commit, withdraw. */
export function MembershipActions({
  group,
  councilCode,
  onDone,
}: {
  group: Group;
  councilCode: string | undefined;
  onDone: (message: string) => void;
}) {
  const changed = useGroupsChanged();
  const { errors, fail, clear } = useActionErrors(COMMIT_FIELD_IDS);
  const done = (message: string) => async () => {
    clear();
    await changed();
    onDone(message);
  };
  const interest = useGraphQLMutation(ExpressInterestInGroupDocument, {
    onSuccess: done(
      group.visibility === 'OPEN' || group.viewer.status === 'INVITED'
        ? 'Your council has joined the group.'
        : 'Your council has asked to join. The lead council will answer.',
    ),
  });
  const commit = useGraphQLMutation(CommitToGroupDocument, {
    onSuccess: done('Your council’s commitment is saved.'),
  });
  const withdraw = useGraphQLMutation(WithdrawFromGroupDocument, {
    onSuccess: done('Your council has left the group.'),
  });
  const { viewer } = group;
  const own = group.members.find((m) => m.council.code === councilCode);

  return (
    <section aria-labelledby="your-council-heading">
      <h2 className="govuk-heading-m" id="your-council-heading">
        Your council
      </h2>
      <ErrorSummary errors={errors.summary} />
      <p className="govuk-body">
        {viewer.status
          ? `Your council: ${MEMBER_STATUS_LABELS[viewer.status].toLowerCase()}.`
          : 'Your council is not in this group.'}
      </p>
      {viewer.canExpressInterest && (
        <Button
          busy={interest.isPending}
          type="button"
          onClick={() => interest.mutate({ id: group.id }, { onError: fail })}
        >
          {group.visibility === 'OPEN' || viewer.status === 'INVITED'
            ? 'Express interest'
            : 'Ask to join'}
        </Button>
      )}
      <EditorsCommit group={group} councilCode={councilCode} />
      {viewer.canCommit && (
        <CommitmentForm
          own={own}
          committed={viewer.status === 'COMMITTED'}
          errors={errors}
          busy={commit.isPending}
          onCommit={(input) => commit.mutate({ id: group.id, input }, { onError: fail })}
        />
      )}
      {viewer.canWithdraw && (
        <Button
          variant="warning"
          type="button"
          busy={withdraw.isPending}
          onClick={() => withdraw.mutate({ id: group.id }, { onError: fail })}
        >
          {viewer.status === 'REQUESTED' || viewer.status === 'INVITED'
            ? 'Withdraw'
            : 'Withdraw your council'}
        </Button>
      )}
    </section>
  );
}
