import { ADOPTION_STATUSES, labelOf } from '@lgx/shared/domain';
import {
  type AdoptionDetailsFragment,
  AskAdoptersDocument,
  type ComponentQuery,
  CouncilCaseStudiesDocument,
  isOfficer,
  RecordAdoptionDocument,
  RemoveAdoptionDocument,
  useGraphQLMutation,
  useGraphQLQuery,
  useViewer,
} from '@lgx/web/data-access';
import {
  Button,
  ErrorSummary,
  type FormProblem,
  NotificationBanner,
  problemsFromError,
  Radios,
  Select,
  Table,
  Textarea,
  TextInput,
  toFormErrors,
} from '@lgx/web/ui';
import { signInPath, useHere } from '@lgx/web/util';
import { type FormEvent, useMemo, useState } from 'react';
import { Link } from 'react-router';

import { useComponentChanged } from '../session/use-component-changed';
import { AdoptionMap } from './adoption-map';

type Component = NonNullable<ComponentQuery['component']>;

const IDS = {
  status: 'adoption-status',
  startedOn: 'adoption-started-on',
  stoppedOn: 'adoption-stopped-on',
  note: 'adoption-note',
  contactOptIn: 'adoption-contact',
  caseStudyId: 'adoption-case-study',
};

const statusLabel = (status: string) => labelOf(ADOPTION_STATUSES, status) ?? status;

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
const formatDay = (day: string | null) =>
  day ? dateFormat.format(new Date(`${day}T00:00:00Z`)) : '';

function since(adoption: AdoptionDetailsFragment): string {
  if (adoption.status === 'STOPPED' && adoption.stoppedOn)
    return `Stopped ${formatDay(adoption.stoppedOn)}`;
  return adoption.startedOn ? `Since ${formatDay(adoption.startedOn)}` : 'Not given';
}

