import { CaseStudyDocument, isOfficer, useGraphQLQuery, useViewer } from '@lgx/web/data-access';
import {
  Breadcrumbs,
  ErrorSummary,
  Loading,
  NotificationBanner,
  SummaryList,
  usePageTitle,
} from '@lgx/web/ui';
import { routerLink, useFlash, useHere } from '@lgx/web/util';
import { Link, useParams } from 'react-router';

import { Attachments } from '../components/attachments';
import { caseStudyAboutRows } from '../components/case-study-about-rows';
import { CaseStudyAuthors } from '../components/case-study-authors';
import { CaseStudyHeading } from '../components/case-study-heading';
import { CaseStudyQuestions } from '../components/case-study-questions';
import { CaseStudyStatusNotice } from '../components/case-study-status-notice';
import { CoAuthorship } from '../components/co-authorship';
import { ContactDetails } from '../components/contact-details';
import { FiguresCard } from '../components/figures-card';
import { ForecastAndActual } from '../components/forecast-and-actual';
import { QueryFailure } from '../components/query-failure';
import { WorkflowActions } from '../components/workflow-actions';
import { useWorkflowOutcome } from '../hooks/use-workflow-outcome';

/** Our business case from this case study and its peers (feature-insight's page, by its address). */
const businessCasePath = (id: string) => `/business-case?caseStudy=${encodeURIComponent(id)}`;

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
          <CaseStudyStatusNotice study={study} />
          <p className="govuk-body-l">{study.summary}</p>
          <CaseStudyAuthors study={study} />
          <CoAuthorship study={study} viewer={viewer} onDone={done} onError={failed} />
          {study.stage.key === 'STOPPED' && (
            <div className="govuk-inset-text lgx-stopped">
              <h2 className="govuk-heading-m">Why it stopped</h2>
              <p className="govuk-body">{study.stoppedReason ?? 'The council did not say.'}</p>
            </div>
          )}
          {study.canEdit && <WorkflowActions study={study} onDone={done} onError={failed} />}
          <FiguresCard study={study} />
          <ForecastAndActual study={study} />
          {study.status === 'PUBLISHED' && (
            <Link className="govuk-button govuk-button--secondary" to={businessCasePath(study.id)}>
              Start our business case
            </Link>
          )}
          <div
            className="govuk-body lgx-prose"
            id="case-study-body"
            // Safe HTML: the API renders the Markdown with raw HTML escaped and unsafe links refused.
            dangerouslySetInnerHTML={{ __html: study.html }}
          />
          <Attachments caseStudyId={study.id} />
          <h2 className="govuk-heading-m">About this case study</h2>
          <SummaryList rows={caseStudyAboutRows(study)} />
          <ContactDetails study={study} officer={isOfficer(viewer)} here={here} />
          {study.status !== 'DRAFT' && study.status !== 'IN_REVIEW' && (
            <CaseStudyQuestions caseStudyId={study.id} />
          )}
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
