import {
  ResolveSupplierExperienceConcernDocument,
  type SupplierModerationQueueQuery,
  useGraphQLMutation,
} from '@lgx/web/data-access';
import { Button, ErrorSummary, SummaryList, type SummaryRow, Tag } from '@lgx/web/ui';
import { useState } from 'react';
import { Link } from 'react-router';

import { useRefreshQueue } from '../hooks/use-refresh-queue';
import { formatDate } from '../model/format';
import { EditAndKeep } from './edit-and-keep';

type Concern = SupplierModerationQueueQuery['supplierModerationQueue']['concerns'][number];

function concernRows(concern: Concern): SummaryRow[] {
  return [
    { key: 'Details', value: concern.details },
    { key: 'Raised', value: formatDate(String(concern.raisedAt)) },
    ...(concern.deadlineAt
      ? [
          {
            key: 'Answer by',
            value: new Date(String(concern.deadlineAt)).toLocaleString('en-GB'),
          },
        ]
      : []),
    {
      key: 'Experience',
      value: (
        <Link className="govuk-link" to={`/supplier-experiences/${concern.experienceId}`}>
          Read the experience
        </Link>
      ),
    },
  ];
}

/** A reader's concern or a supplier's complaint: keep, edit or remove the experience. */
export function ConcernCard({
  concern,
  onDone,
}: {
  concern: Concern;
  onDone: (message: string) => void;
}) {
  const refresh = useRefreshQueue();
  const [problem, setProblem] = useState<string | undefined>();
  const resolve = useGraphQLMutation(ResolveSupplierExperienceConcernDocument, {
    onSuccess: async ({ resolveSupplierExperienceConcern }) => {
      await refresh();
      onDone(`Resolved: ${resolveSupplierExperienceConcern.outcome?.toLowerCase()}.`);
    },
  });
  const complaint = concern.kind === 'COMPLAINT';
  return (
    <section className="govuk-summary-card" aria-labelledby={`concern-${concern.id}`}>
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title" id={`concern-${concern.id}`}>
          {complaint ? 'Supplier’s notice of complaint' : 'Concern from a reader'}{' '}
          {complaint &&
            (concern.overdue ? (
              <Tag colour="red">Overdue</Tag>
            ) : (
              <Tag colour="orange">{`${concern.hoursLeft} hours left`}</Tag>
            ))}
        </h3>
      </div>
      <div className="govuk-summary-card__content">
        {problem && <ErrorSummary errors={[{ message: problem }]} />}
        <SummaryList rows={concernRows(concern)} />
        <EditAndKeep
          experienceId={concern.experienceId}
          busy={resolve.isPending}
          onSubmit={(edit) =>
            resolve.mutate(
              { concernId: concern.id, outcome: 'EDITED', note: null, edit },
              { onError: (e) => setProblem(e.message) },
            )
          }
        />
        <div className="govuk-button-group">
          <Button
            type="button"
            variant="secondary"
            busy={resolve.isPending}
            onClick={() =>
              resolve.mutate(
                { concernId: concern.id, outcome: 'KEPT', note: null },
                { onError: (e) => setProblem(e.message) },
              )
            }
          >
            Keep the experience
          </Button>
          <Button
            type="button"
            variant="warning"
            busy={resolve.isPending}
            onClick={() =>
              resolve.mutate(
                { concernId: concern.id, outcome: 'REMOVED', note: null },
                { onError: (e) => setProblem(e.message) },
              )
            }
          >
            Remove the experience
          </Button>
        </div>
      </div>
    </section>
  );
}
