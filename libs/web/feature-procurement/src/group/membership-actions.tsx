import {
  CommitToGroupDocument,
  ExpressInterestInGroupDocument,
  type ProcurementGroupQuery,
  useGraphQLMutation,
  WithdrawFromGroupDocument,
} from '@lgx/web/data-access';
import { Button, ErrorSummary, TextInput } from '@lgx/web/ui';
import type { FormEvent } from 'react';

import { useGroupsChanged } from '../use-groups-changed';
import { MEMBER_STATUS_LABELS } from './members-table';
import { useActionErrors } from './use-action';

type Group = ProcurementGroupQuery['procurementGroup'];

const COMMIT_FIELD_IDS = {
  volume: 'volume',
  volumeUnit: 'volume-unit',
  estimatedValue: 'estimated-value',
  earliestStart: 'earliest-start',
  latestStart: 'latest-start',
};

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

  const submitCommitment = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '');
    const volume = Number.parseInt(text('volume'), 10);
    commit.mutate(
      {
        id: group.id,
        input: {
          volume: Number.isNaN(volume) ? 0 : volume,
          volumeUnit: text('volumeUnit'),
          estimatedValue: text('estimatedValue'),
          earliestStart: text('earliestStart'),
          latestStart: text('latestStart'),
        },
      },
      { onError: fail },
    );
  };
  const e = errors.byField;

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
      {viewer.canCommit && (
        <details className="govuk-details" open={errors.hasErrors || undefined}>
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              {viewer.status === 'COMMITTED' ? 'Change your commitment' : 'Commit your council'}
            </span>
          </summary>
          <div className="govuk-details__text">
            <form onSubmit={submitCommitment} noValidate aria-label="Commitment">
              <TextInput
                id="volume"
                name="volume"
                label="Volume"
                hint="How many your council would buy"
                inputMode="numeric"
                className="govuk-input--width-5"
                defaultValue={own?.volume?.toString() ?? ''}
                error={e['volume']}
              />
              <TextInput
                id="volume-unit"
                name="volumeUnit"
                label="Of what"
                hint="For example, licences, sites or users"
                className="govuk-input--width-20"
                defaultValue={own?.volumeUnit ?? ''}
                error={e['volume-unit']}
              />
              <TextInput
                id="estimated-value"
                name="estimatedValue"
                label="Estimated value to your council, in pounds"
                inputMode="decimal"
                className="govuk-input--width-10"
                error={e['estimated-value']}
              />
              <TextInput
                id="earliest-start"
                name="earliestStart"
                type="date"
                label="Earliest start"
                className="govuk-input--width-10"
                defaultValue={own?.earliestStart ?? ''}
                error={e['earliest-start']}
              />
              <TextInput
                id="latest-start"
                name="latestStart"
                type="date"
                label="Latest start"
                className="govuk-input--width-10"
                defaultValue={own?.latestStart ?? ''}
                error={e['latest-start']}
              />
              <Button busy={commit.isPending}>Commit</Button>
            </form>
          </div>
        </details>
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
