import {
  RaiseSupplierExperienceConcernDocument,
  RecordSupplierComplaintDocument,
  SupplierExperienceDocument,
  useGraphQLMutation,
  useGraphQLQuery,
} from '@lgx/web/data-access';
import {
  Button,
  Details,
  ErrorSummary,
  Loading,
  NotificationBanner,
  Textarea,
  usePageTitle,
} from '@lgx/web/ui';
import { type FormEvent, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';

import { ExperienceDetails } from '../components/experience-details';
import { ExperienceStatusTag } from '../components/experience-status-tag';
import { isModerator, OfficerGate, QueryProblem } from '../components/officer-gate';

/** One supplier experience, for verified officers. */
export function ExperiencePage() {
  return <OfficerGate>{(viewer) => <Experience moderator={isModerator(viewer)} />}</OfficerGate>;
}

function Experience({ moderator }: { moderator: boolean }) {
  const { id = '' } = useParams();
  const flash = (useLocation().state as { flash?: string } | null)?.flash;
  const { data, error } = useGraphQLQuery(SupplierExperienceDocument, { id });
  const experience = data?.supplierExperience;
  usePageTitle(
    experience ? `${experience.supplierName}: ${experience.product}` : 'Supplier experience',
  );
  if (error) return <QueryProblem error={error} what="Supplier experience" />;
  if (!experience) return <Loading label="Loading the experience" />;
  return (
    <>
      {flash && <NotificationBanner success heading={flash} />}
      <span className="govuk-caption-l">
        <Link className="govuk-link" to={`/suppliers/${experience.supplierId}`}>
          {experience.supplierName}
        </Link>
      </span>
      <h1 className="govuk-heading-xl">{experience.product}</h1>
      <p className="govuk-body-l">By {experience.attributedTo}</p>
      {experience.status !== 'PUBLISHED' && (
        <p className="govuk-body">
          <ExperienceStatusTag status={experience.status} />
        </p>
      )}
      {experience.moderatorMessage && (
        <div className="govuk-inset-text">
          <p className="govuk-body govuk-!-font-weight-bold">Message from the moderator</p>
          <p className="govuk-body">{experience.moderatorMessage}</p>
        </div>
      )}
      {experience.canEdit && (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/supplier-experiences/${experience.id}/edit`}>
            Change this experience
          </Link>
        </p>
      )}
      <ExperienceDetails experience={experience} />
      {experience.status === 'PUBLISHED' && <RaiseConcern id={experience.id} />}
      {experience.status === 'PUBLISHED' && moderator && <RecordComplaint id={experience.id} />}
    </>
  );
}

function RaiseConcern({ id }: { id: string }) {
  const [problem, setProblem] = useState<string | undefined>();
  const [sent, setSent] = useState(false);
  const raise = useGraphQLMutation(RaiseSupplierExperienceConcernDocument, {
    onSuccess: () => setSent(true),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const details = String(new FormData(event.currentTarget).get('concern') ?? '').trim();
    if (!details) return setProblem('Say what concerns you about this experience');
    setProblem(undefined);
    raise.mutate({ id, details }, { onError: (error) => setProblem(error.message) });
  };
  if (sent)
    return (
      <NotificationBanner success heading="Thank you: a moderator will look at your concern." />
    );
  return (
    <Details summary="Raise a concern about this experience">
      <form onSubmit={onSubmit} noValidate>
        <ErrorSummary errors={problem ? [{ fieldId: 'concern', message: problem }] : []} />
        <Textarea id="concern" label="What concerns you?" rows={3} error={problem} />
        <Button variant="secondary" busy={raise.isPending}>
          Send to a moderator
        </Button>
      </form>
    </Details>
  );
}

/** A moderator enters a supplier's notice of complaint, which starts a 48-hour clock. */
function RecordComplaint({ id }: { id: string }) {
  const [problem, setProblem] = useState<string | undefined>();
  const [deadline, setDeadline] = useState<string | undefined>();
  const record = useGraphQLMutation(RecordSupplierComplaintDocument, {
    onSuccess: ({ recordSupplierComplaint }) =>
      setDeadline(new Date(String(recordSupplierComplaint.deadlineAt)).toLocaleString('en-GB')),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const details = String(new FormData(event.currentTarget).get('complaint') ?? '').trim();
    if (!details) return setProblem('Enter the supplier’s complaint');
    setProblem(undefined);
    record.mutate({ id, details }, { onError: (error) => setProblem(error.message) });
  };
  if (deadline)
    return (
      <NotificationBanner success heading={`Complaint recorded: answer it by ${deadline}.`}>
        <p className="govuk-body">
          It is in the{' '}
          <Link className="govuk-link" to="/suppliers/moderation">
            moderation queue
          </Link>
          .
        </p>
      </NotificationBanner>
    );
  return (
    <Details summary="Record a supplier’s notice of complaint">
      <form onSubmit={onSubmit} noValidate>
        <ErrorSummary errors={problem ? [{ fieldId: 'complaint', message: problem }] : []} />
        <Textarea
          id="complaint"
          label="The supplier’s complaint"
          hint="It must be answered within 48 hours: kept, edited or removed."
          rows={3}
          error={problem}
        />
        <Button variant="secondary" busy={record.isPending}>
          Record the complaint
        </Button>
      </form>
    </Details>
  );
}
