import {
  PublishSupplierExperienceDocument,
  RejectSupplierExperienceDocument,
  RequestSupplierExperienceChangesDocument,
  type SupplierModerationQueueQuery,
  useGraphQLMutation,
} from '@lgx/web/data-access';
import { Button, ErrorSummary, SummaryList, type SummaryRow, Textarea } from '@lgx/web/ui';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';

import { useRefreshQueue } from '../hooks/use-refresh-queue';
import { formatDate, outOfFive } from '../model/format';

type Submitted = SupplierModerationQueueQuery['supplierModerationQueue']['submitted'][number];

function submittedRows(experience: Submitted): SummaryRow[] {
  return [
    {
      key: 'Council',
      value: `${experience.council?.name ?? experience.attributedTo}${experience.attribution === 'ANONYMISED' ? ` (shown as “${experience.attributedTo}”)` : ''}`,
    },
    { key: 'Category', value: experience.category.label },
    { key: 'Contract ends', value: formatDate(experience.contractEnd) },
    { key: 'Delivery', value: outOfFive(experience.ratings.delivery) },
    { key: 'What worked', value: experience.whatWorked || 'Not given' },
    { key: 'What did not work', value: experience.whatDidNotWork || 'Not given' },
    { key: 'Advice', value: experience.advice || 'Not given' },
  ];
}

/** A new experience waiting for a moderator: publish it, reject it, or send it back. */
export function SubmittedCard({
  experience,
  onDone,
}: {
  experience: Submitted;
  onDone: (message: string) => void;
}) {
  const refresh = useRefreshQueue();
  const [problem, setProblem] = useState<string | undefined>();
  const title = `${experience.supplierName}: ${experience.product}`;
  const after = (message: string) => async () => {
    await refresh();
    onDone(message);
  };
  const publish = useGraphQLMutation(PublishSupplierExperienceDocument, {
    onSuccess: after(`Published “${title}”.`),
  });
  const ask = useGraphQLMutation(RequestSupplierExperienceChangesDocument, {
    onSuccess: after(`Asked the author to change “${title}”.`),
  });
  const reject = useGraphQLMutation(RejectSupplierExperienceDocument, {
    onSuccess: after(`Rejected “${title}”.`),
  });
  const messageId = `message-${experience.id}`;
  const onAsk = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const message = String(new FormData(event.currentTarget).get(messageId) ?? '').trim();
    if (!message) return setProblem('Enter the message to the author');
    setProblem(undefined);
    ask.mutate({ id: experience.id, message }, { onError: (e) => setProblem(e.message) });
  };
  const fail = (error: { message: string }) => setProblem(error.message);
  return (
    <section className="govuk-summary-card" aria-labelledby={`title-${experience.id}`}>
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title" id={`title-${experience.id}`}>
          <Link className="govuk-link" to={`/supplier-experiences/${experience.id}`}>
            {title}
          </Link>
        </h3>
      </div>
      <div className="govuk-summary-card__content">
        <ErrorSummary errors={problem ? [{ fieldId: messageId, message: problem }] : []} />
        <SummaryList rows={submittedRows(experience)} />
        <div className="govuk-button-group">
          <Button
            type="button"
            busy={publish.isPending}
            onClick={() => publish.mutate({ id: experience.id }, { onError: fail })}
          >
            Publish
          </Button>
          <Button
            type="button"
            variant="warning"
            busy={reject.isPending}
            onClick={() => reject.mutate({ id: experience.id, reason: null }, { onError: fail })}
          >
            Reject
          </Button>
        </div>
        <form onSubmit={onAsk} noValidate>
          <Textarea
            id={messageId}
            label="Ask the author for changes"
            hint="They are emailed this message"
            rows={2}
            error={problem}
          />
          <Button variant="secondary" busy={ask.isPending}>
            Send back for changes
          </Button>
        </form>
      </div>
    </section>
  );
}