/** "We use this": an officer records how their own council uses the component. */
function WeUseThis({
  component,
  council,
}: {
  component: Component;
  council: { code: string; name: string };
}) {
  const councilName = council.name;
  const mine = component.myAdoption;
  const studies = (
    useGraphQLQuery(CouncilCaseStudiesDocument, { councilCode: council.code }).data
      ?.councilCaseStudies ?? []
  ).filter((study) => study.status === 'PUBLISHED');
  const changed = useComponentChanged();
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [saved, setSaved] = useState<string>();
  const errors = useMemo(() => toFormErrors(problems, IDS), [problems]);
  const record = useGraphQLMutation(RecordAdoptionDocument, {
    onSuccess: async () => {
      await changed();
      setSaved(`${councilName}’s use of ${component.name} has been recorded`);
    },
  });
  const remove = useGraphQLMutation(RemoveAdoptionDocument, {
    onSuccess: async () => {
      await changed();
      setSaved(`${councilName}’s record has been removed`);
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const status = String(data.get(IDS.status) ?? '');
    const found: FormProblem[] = [];
    if (!status)
      found.push({ field: 'status', message: 'Choose evaluating, in use or stopped using' });
    setProblems(found);
    setSaved(undefined);
    if (found.length > 0) return;
    record.mutate(
      {
        componentId: component.id,
        input: {
          status: status as AdoptionDetailsFragment['status'],
          startedOn: String(data.get(IDS.startedOn) ?? '').trim() || null,
          stoppedOn: String(data.get(IDS.stoppedOn) ?? '').trim() || null,
          note: String(data.get(IDS.note) ?? '').trim() || null,
          contactOptIn: data.get(IDS.contactOptIn) === 'yes',
          caseStudyId: String(data.get(IDS.caseStudyId) ?? '') || null,
        },
      },
      { onError: (error) => setProblems(problemsFromError(error)) },
    );
  };
  return (
    <div className="lgx-no-print">
      <h3 className="govuk-heading-m" id="we-use-this">
        Does {councilName} use this?
      </h3>
      {saved && <NotificationBanner success heading={saved} />}
      <ErrorSummary errors={errors.summary} />
      <form noValidate onSubmit={submit} aria-labelledby="we-use-this">
        <Radios
          id={IDS.status}
          name={IDS.status}
          legend={`How does ${councilName} use it?`}
          hint="Only officers of your council can record this, so other councils can trust it."
          error={errors.byField[IDS.status]}
          defaultValue={mine?.status}
          items={Object.entries(ADOPTION_STATUSES).map(([value, label]) => ({ value, label }))}
        />
        <TextInput
          id={IDS.startedOn}
          label="Started (optional)"
          hint="For example, 2024-04-01"
          className="govuk-input--width-10"
          inputMode="numeric"
          defaultValue={mine?.startedOn ?? ''}
          error={errors.byField[IDS.startedOn]}
        />
        <TextInput
          id={IDS.stoppedOn}
          label="Stopped (optional, if you stopped using it)"
          hint="For example, 2025-01-31"
          className="govuk-input--width-10"
          inputMode="numeric"
          defaultValue={mine?.stoppedOn ?? ''}
          error={errors.byField[IDS.stoppedOn]}
        />
        <Textarea
          id={IDS.note}
          label="Note for other officers (optional)"
          hint="What you use it for, or why you stopped. Only signed-in officers see notes."
          rows={3}
          defaultValue={mine?.note ?? ''}
          error={errors.byField[IDS.note]}
        />
        {studies.length > 0 && (
          <Select
            id={IDS.caseStudyId}
            name={IDS.caseStudyId}
            label="Your case study about it (optional)"
            defaultValue={mine?.caseStudyId ?? ''}
            error={errors.byField[IDS.caseStudyId]}
            options={[
              { value: '', label: 'None' },
              ...studies.map((study) => ({ value: study.id, label: study.title })),
            ]}
          />
        )}
        <div className="govuk-form-group">
          <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
            <div className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id={IDS.contactOptIn}
                name={IDS.contactOptIn}
                type="checkbox"
                value="yes"
                defaultChecked={mine?.contactOptIn ?? false}
                aria-describedby={`${IDS.contactOptIn}-hint`}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={IDS.contactOptIn}>
                Officers of other councils may email me questions about it
              </label>
              <div className="govuk-hint govuk-checkboxes__hint" id={`${IDS.contactOptIn}-hint`}>
                LGX sends you their question with their email address. Yours is not shown to them.
              </div>
            </div>
          </div>
        </div>
        <div className="govuk-button-group">
          <Button busy={record.isPending}>{mine ? 'Update our record' : 'We use this'}</Button>
          {mine && (
            <Button
              type="button"
              variant="secondary"
              busy={remove.isPending}
              onClick={() => {
                setSaved(undefined);
                remove.mutate(
                  { componentId: component.id },
                  { onError: (error) => setProblems(problemsFromError(error)) },
                );
              }}
            >
              Remove our record
            </Button>
          )}
        </div>
      </form>
    </div>
  );
}

/** "Ask the adopters": a question emailed to officers of adopting councils who offered to answer. */
function AskTheAdopters({ component }: { component: Component }) {
  const [problem, setProblem] = useState<string>();
  const [sent, setSent] = useState<number>();
  const ask = useGraphQLMutation(AskAdoptersDocument, {
    onSuccess: ({ askAdopters }) => {
      setProblem(undefined);
      setSent(askAdopters);
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const question = String(new FormData(form).get('adopters-question') ?? '').trim();
    setSent(undefined);
    if (question.length < 10) {
      setProblem('Write your question in 10 to 2,000 characters');
      return;
    }
    ask.mutate(
      { componentId: component.id, question },
      {
        onSuccess: () => form.reset(),
        onError: (error) => setProblem(error.message),
      },
    );
  };
  const people =
    component.adopterContacts === 1 ? '1 officer' : `${component.adopterContacts} officers`;
  return (
    <div className="lgx-no-print">
      <h3 className="govuk-heading-m" id="ask-the-adopters">
        Ask the adopters
      </h3>
      {sent !== undefined && (
        <NotificationBanner
          success
          heading={`Your question has been sent to ${sent === 1 ? '1 officer' : `${sent} officers`}`}
        >
          <p className="govuk-body">They will answer you by email.</p>
        </NotificationBanner>
      )}
      {problem && <ErrorSummary errors={[{ fieldId: 'adopters-question', message: problem }]} />}
      <form noValidate onSubmit={submit} aria-labelledby="ask-the-adopters">
        <Textarea
          id="adopters-question"
          name="adopters-question"
          label="Your question"
          hint={`It goes by email to ${people} at councils using it who offered to answer, with your name, council and email address so they can reply.`}
          rows={4}
          error={problem}
        />
        <Button busy={ask.isPending} variant="secondary">
          Send the question
        </Button>
      </form>
    </div>
  );
}

/** Who uses the component, by status, as recorded by each council's own officers. */
export function AdoptionSection({ component }: { component: Component }) {
  const viewer = useViewer().data?.viewer;
  const here = useHere();
  const counts = component.adoptionCounts;
  const officer = isOfficer(viewer);
  return (
    <section aria-labelledby="adoption-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-l" id="adoption-heading">
        Councils using it
      </h2>
      <ul className="govuk-list lgx-adoption-counts" aria-label="Councils by status">
        <li>
          <strong className="govuk-!-font-size-36">{counts.inUse}</strong> in use
        </li>
        <li>
          <strong className="govuk-!-font-size-36">{counts.evaluating}</strong> evaluating
        </li>
        <li>
          <strong className="govuk-!-font-size-36">{counts.stopped}</strong> stopped using
        </li>
      </ul>
      <AdoptionMap adoptions={component.adoptions} />
      {component.adoptions.length === 0 ? (
        <p className="govuk-body">No council has recorded using it yet.</p>
      ) : (
        <Table
          caption="Councils that recorded using it"
          captionHidden
          columns={[
            { label: 'Council' },
            { label: 'Status' },
            { label: 'When' },
            ...(officer ? [{ label: 'Note' }] : []),
          ]}
          rows={component.adoptions.map((adoption) => ({
            key: adoption.id,
            cells: [
              <Link key="council" className="govuk-link" to={`/councils/${adoption.council.code}`}>
                {adoption.council.name}
              </Link>,
              statusLabel(adoption.status),
              <span key="when">
                {since(adoption)}
                {adoption.caseStudyId && (
                  <>
                    <br />
                    <Link className="govuk-link" to={`/case-studies/${adoption.caseStudyId}`}>
                      Read their case study
                    </Link>
                  </>
                )}
              </span>,
              ...(officer ? [adoption.note ?? ''] : []),
            ],
          }))}
        />
      )}
      {component.status === 'PUBLISHED' && viewer?.council && component.adopterContacts > 0 && (
        <AskTheAdopters component={component} />
      )}
      {component.status !== 'PUBLISHED' ? (
        <p className="govuk-body">Councils can record using it once it is published.</p>
      ) : viewer?.council ? (
        <WeUseThis component={component} council={viewer.council} />
      ) : (
        <p className="govuk-body">
          <Link className="govuk-link" to={signInPath(here)}>
            Sign in
          </Link>{' '}
          as a council officer to record that your council uses it.
        </p>
      )}
    </section>
  );
}
