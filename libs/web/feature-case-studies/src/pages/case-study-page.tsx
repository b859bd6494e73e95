import {
  type CaseStudyDetailsFragment,
  CaseStudyDocument,
  isOfficer,
  useGraphQLQuery,
  useViewer,
} from '@lgx/web/data-access';
import {
  Breadcrumbs,
  ErrorSummary,
  Loading,
  NotificationBanner,
  SummaryList,
  type SummaryRow,
  usePageTitle,
  WarningText,
} from '@lgx/web/ui';
import { councilLink, routerLink, useFlash, useHere } from '@lgx/web/util';
import { type ReactNode } from 'react';
import { Link, useParams } from 'react-router';

import { Attachments } from '../components/attachments';
import { CaseStudyHeading } from '../components/case-study-heading';
import { CoAuthorship } from '../components/co-authorship';
import { ContactDetails } from '../components/contact-details';
import { FiguresCard } from '../components/figures-card';
import { QueryFailure } from '../components/query-failure';
import { WorkflowActions } from '../components/workflow-actions';
import { useWorkflowOutcome } from '../hooks/use-workflow-outcome';
import { LICENCES } from '../model/case-study-fields';
import { formatDate, formatMoment } from '../model/dates';

const NOT_GIVEN = 'Not given';

/** "A", "A and B", "A, B and C", with each item as given. */
function joined(items: ReactNode[]): ReactNode[] {
  return items.flatMap((item, index) => [
    index === 0 ? '' : index === items.length - 1 ? ' and ' : ', ',
    item,
  ]);
}

const termList = (terms: readonly { key: string; label: string }[]) =>
  terms.length === 0 ? (
    'None given'
  ) : (
    <ul className="govuk-list">
      {terms.map((term) => (
        <li key={term.key}>{term.label}</li>
      ))}
    </ul>
  );

function Councils({ study }: { study: CaseStudyDetailsFragment }) {
  return (
    <p className="govuk-body">
      By {councilLink(study.leadCouncil)}
      {study.coAuthorCouncils.length > 0 && (
        <>
          , with{' '}
          {joined(
            study.coAuthorCouncils.map((council) => (
              <span key={council.code}>{councilLink(council)}</span>
            )),
          )}
        </>
      )}
      .
    </p>
  );
}

function StatusNotice({ study }: { study: CaseStudyDetailsFragment }) {
  switch (study.status) {
    case 'DRAFT':
      return (
        <WarningText>
          Draft: only your council can see this. This is a preview: publish it when it is ready for
          everyone.
        </WarningText>
      );
    case 'IN_REVIEW':
      return (
        <WarningText>
          In review: only your council can see this until an editor publishes it.
        </WarningText>
      );
    case 'ARCHIVED':
      return (
        <div className="govuk-inset-text">
          This case study has been archived by {study.leadCouncil.name}. It may be out of date.
        </div>
      );
    default:
      return null;
  }
}

function aboutRows(study: CaseStudyDetailsFragment): SummaryRow[] {
  const licence = LICENCES.find((l) => l.value === study.licence);
  return [
    { key: 'Service areas', value: termList(study.serviceAreas) },
    { key: 'Strategic objectives', value: termList(study.objectives) },
    { key: 'Technologies', value: termList(study.technologies) },
    { key: 'Started', value: formatDate(study.startDate) ?? NOT_GIVEN },
    {
      key: 'Ended',
      value: formatDate(study.endDate) ?? (study.startDate ? 'Still running' : NOT_GIVEN),
    },
    { key: 'First published', value: formatMoment(study.publishedAt) ?? 'Not yet published' },
    { key: 'Last updated', value: formatMoment(study.updatedAt) ?? NOT_GIVEN },
    {
      key: 'Licence',
      value: licence ? (
        <a className="govuk-link" href={licence.url} rel="license noreferrer">
          {licence.label}
        </a>
      ) : (
        study.licence
      ),
    },
    {
      key: 'Source',
      value: study.sourceUrl ? (
        <a
          className="govuk-link lgx-break-words"
          href={study.sourceUrl}
          rel="noopener noreferrer nofollow"
        >
          {study.sourceUrl}
        </a>
      ) : (
        NOT_GIVEN
      ),
    },
  ];
}

/** A case study to read (and, for its editors, the preview before publishing). */
export function CaseStudyPage() {
  const { id = '' } = useParams();
  const { data, error, isPending } = useGraphQLQuery(CaseStudyDocument, { id });
  const viewer = useViewer().data?.viewer;
  const here = useHere();
  const flash = useFlash();
  const { outcome, actionError, done, failed } = useWorkflowOutcome();
  const study = data?.caseStudy;
  usePageTitle(study?.title ?? 'Case study', Boolean(actionError));

  if (error) return <QueryFailure error={error} />;
  if (isPending || !study) return <Loading label="Loading the case study" />;

  const banner = outcome ? (
    <NotificationBanner key={outcome.heading} success heading={outcome.heading}>
      <p className="govuk-body">{outcome.body}</p>
    </NotificationBanner>
  ) : flash ? (
    <NotificationBanner success heading={flash} />
  ) : null;

  return (
    <>
      <Breadcrumbs
        renderLink={routerLink}
        items={[
          { label: 'Home', href: '/' },
          { label: 'Councils', href: '/councils' },
          { label: study.leadCouncil.name, href: `/councils/${study.leadCouncil.code}` },
        ]}
      />
      <div className="govuk-grid-row">
        <article className="govuk-grid-column-two-thirds lgx-case-study">
          {banner}
          {actionError && <ErrorSummary errors={[{ message: actionError.message }]} />}
          <CaseStudyHeading study={study} />
          <StatusNotice study={study} />
          <p className="govuk-body-l">{study.summary}</p>
          <Councils study={study} />
          <CoAuthorship study={study} viewer={viewer} onDone={done} onError={failed} />
          {study.stage.key === 'STOPPED' && (
            <div className="govuk-inset-text lgx-stopped">
              <h2 className="govuk-heading-m">Why it stopped</h2>
              <p className="govuk-body">{study.stoppedReason ?? 'The council did not say.'}</p>
            </div>
          )}
          {study.canEdit && <WorkflowActions study={study} onDone={done} onError={failed} />}
          <FiguresCard study={study} />
          <div
            className="govuk-body lgx-prose"
            id="case-study-body"
            // Safe HTML: the API renders the Markdown with raw HTML escaped and unsafe links refused.
            dangerouslySetInnerHTML={{ __html: study.html }}
          />
          <Attachments caseStudyId={study.id} />
          <h2 className="govuk-heading-m">About this case study</h2>
          <SummaryList rows={aboutRows(study)} />
          <ContactDetails study={study} officer={isOfficer(viewer)} here={here} />
          <p className="govuk-body lgx-no-print">
            <Link className="govuk-link" to={`/case-studies/${study.id}/history`}>
              Revision history
            </Link>
          </p>
        </article>
      </div>
    </>
  );
}
