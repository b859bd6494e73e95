import {
  PublishSupplierExperienceDocument,
  QueryKeys,
  RejectSupplierExperienceDocument,
  RequestSupplierExperienceChangesDocument,
  ResolveSupplierExperienceConcernDocument,
  SupplierExperienceDocument,
  SupplierModerationQueueDocument,
  type SupplierModerationQueueQuery,
  useGraphQLMutation,
  useGraphQLQuery,
  useInvalidateQueries,
} from '@lgx/web/data-access';
import {
  Button,
  Details,
  ErrorSummary,
  Loading,
  NotificationBanner,
  SummaryList,
  Tag,
  Textarea,
  usePageTitle,
} from '@lgx/web/ui';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';

import { formatDate, outOfFive } from '../common/experience-status-tag';
import { OfficerGate, QueryProblem } from '../common/officer-gate';

type Submitted = SupplierModerationQueueQuery['supplierModerationQueue']['submitted'][number];
type Concern = SupplierModerationQueueQuery['supplierModerationQueue']['concerns'][number];

/** The moderators' queue: new experiences to publish, and concerns and complaints to resolve. */
export function ModerationPage() {
  return <OfficerGate moderatorsOnly>{() => <Queue />}</OfficerGate>;
}

function Queue() {
  usePageTitle('Moderation queue');
  const [done, setDone] = useState<string | undefined>();
  const { data, error } = useGraphQLQuery(SupplierModerationQueueDocument, {});
  if (error) return <QueryProblem error={error} />;
  if (!data) return <Loading label="Loading the queue" />;
  const { submitted, concerns } = data.supplierModerationQueue;
  return (
    <>
      {done && <NotificationBanner success heading={done} />}
      <h1 className="govuk-heading-xl">Moderation queue</h1>
      <h2 className="govuk-heading-l">Concerns and complaints ({concerns.length})</h2>
      {concerns.length === 0 ? (
        <p className="govuk-body">No open concerns.</p>
      ) : (
        concerns.map((concern) => (
          <ConcernCard key={concern.id} concern={concern} onDone={setDone} />
        ))
      )}
      <h2 className="govuk-heading-l">New experiences ({submitted.length})</h2>
      {submitted.length === 0 ? (
        <p className="govuk-body">Nothing waiting for moderation.</p>
      ) : (
        submitted.map((experience) => (
          <SubmittedCard key={experience.id} experience={experience} onDone={setDone} />
        ))
      )}
    </>
  );
}

function useRefreshQueue() {
  const invalidate = useInvalidateQueries();
  return () => invalidate([QueryKeys.SupplierModerationQueue]);
}

function SubmittedCard({
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
        <SummaryList
          rows={[
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
          ]}
        />
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

function ConcernCard({ concern, onDone }: { concern: Concern; onDone: (message: string) => void }) {
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
        <SummaryList
          rows={[
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
          ]}
        />
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

/** Resolve by editing: the moderator changes the experience's text and keeps it published. */
function EditAndKeep({
  experienceId,
  busy,
  onSubmit,
}: {
  experienceId: string;
  busy: boolean;
  onSubmit: (edit: { whatWorked: string; whatDidNotWork: string; advice: string }) => void;
}) {
  const { data } = useGraphQLQuery(SupplierExperienceDocument, { id: experienceId });
  const experience = data?.supplierExperience;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(`${name}-${experienceId}`) ?? '');
    onSubmit({
      whatWorked: text('whatWorked'),
      whatDidNotWork: text('whatDidNotWork'),
      advice: text('advice'),
    });
  };
  if (!experience) return null;
  return (
    <Details summary="Edit the experience and keep it">
      <form onSubmit={submit} noValidate>
        <Textarea
          id={`whatWorked-${experienceId}`}
          label="What worked"
          rows={3}
          defaultValue={experience.whatWorked}
        />
        <Textarea
          id={`whatDidNotWork-${experienceId}`}
          label="What did not work"
          rows={3}
          defaultValue={experience.whatDidNotWork}
        />
        <Textarea
          id={`advice-${experienceId}`}
          label="Advice to other councils"
          rows={3}
          defaultValue={experience.advice}
        />
        <Button variant="secondary" busy={busy}>
          Save the edit and keep it
        </Button>
      </form>
    </Details>
  );
}
